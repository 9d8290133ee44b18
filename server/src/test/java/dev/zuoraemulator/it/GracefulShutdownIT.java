package dev.zuoraemulator.it;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: SIGTERM stops the emulator gracefully. A request in flight is answered in full, the
 * process exits by itself, and a split that was running or waiting then is done exactly once, after
 * the restart if not before.
 */
class GracefulShutdownIT {

    private static final int ITEMS = 10_000;

    @Test
    void aRequestInFlightIsAnsweredAndAcceptedWorkIsDoneOnce() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "graceful-");
        Work.PreparedSplit split;
        String account;
        PackagedServer server = PackagedServer.start(workDir);
        String token = server.token();
        account = Work.createAccount(server, token, "Graceful");
        split = largeSplit(server, token, account);
        // a read held five seconds before it runs: still in flight when the stop begins
        RestAssured.given()
                .baseUri(server.baseUrl())
                .contentType("application/json")
                .body(Map.of("operationId", "GET_Account", "delay", "PT5S"))
                .post("/emulator/v1/faults")
                .then()
                .statusCode(200);
        Work.execute(server, token, split);
        long sent = System.nanoTime();
        CompletableFuture<Response> inFlight =
                CompletableFuture.supplyAsync(
                        () -> server.api(token).get("/v1/accounts/" + account));
        // the read has reached the server (the rule counted it) and waits out its delay
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(4))
                .pollInterval(java.time.Duration.ofMillis(20))
                .until(
                        () ->
                                RestAssured.given()
                                                .baseUri(server.baseUrl())
                                                .get("/emulator/v1/faults")
                                                .then()
                                                .extract()
                                                .jsonPath()
                                                .getInt("faults[0].hits")
                                        == 1);
        // and the split is accepted, not yet done
        RestAssured.given()
                .baseUri(server.baseUrl())
                .get("/emulator/v1/jobs")
                .then()
                .body("jobs.find { it.objectId == '" + split.split() + "' }.status", is("Pending"));
        assertTrue(
                (System.nanoTime() - sent) / 1_000_000 < 5_000,
                "the read's delay was over before the stop: it was not in flight");
        long stopping = System.nanoTime();
        int exit = server.stop();
        long stoppedMillis = (System.nanoTime() - stopping) / 1_000_000;

        Response answered = inFlight.get();
        assertEquals(200, answered.statusCode(), answered.asString());
        assertEquals("Graceful", answered.jsonPath().getString("basicInfo.name"));
        // 143 = 128 + SIGTERM: the JVM's code for a stop by that signal, after its shutdown hooks
        // ran
        assertTrue(
                exit == 0 || exit == 143,
                "exit code " + exit + " after SIGTERM; log in " + workDir);
        assertTrue(stoppedMillis < 40_000, "stopped in " + stoppedMillis + " ms");
        assertTrue(
                Files.readString(workDir.resolve("server.log")).contains("stopped in"),
                "Quarkus logged its stop");

        try (PackagedServer restarted = PackagedServer.start(workDir)) {
            String again = restarted.token();
            BigDecimal total = BigDecimal.ZERO;
            for (String item : split.items()) {
                String invoice = awaitSplitInvoice(restarted, again, item);
                total =
                        total.add(
                                new BigDecimal(
                                        restarted
                                                .api(again)
                                                .get("/v1/invoices/" + invoice)
                                                .then()
                                                .statusCode(200)
                                                .extract()
                                                .jsonPath()
                                                .getString("amount")));
            }
            assertEquals(0, split.total().compareTo(total));
            restarted.api(again).get("/v1/invoices/" + split.original()).then().statusCode(404);
            RestAssured.given()
                    .baseUri(restarted.baseUrl())
                    .get("/emulator/v1/jobs")
                    .then()
                    .statusCode(200)
                    .body("jobs.findAll { it.objectId == '" + split.split() + "' }.size()", is(1))
                    .body(
                            "jobs.find { it.objectId == '" + split.split() + "' }.status",
                            is("Done"));
        }
    }

    /** An invoice of {@value #ITEMS} items, split in two: a job of seconds. */
    private static Work.PreparedSplit largeSplit(
            PackagedServer server, String token, String account) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            amounts.add(BigDecimal.valueOf(100 + i, 2));
        }
        return Work.prepareSplit(server, token, account, amounts, "50", "50");
    }

    private static String awaitSplitInvoice(PackagedServer server, String token, String item) {
        String[] invoice = new String[1];
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> (invoice[0] = Work.splitInvoice(server, token, item)) != null);
        assertNotNull(invoice[0]);
        return invoice[0];
    }
}
