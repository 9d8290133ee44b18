package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zuoraemulator.idempotency.IdempotencyRecord;
import dev.zuoraemulator.idempotency.IdempotencyService;
import dev.zuoraemulator.idempotency.SlowHandlerInterceptor;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.job.Job;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    private static Map<String, Object> account(String number) {
        return Map.of(
                "name",
                "Idem",
                "currency",
                "USD",
                "accountNumber",
                number,
                "billToContact",
                Map.of("firstName", "A", "lastName", "B"));
    }

    @Test
    void replaysTheFirstResponseForARetry() {
        String key = UUID.randomUUID().toString();
        String number = "IDEM-" + System.nanoTime();
        String first =
                api().header("Idempotency-Key", key)
                        .body(account(number))
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        // without the key the same body is refused (the number exists); with it, the first answer
        // comes back
        api().body(account(number)).post("/v1/accounts").then().statusCode(400);
        String retry =
                api().header("Idempotency-Key", key)
                        .body(account(number))
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertEquals(first, retry);
    }

    @Test
    void replaysAnErrorAnswerToo() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> bad =
                Map.of(
                        "name",
                        "Idem",
                        "currency",
                        "ZZZ",
                        "billToContact",
                        Map.of("firstName", "A", "lastName", "B"));
        String first =
                api().header("Idempotency-Key", key)
                        .body(bad)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();
        String retry =
                api().header("Idempotency-Key", key)
                        .body(bad)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();
        assertEquals(first, retry, "the stored answer, processId and requestId included");
    }

    @Test
    void refusesTheSameKeyForAnotherBodyOrUrlWith422() {
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key)
                .body(account("IDEM-" + System.nanoTime()))
                .post("/v1/accounts")
                .then()
                .statusCode(200);
        api().header("Idempotency-Key", key)
                .body(account("IDEM-other-" + System.nanoTime()))
                .post("/v1/accounts")
                .then()
                .statusCode(422)
                .body("success", is(false))
                .body("reasons[0].message", containsString("Idempotency-Key"));
        api().header("Idempotency-Key", key)
                .body(Map.of("type", "InvoiceSplit", "objects", List.of(Map.of("InvoiceId", "x"))))
                .post("/v1/action/create")
                .then()
                .statusCode(422)
                .body("Success", is(false));
    }

    @Test
    void refusesAKeyLongerThan255Characters() {
        api().header("Idempotency-Key", "k".repeat(256))
                .body(account("IDEM-" + System.nanoTime()))
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000020"));
    }

    @Test
    void ignoresTheKeyOnReads() {
        String key = UUID.randomUUID().toString();
        String id = Api.createAccount("USD");
        api().header("Idempotency-Key", key).get("/v1/accounts/" + id).then().statusCode(200);
        api().header("Idempotency-Key", key).get("/v1/accounts/A99999999").then().statusCode(404);
    }

    @Test
    void runsAgainOnceTheKeyHasExpired() {
        String key = UUID.randomUUID().toString();
        String number = "IDEM-" + System.nanoTime();
        api().header("Idempotency-Key", key)
                .body(account(number))
                .post("/v1/accounts")
                .then()
                .statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                IdempotencyRecord.update(
                                        "createdAt = ?1 where key = ?2",
                                        java.time.Instant.now().minus(Duration.ofHours(25)),
                                        key));
        // run again: the account number now exists
        api().header("Idempotency-Key", key)
                .body(account(number))
                .post("/v1/accounts")
                .then()
                .statusCode(400);
    }

    @Inject IdempotencyService idempotency;

    @Test
    void purgesExpiredKeys() {
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key)
                .body(account("IDEM-" + System.nanoTime()))
                .post("/v1/accounts")
                .then()
                .statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                IdempotencyRecord.update(
                                        "createdAt = ?1 where key = ?2",
                                        java.time.Instant.now().minus(Duration.ofHours(25)),
                                        key));
        assertTrue(idempotency.purgeExpired() >= 1);
        assertEquals(
                0L,
                (long)
                        QuarkusTransaction.requiringNew()
                                .call(() -> IdempotencyRecord.count("key", key)));
    }

    private static List<Response> parallel(int clients, java.util.function.Supplier<Response> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return call.get();
                            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : futures) {
            responses.add(f.get());
        }
        pool.shutdown();
        return responses;
    }

    /** What a slow first request, and 63 duplicates sent while it ran, were answered. */
    private record Overlap(Response first, List<Response> duplicates) {}

    /**
     * The first request holds its key for {@value #HOLD_MS} ms after claiming it ({@link
     * SlowHandlerInterceptor}); once the claim is committed, 63 duplicates are sent at once. They
     * all run while the first still holds the key.
     */
    private static Overlap overlap(
            String key, java.util.function.Function<RequestSpecification, Response> send)
            throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            Future<Response> first =
                    single.submit(
                            () ->
                                    send.apply(
                                            api().header("Idempotency-Key", key)
                                                    .header(
                                                            SlowHandlerInterceptor.HEADER,
                                                            String.valueOf(HOLD_MS))));
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> claims(key) == 1);
            long sent = System.nanoTime();
            List<Response> duplicates =
                    parallel(63, () -> send.apply(api().header("Idempotency-Key", key)));
            assertTrue(
                    Duration.ofNanos(System.nanoTime() - sent).toMillis() < HOLD_MS,
                    "the duplicates took longer than the first request held its key");
            return new Overlap(first.get(), duplicates);
        } finally {
            single.shutdown();
        }
    }

    private static final int HOLD_MS = 4000;

    private static long claims(String key) {
        return QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.count("key", key));
    }

    @Test
    void createsOneInvoiceWhen63DuplicatesArriveWhileTheFirstRuns() throws Exception {
        String account = Api.createAccount("USD");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of(
                        "accountId",
                        account,
                        "invoiceDate",
                        "2026-01-01",
                        "invoiceItems",
                        List.of(Map.of("amount", 10, "serviceStartDate", "2026-01-01")));
        Overlap overlap = overlap(key, request -> request.body(body).post("/v1/invoices"));
        for (Response duplicate : overlap.duplicates()) {
            duplicate
                    .then()
                    .statusCode(409)
                    .body("success", is(false))
                    .body("reasons[0].code", num("50000050"))
                    .body("reasons[0].message", containsString("in progress"));
        }
        String invoice = overlap.first().then().statusCode(200).extract().path("id");
        assertEquals(
                1L,
                (long)
                        QuarkusTransaction.requiringNew()
                                .call(() -> Invoice.count("accountId", account)),
                "invoices of the account");
        // and once the first is done, a retry replays it
        api().header("Idempotency-Key", key)
                .body(body)
                .post("/v1/invoices")
                .then()
                .statusCode(200)
                .body("id", is(invoice));
    }

    @Test
    void splitsOnceWhen63DuplicateExecutesArriveWhileTheFirstRuns() throws Exception {
        String original = Api.createDraftInvoice(Api.createAccount("USD"), "100");
        String split = Api.createSplit(original);
        List<String> items = Api.createSplitItems(split, "50", "50");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of("ids", List.of(split), "synchronous", false, "type", "InvoiceSplit");
        Overlap overlap = overlap(key, request -> request.body(body).post("/v1/action/execute"));
        for (Response duplicate : overlap.duplicates()) {
            duplicate
                    .then()
                    .statusCode(409)
                    .body("Success", is(false))
                    .body("Errors[0].Code", is("LOCK_COMPETITION"));
        }
        overlap.first().then().statusCode(200).body("[0].Success", is(true));
        List<String> invoices = Api.awaitSplitInvoices(items);
        assertNotEquals(invoices.get(0), invoices.get(1));
        assertEquals(
                1L,
                (long) QuarkusTransaction.requiringNew().call(() -> Job.count("targetId", split)),
                "split jobs queued");
        // after completion a retry replays the acceptance
        api().header("Idempotency-Key", key)
                .body(body)
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", is(true));
    }
}
