package dev.zuoraemulator.it;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decision S8: accepted work is durable. A split accepted just before a crash completes after the
 * restart; the custom fields of the account, the invoice and its item (C10) survive both.
 */
class SplitSurvivesRestartIT {

    @Test
    void completesASplitAcceptedBeforeACrash() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "restart-");
        String account;
        String original;
        String split;
        List<String> items;
        // the split waits 10 s before it runs: long enough to crash the server first
        PackagedServer first = PackagedServer.start(workDir, "emulator.job-delay=10s");
        try {
            account =
                    first.api()
                            .body(
                                    Map.of(
                                            "name",
                                            "Durable",
                                            "currency",
                                            "USD",
                                            "billToContact",
                                            Map.of("firstName", "A", "lastName", "B"),
                                            "Segment__c",
                                            "SMB"))
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("accountId");
            original =
                    first.api()
                            .body(
                                    Map.of(
                                            "accountId",
                                            account,
                                            "invoiceDate",
                                            "2026-01-01",
                                            "Region__c",
                                            "EMEA",
                                            "invoiceItems",
                                            List.of(
                                                    Map.of(
                                                            "amount",
                                                            100,
                                                            "serviceStartDate",
                                                            "2026-01-01",
                                                            "GlCode__c",
                                                            "4000"))))
                            .post("/v1/invoices")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("id");
            split =
                    first.api()
                            .body(
                                    Map.of(
                                            "type",
                                            "InvoiceSplit",
                                            "objects",
                                            List.of(Map.of("InvoiceId", original))))
                            .post("/v1/action/create")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("[0].Id");
            items =
                    first.api()
                            .body(
                                    Map.of(
                                            "type",
                                            "InvoiceSplitItem",
                                            "objects",
                                            List.of(
                                                    Map.of(
                                                            "InvoiceSplitId",
                                                            split,
                                                            "InvoiceDate",
                                                            "2026-01-01",
                                                            "SplitPercentage",
                                                            25),
                                                    Map.of(
                                                            "InvoiceSplitId",
                                                            split,
                                                            "InvoiceDate",
                                                            "2026-02-01",
                                                            "SplitPercentage",
                                                            75))))
                            .post("/v1/action/create")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("Id");
            first.api()
                    .body(
                            Map.of(
                                    "ids",
                                    List.of(split),
                                    "synchronous",
                                    false,
                                    "type",
                                    "InvoiceSplit"))
                    .post("/v1/action/execute")
                    .then()
                    .statusCode(200)
                    .body("[0].Success", is(true));
            assertNull(
                    first.api()
                            .get("/v1/object/invoice-split-item/" + items.get(0))
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("InvoiceId"),
                    "the split ran before the crash; the test proves nothing");
        } finally {
            first.crash();
        }

        try (PackagedServer second = PackagedServer.start(workDir)) {
            second.api()
                    .get("/v1/accounts/" + account)
                    .then()
                    .statusCode(200)
                    .body("basicInfo.Segment__c", is("SMB"));
            String firstInvoice =
                    await().atMost(Duration.ofSeconds(60))
                            .pollInterval(Duration.ofMillis(200))
                            .until(
                                    () ->
                                            second.api()
                                                    .get(
                                                            "/v1/object/invoice-split-item/"
                                                                    + items.get(0))
                                                    .then()
                                                    .extract()
                                                    .<String>path("InvoiceId"),
                                    id -> id != null);
            String secondInvoice =
                    second.api()
                            .get("/v1/object/invoice-split-item/" + items.get(1))
                            .then()
                            .extract()
                            .path("InvoiceId");
            assertEquals(
                    "25",
                    second.api()
                            .get("/v1/invoices/" + firstInvoice)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("amount")
                            .toString());
            assertEquals(
                    "75",
                    second.api()
                            .get("/v1/invoices/" + secondInvoice)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("amount")
                            .toString());
            second.api().get("/v1/invoices/" + original).then().statusCode(404);
            for (String invoice : List.of(firstInvoice, secondInvoice)) {
                second.api().get("/v1/invoices/" + invoice).then().body("Region__c", is("EMEA"));
                second.api()
                        .get("/v1/invoices/" + invoice + "/items")
                        .then()
                        .body("invoiceItems[0].GlCode__c", is("4000"));
            }
        }
    }
}
