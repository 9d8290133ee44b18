package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Decision C3 across a crash (kill -9, file database): a key answered just before the crash replays
 * after the restart; a key whose request died with the server is held until {@code
 * emulator.idempotency.abandoned-after} has passed, then runs again, once.
 */
class IdempotencyKeySurvivesRestartIT {

    private static final Map<String, Object> ACCOUNT =
            Map.of(
                    "name",
                    "Keyed",
                    "currency",
                    "EUR",
                    "billToContact",
                    Map.of("firstName", "A", "lastName", "B"));

    @Test
    void replaysAKeyAnsweredJustBeforeAKill() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "restart-key-");
        PackagedServer crashed = PackagedServer.start(workDir);
        String first;
        try {
            first =
                    crashed.api()
                            .header("Idempotency-Key", "restart-key-1")
                            .body(ACCOUNT)
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
        } finally {
            crashed.crash(); // at once: an answered request is on disk
        }
        try (PackagedServer server = PackagedServer.start(workDir)) {
            String retry =
                    server.api()
                            .header("Idempotency-Key", "restart-key-1")
                            .body(ACCOUNT)
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            assertEquals(first, retry);
            // and the account exists once: a new request without the key gets the next number
            String next =
                    server.api()
                            .body(ACCOUNT)
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("accountNumber");
            assertEquals("A00000002", next);
        }
    }

    @Test
    void freesAKeyWhoseRequestDiedWithTheServer() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "restart-inflight-");
        String abandonedAfter = "emulator.idempotency.abandoned-after=40s";
        PackagedServer crashed = PackagedServer.start(workDir, abandonedAfter);
        String account;
        String body;
        try {
            account =
                    crashed.api()
                            .body(ACCOUNT)
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("accountId");
            body = largeInvoice(account, 100_000);
            // a request that takes seconds once it holds its key; a duplicate finds it in flight
            var slow = crashed.api().header("Idempotency-Key", "in-flight-1").body(body);
            CompletableFuture<Response> first =
                    CompletableFuture.supplyAsync(() -> slow.post("/v1/invoices"));
            Thread.sleep(3_000);
            assertEquals(
                    409,
                    crashed.api()
                            .header("Idempotency-Key", "in-flight-1")
                            .body(body)
                            .post("/v1/invoices")
                            .statusCode());
            assertFalse(
                    first.isDone(),
                    "the first request finished before the crash: the test proves nothing");
        } finally {
            crashed.crash();
        }
        long killed = System.nanoTime();
        try (PackagedServer server = PackagedServer.start(workDir, abandonedAfter)) {
            // the key is still held by the dead request until abandoned-after has passed (the
            // claim is older than the kill: 40 s leave room for a slow restart)
            int held =
                    server.api()
                            .header("Idempotency-Key", "in-flight-1")
                            .body(body)
                            .post("/v1/invoices")
                            .statusCode();
            assertTrue(
                    held == 409 || Duration.ofNanos(System.nanoTime() - killed).toSeconds() >= 38,
                    "a key held by a dead request was free " + held);
            Response retry =
                    Awaitility.await()
                            .atMost(Duration.ofSeconds(90))
                            .pollInterval(Duration.ofSeconds(1))
                            .until(
                                    () ->
                                            server.api()
                                                    .header("Idempotency-Key", "in-flight-1")
                                                    .body(body)
                                                    .post("/v1/invoices"),
                                    response -> response.statusCode() != 409);
            assertEquals(200, retry.statusCode(), retry.asString());
            String invoice = retry.path("id");
            // then it replays, and only that invoice exists: the dead request left nothing
            assertEquals(
                    invoice,
                    server.api()
                            .header("Idempotency-Key", "in-flight-1")
                            .body(body)
                            .post("/v1/invoices")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("id"));
            assertEquals("INV00000001", retry.path("invoiceNumber"));
        }
    }

    private static String largeInvoice(String account, int items) {
        StringBuilder json =
                new StringBuilder("{\"accountId\":\"")
                        .append(account)
                        .append("\",\"invoiceDate\":\"2026-01-01\",\"invoiceItems\":[");
        for (int i = 0; i < items; i++) {
            json.append(i == 0 ? "" : ",")
                    .append(
                            "{\"amount\":1.25,\"serviceStartDate\":\"2026-01-01\",\"chargeName\":\"c")
                    .append(i)
                    .append("\"}");
        }
        return json.append("]}").toString();
    }
}
