package dev.zuoraemulator.it;

import static org.hamcrest.Matchers.is;

import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A snapshot exported by one emulator seeds another at start ({@code emulator.snapshot.import}):
 * the seed data of a shared or containerised deployment.
 */
class SnapshotImportIT {

    @Test
    void anExportedSnapshotSeedsAnotherEmulator() throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "seed-", ".json");
        String account;
        String invoice;
        try (PackagedServer source =
                PackagedServer.start(
                        Files.createTempDirectory(Path.of("target"), "seed-source-"))) {
            account =
                    source.api()
                            .body(
                                    Map.of(
                                            "name",
                                            "Seeded",
                                            "currency",
                                            "EUR",
                                            "billToContact",
                                            Map.of("firstName", "A", "lastName", "B")))
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("accountId");
            invoice =
                    source.api()
                            .body(
                                    Map.of(
                                            "accountId",
                                            account,
                                            "invoiceDate",
                                            "2027-01-01",
                                            "invoiceItems",
                                            java.util.List.of(
                                                    Map.of(
                                                            "amount",
                                                            "12.34",
                                                            "serviceStartDate",
                                                            "2027-01-01"))))
                            .post("/v1/invoices")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("id");
            RestAssured.given()
                    .baseUri(source.baseUrl())
                    .contentType("application/json")
                    .body(Map.of("name", "seed"))
                    .post("/emulator/v1/snapshots")
                    .then()
                    .statusCode(200);
            byte[] exported =
                    RestAssured.given()
                            .baseUri(source.baseUrl())
                            .get("/emulator/v1/snapshots/seed/export")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray();
            Files.write(file, exported);
        }

        try (PackagedServer seeded =
                PackagedServer.start(
                        Files.createTempDirectory(Path.of("target"), "seed-target-"),
                        "emulator.snapshot.import=" + file.toAbsolutePath())) {
            seeded.api()
                    .get("/v1/accounts/" + account)
                    .then()
                    .statusCode(200)
                    .body("basicInfo.name", is("Seeded"));
            seeded.api()
                    .get("/v1/invoices/" + invoice)
                    .then()
                    .statusCode(200)
                    .body("invoiceNumber", is("INV00000001"))
                    .body("amount", is(12.34f));
            seeded.api()
                    .body(
                            Map.of(
                                    "name",
                                    "Next",
                                    "currency",
                                    "EUR",
                                    "billToContact",
                                    Map.of("firstName", "A", "lastName", "B")))
                    .post("/v1/accounts")
                    .then()
                    .statusCode(200)
                    .body("accountNumber", is("A00000002"));
        }
    }
}
