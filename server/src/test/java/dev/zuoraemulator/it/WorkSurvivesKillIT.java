package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Decisions S8 and I4 under kill -9: 400 accepted splits and 100 accepted schedule executes, the
 * server killed while their jobs run, restarted on the same {@code ./data}. Every split and every
 * bill run completes exactly once: amounts exact, every invoice number distinct, and no invoice
 * numbered that nothing points to.
 */
class WorkSurvivesKillIT {

    private static final int SPLITS = 400;
    private static final int EXECUTES = 100;

    private record AcceptedSplit(String original, BigDecimal total, List<String> items) {}

    private record AcceptedExecute(String schedule, String billRun, BigDecimal amount) {}

    @Test
    void everyAcceptedSplitAndBillRunCompletesOnceAfterAKill() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "kill-work-");
        List<AcceptedSplit> splits = new ArrayList<>();
        List<AcceptedExecute> executes = new ArrayList<>();
        String account;
        // jobs wait 20 s after acceptance: the first ones run while the last are still waiting
        PackagedServer first = PackagedServer.start(workDir, "emulator.job-delay=20s");
        try {
            String token = first.token();
            account =
                    first.api(token)
                            .body(
                                    Map.of(
                                            "name",
                                            "Crash",
                                            "currency",
                                            "USD",
                                            "billToContact",
                                            Map.of("firstName", "A", "lastName", "B")))
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("accountId");
            for (int i = 0; i < SPLITS; i++) {
                splits.add(acceptSplit(first, token, account, i));
            }
            for (int i = 0; i < EXECUTES; i++) {
                executes.add(acceptExecute(first, token, account, i));
            }
            // kill once the first jobs have run, while later ones have not
            String firstItem = splits.get(0).items().get(0);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> splitInvoice(first, token, firstItem) != null);
            Thread.sleep(300);
            String lastItem = splits.get(SPLITS - 1).items().get(0);
            assertEquals(
                    null,
                    splitInvoice(first, token, lastItem),
                    "every split ran before the kill: the test proves nothing");
        } finally {
            first.crash();
        }

        try (PackagedServer second = PackagedServer.start(workDir)) {
            String token = second.token();
            // the jobs run oldest first: once the last split and the last bill run are done, all
            // are
            String lastItem = splits.get(SPLITS - 1).items().get(1);
            String lastBillRun = executes.get(EXECUTES - 1).billRun();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(180))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () ->
                                    splitInvoice(second, token, lastItem) != null
                                            && "Completed"
                                                    .equals(
                                                            billRunStatus(
                                                                    second, token, lastBillRun)));
            Set<String> numbers = new HashSet<>();
            for (AcceptedSplit split : splits) {
                BigDecimal total = BigDecimal.ZERO;
                for (String item : split.items()) {
                    String invoice = splitInvoice(second, token, item);
                    assertNotNull(invoice, "split item " + item + " not done");
                    JsonPath read =
                            second.api(token)
                                    .get("/v1/invoices/" + invoice)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .jsonPath();
                    total = total.add(new BigDecimal(read.getString("amount")));
                    assertEquals("Draft", read.getString("status"));
                    assertTrue(numbers.add(read.getString("invoiceNumber")), "duplicate number");
                }
                assertEquals(0, split.total().compareTo(total), "split of " + split.original());
                second.api(token).get("/v1/invoices/" + split.original()).then().statusCode(404);
            }
            for (AcceptedExecute execute : executes) {
                assertEquals("Completed", billRunStatus(second, token, execute.billRun()));
                JsonPath schedule =
                        second.api(token)
                                .get("/v1/invoice-schedules/" + execute.schedule())
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                assertEquals("Processed", schedule.getString("scheduleItems[0].status"));
                JsonPath invoice =
                        second.api(token)
                                .get(
                                        "/v1/invoices/"
                                                + schedule.getString("scheduleItems[0].invoiceId"))
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                assertEquals(
                        0, execute.amount().compareTo(new BigDecimal(invoice.getString("amount"))));
                assertTrue(numbers.add(invoice.getString("invoiceNumber")), "duplicate number");
            }
            assertEquals(2 * SPLITS + EXECUTES, numbers.size());
            // exactly once: the originals, the split invoices and the bill-run invoices are all the
            // invoices ever numbered, so the next one follows them directly
            String next =
                    second.api(token)
                            .body(invoice(account, BigDecimal.ONE))
                            .post("/v1/invoices")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("invoiceNumber");
            assertEquals(
                    String.format("INV%08d", SPLITS + 2 * SPLITS + EXECUTES + 1),
                    next,
                    "invoices numbered beyond those that completed");
            assertFalse(numbers.contains(next));
        }
    }

    /** A standalone invoice of the account, one item per amount. */
    private static Map<String, Object> invoice(String account, BigDecimal... amounts) {
        return Map.of(
                "accountId",
                account,
                "invoiceDate",
                "2026-01-01",
                "invoiceItems",
                java.util.Arrays.stream(amounts)
                        .map(amount -> Map.of("amount", amount, "serviceStartDate", "2026-01-01"))
                        .toList());
    }

    /** An invoice of two items, split 33.33% / 66.67%, executed. */
    private static AcceptedSplit acceptSplit(
            PackagedServer server, String token, String account, int i) {
        BigDecimal a = new BigDecimal("10.01").add(BigDecimal.valueOf(i, 2));
        BigDecimal b = new BigDecimal("0.07").multiply(BigDecimal.valueOf(i + 1));
        String original =
                server.api(token)
                        .body(invoice(account, a, b))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        String split =
                server.api(token)
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
        List<String> items =
                server.api(token)
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
                                                        new BigDecimal("33.33")),
                                                Map.of(
                                                        "InvoiceSplitId",
                                                        split,
                                                        "InvoiceDate",
                                                        "2026-02-01",
                                                        "SplitPercentage",
                                                        new BigDecimal("66.67")))))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("Id");
        server.api(token)
                .body(Map.of("ids", List.of(split), "synchronous", false, "type", "InvoiceSplit"))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", org.hamcrest.Matchers.is(true));
        return new AcceptedSplit(original, a.add(b), items);
    }

    /** A schedule of one item, executed: its bill run is accepted, Pending. */
    private static AcceptedExecute acceptExecute(
            PackagedServer server, String token, String account, int i) {
        BigDecimal amount = new BigDecimal("100.25").add(BigDecimal.valueOf(i));
        String schedule =
                server.api(token)
                        .body(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(Map.of("amount", amount, "runDate", "2026-03-01"))))
                        .post("/v1/invoice-schedules")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        String billRun =
                server.api(token)
                        .body(Map.of())
                        .post("/v1/invoice-schedules/" + schedule + "/execute")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        return new AcceptedExecute(schedule, billRun, amount);
    }

    private static String billRunStatus(PackagedServer server, String token, String billRun) {
        return server.api(token)
                .get("/v1/bill-runs/" + billRun)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static String splitInvoice(PackagedServer server, String token, String item) {
        return server.api(token)
                .get("/v1/object/invoice-split-item/" + item)
                .then()
                .statusCode(200)
                .extract()
                .path("InvoiceId");
    }
}
