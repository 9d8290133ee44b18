package dev.zuoraemulator.it;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The in-memory mode of the packaged server ({@code EMULATOR_STORAGE=memory} or {@code
 * -Demulator.storage=memory}): it works as the file mode does (a split runs to completion, a
 * snapshot exports), writes nothing under its working directory, says so on {@code
 * /q/health/ready}, starts empty after a restart, and a second memory instance seeded with the
 * exported snapshot (gzipped) holds what the first one made.
 */
class InMemoryModeIT {

    @Test
    void aMemoryInstanceSplitsExportsAndSeedsAnother() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "memory-");
        // gzipped, as a seed file may be: the import reads either (SnapshotImportIT: plain)
        Path snapshot = workDir.resolve("seed.json.gz");
        Work.PreparedSplit split;
        List<String> splitInvoices;
        try (PackagedServer first =
                PackagedServer.start(workDir, Map.of("EMULATOR_STORAGE", "memory"))) {
            assertStorage(first, "memory", false);
            String token = first.token();
            String account = Work.createAccount(first, token, "In memory");
            split = Work.acceptSplit(first, token, account, 1);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> Work.splitInvoice(first, token, split.items().get(1)) != null);
            Set<String> numbers = new HashSet<>();
            Work.assertDone(first, token, split, numbers);
            splitInvoices =
                    split.items().stream().map(i -> Work.splitInvoice(first, token, i)).toList();
            RestAssured.given()
                    .baseUri(first.baseUrl())
                    .contentType("application/json")
                    .body(Map.of("name", "seed"))
                    .post("/emulator/v1/snapshots")
                    .then()
                    .statusCode(200);
            byte[] exported =
                    RestAssured.given()
                            .baseUri(first.baseUrl())
                            .get("/emulator/v1/snapshots/seed/export")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray();
            try (var gzip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(snapshot))) {
                gzip.write(exported);
            }
        }
        assertFalse(Files.exists(workDir.resolve("data")), "the memory mode wrote a database file");

        try (PackagedServer empty =
                PackagedServer.start(workDir, Map.of(), "emulator.storage=memory")) {
            String token = empty.token();
            empty.api(token).get("/v1/invoices/" + splitInvoices.get(0)).then().statusCode(404);
        }

        try (PackagedServer seeded =
                PackagedServer.start(
                        workDir,
                        Map.of("EMULATOR_STORAGE", "memory"),
                        "emulator.snapshot.import=" + snapshot.toAbsolutePath())) {
            String token = seeded.token();
            for (String invoice : splitInvoices) {
                assertNotNull(invoice);
                seeded.api(token)
                        .get("/v1/invoices/" + invoice)
                        .then()
                        .statusCode(200)
                        .body("status", is("Draft"));
            }
            seeded.api(token).get("/v1/invoices/" + split.original()).then().statusCode(404);
            // numbering goes on after the seeded invoices: INV00000001 was the original
            seeded.api(token)
                    .body(
                            Work.invoice(
                                    Work.createAccount(seeded, token, "After seed"),
                                    java.math.BigDecimal.ONE))
                    .post("/v1/invoices")
                    .then()
                    .statusCode(200)
                    .body("invoiceNumber", is("INV00000004"));
        }
        assertFalse(Files.exists(workDir.resolve("data")));
    }

    @Test
    void theFileModeIsTheDefaultAndSaysWhereItsFileIs() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "file-mode-");
        try (PackagedServer server = PackagedServer.start(workDir)) {
            assertStorage(server, "file", true);
            RestAssured.given()
                    .baseUri(server.baseUrl())
                    .get("/q/health/ready")
                    .then()
                    .body(
                            "checks.find { it.name == 'Storage' }.data.location",
                            org.hamcrest.Matchers.endsWith("emulator.mv.db"));
        }
        assertNotNull(Files.list(workDir.resolve("data")).findAny().orElse(null));
    }

    @Test
    void anUnknownStorageStopsTheStartNamingTheAllowedValues() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "bad-storage-");
        PackagedServer.ServerExited refused =
                org.junit.jupiter.api.Assertions.assertThrows(
                        PackagedServer.ServerExited.class,
                        () -> PackagedServer.start(workDir, Map.of("EMULATOR_STORAGE", "disk")));
        org.junit.jupiter.api.Assertions.assertTrue(
                refused.getMessage().contains("allowed values: file,memory"), refused.getMessage());
    }

    private static void assertStorage(PackagedServer server, String mode, boolean survives) {
        RestAssured.given()
                .baseUri(server.baseUrl())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'Storage' }.data.mode", is(mode))
                .body("checks.find { it.name == 'Storage' }.data.survivesRestart", is(survives));
    }
}
