package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Decisions S8, I4 and L4 under kill -9: 400 accepted splits, 100 accepted schedule executes and 20
 * accepted deletions of canceled invoices of 100 items, the server killed while their jobs run,
 * restarted on the same {@code ./data}. Every split, bill run and deletion completes exactly once:
 * amounts exact, every invoice number distinct, no invoice numbered that nothing points to, every
 * deleted invoice gone with its job Completed.
 */
class WorkSurvivesKillIT {

    private static final int SPLITS = 400;
    private static final int EXECUTES = 100;
    private static final int DELETES = 20;

    private record AcceptedExecute(String schedule, String billRun, BigDecimal amount) {}

    @Test
    void everyAcceptedSplitAndBillRunCompletesOnceAfterAKill() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "kill-work-");
        List<Work.PreparedSplit> splits = new ArrayList<>();
        List<AcceptedExecute> executes = new ArrayList<>();
        Map<String, String> deletions = new java.util.LinkedHashMap<>();
        String account;
        // the jobs wait (manual mode) until all are accepted, then run, oldest first: the kill
        // comes
        // once the first ones are done and later ones are not, however long accepting took
        PackagedServer first = PackagedServer.start(workDir);
        try {
            String token = first.token();
            jobMode(first, "manual");
            account = Work.createAccount(first, token, "Crash");
            for (int i = 0; i < SPLITS; i++) {
                splits.add(Work.acceptSplit(first, token, account, i));
            }
            for (int i = 0; i < EXECUTES; i++) {
                executes.add(acceptExecute(first, token, account, i));
            }
            for (int i = 0; i < DELETES; i++) {
                String invoice = acceptDeletion(first, token, account);
                deletions.put(
                        invoice,
                        first.api(token)
                                .delete("/v1/invoices/" + invoice)
                                .then()
                                .statusCode(200)
                                .body("jobStatus", org.hamcrest.Matchers.is("Pending"))
                                .extract()
                                .path("jobId"));
            }
            jobMode(first, "auto");
            // kill once the first jobs have run, while later ones have not
            String firstItem = splits.get(0).items().get(0);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> Work.splitInvoice(first, token, firstItem) != null);
            String lastItem = splits.get(SPLITS - 1).items().get(0);
            assertEquals(
                    null,
                    Work.splitInvoice(first, token, lastItem),
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
                                    Work.splitInvoice(second, token, lastItem) != null
                                            && "Completed"
                                                    .equals(
                                                            billRunStatus(
                                                                    second, token, lastBillRun)));
            Set<String> numbers = new HashSet<>();
            for (Work.PreparedSplit split : splits) {
                Work.assertDone(second, token, split, numbers);
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
            for (Map.Entry<String, String> deletion : deletions.entrySet()) {
                String job = deletion.getValue();
                Awaitility.await()
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(
                                () ->
                                        "Completed"
                                                .equals(
                                                        second.api(token)
                                                                .get("/v1/operations/jobs/" + job)
                                                                .then()
                                                                .extract()
                                                                .path("status")));
                second.api(token).get("/v1/invoices/" + deletion.getKey()).then().statusCode(404);
            }
            // exactly once: the originals, the split invoices and the bill-run invoices are all the
            // invoices ever numbered, so the next one follows them directly
            String next =
                    second.api(token)
                            .body(Work.invoice(account, BigDecimal.ONE))
                            .post("/v1/invoices")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("invoiceNumber");
            assertEquals(
                    String.format("INV%08d", SPLITS + 2 * SPLITS + EXECUTES + DELETES + 1),
                    next,
                    "invoices numbered beyond those that completed");
            assertFalse(numbers.contains(next));
        }
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

    /** A canceled invoice of 100 items: its deletion is a job (L4). */
    private static String acceptDeletion(PackagedServer server, String token, String account) {
        BigDecimal[] amounts = new BigDecimal[100];
        java.util.Arrays.fill(amounts, BigDecimal.ONE);
        String invoice =
                server.api(token)
                        .body(Work.invoice(account, amounts))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        server.api(token)
                .body(Map.of("Status", "Canceled"))
                .put("/v1/object/invoice/" + invoice)
                .then()
                .statusCode(200);
        return invoice;
    }

    private static String billRunStatus(PackagedServer server, String token, String billRun) {
        return server.api(token)
                .get("/v1/bill-runs/" + billRun)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static void jobMode(PackagedServer server, String mode) {
        io.restassured.RestAssured.given()
                .baseUri(server.baseUrl())
                .contentType("application/json")
                .body(Map.of("mode", mode))
                .put("/emulator/v1/jobs/mode")
                .then()
                .statusCode(200);
    }
}
