package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zuoraemulator.idempotency.IdempotencyRecord;
import dev.zuoraemulator.idempotency.IdempotencyService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void createsOneInvoiceFor64ParallelRetries() throws Exception {
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
        List<Response> responses =
                parallel(
                        64,
                        () -> api().header("Idempotency-Key", key).body(body).post("/v1/invoices"));
        Set<String> invoices = new HashSet<>();
        for (Response r : responses) {
            assertTrue(
                    r.statusCode() == 200 || r.statusCode() == 409,
                    r.statusCode() + " " + r.asString());
            if (r.statusCode() == 200) {
                invoices.add(r.path("id"));
            }
        }
        assertEquals(1, invoices.size(), "every 200 names the one invoice");
        // the number sequence moved by one: the next invoice follows the idempotent one directly
        String idempotent =
                api().get("/v1/invoices/" + invoices.iterator().next())
                        .then()
                        .extract()
                        .path("invoiceNumber");
        String next =
                api().body(body)
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("invoiceNumber");
        assertEquals(
                Integer.parseInt(idempotent.substring(3)) + 1, Integer.parseInt(next.substring(3)));
    }

    @Test
    void splitsOnceFor64ParallelRetriesOfExecute() throws Exception {
        String original = Api.createDraftInvoice(Api.createAccount("USD"), "100");
        String split = Api.createSplit(original);
        List<String> items = Api.createSplitItems(split, "50", "50");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of("ids", List.of(split), "synchronous", false, "type", "InvoiceSplit");
        List<Response> responses =
                parallel(
                        64,
                        () ->
                                api().header("Idempotency-Key", key)
                                        .body(body)
                                        .post("/v1/action/execute"));
        int ok = 0;
        for (Response r : responses) {
            assertTrue(
                    r.statusCode() == 200 || r.statusCode() == 409,
                    r.statusCode() + " " + r.asString());
            if (r.statusCode() == 200) {
                ok++;
                assertEquals(Boolean.TRUE, r.path("[0].Success"), r.asString());
            }
        }
        assertTrue(ok >= 1);
        List<String> invoices = Api.awaitSplitInvoices(items);
        assertNotEquals(invoices.get(0), invoices.get(1));
        // after completion a retry replays the acceptance
        api().header("Idempotency-Key", key)
                .body(body)
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", is(true));
    }
}
