package dev.zuoraemulator.conformance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Behaviour over several calls, observed as a client would: each scenario is tagged, so that a run
 * against a real sandbox can choose ({@code -Dgroups=invoice-split}). Every exchange is validated
 * against the contract.
 */
@Tag("scenario")
class ScenarioTest {

    private static RequestSpecification api() {
        Target target = Target.get();
        RequestSpecification spec =
                given().baseUri(target.baseUrl())
                        .filter(Contract.filter())
                        .header("Authorization", "Bearer " + target.token())
                        .contentType(ContentType.JSON);
        return target.entityId() == null
                ? spec
                : spec.header("Zuora-Entity-Ids", target.entityId());
    }

    private static String account() {
        return api().body(
                        Map.of(
                                "name",
                                "Scenario",
                                "currency",
                                "USD",
                                "accountNumber",
                                "S-" + UUID.randomUUID().toString().substring(0, 8),
                                "billToContact",
                                Map.of("firstName", "Ada", "lastName", "Lovelace")))
                .post("/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .path("accountId");
    }

    @Test
    @Tag("invoice-split")
    void splitCompletesAndTheOriginalInvoiceIsGone() {
        String invoice = invoice(List.of(new BigDecimal("100.01")));
        String split =
                api().body(
                                Map.of(
                                        "type",
                                        "InvoiceSplit",
                                        "objects",
                                        List.of(Map.of("InvoiceId", invoice))))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].Id");
        List<String> items =
                api().body(
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
                                                        50),
                                                Map.of(
                                                        "InvoiceSplitId",
                                                        split,
                                                        "InvoiceDate",
                                                        "2026-02-01",
                                                        "SplitPercentage",
                                                        50))))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("Id");
        api().body(Map.of("ids", List.of(split), "synchronous", false, "type", "InvoiceSplit"))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", is(true));
        BigDecimal total = BigDecimal.ZERO;
        for (String item : items) {
            String splitInvoice =
                    await().atMost(Duration.ofSeconds(60))
                            .pollInterval(Duration.ofMillis(250))
                            .until(
                                    () ->
                                            api().get("/v1/object/invoice-split-item/" + item)
                                                    .then()
                                                    .statusCode(200)
                                                    .extract()
                                                    .<String>path("InvoiceId"),
                                    id -> id != null);
            total =
                    total.add(
                            new BigDecimal(
                                    api().get("/v1/invoices/" + splitInvoice)
                                            .then()
                                            .statusCode(200)
                                            .body("status", is("Draft"))
                                            .extract()
                                            .path("amount")
                                            .toString()));
        }
        assertEquals(
                0,
                total.compareTo(new BigDecimal("100.01")),
                "the split invoices add up to the original");
        api().get("/v1/invoices/" + invoice).then().statusCode(404);
    }

    @Test
    @Tag("invoice-split")
    @Tag("query")
    void aQueryFindsTheInvoicesASplitMadeAndWalksThemWithQueryMore() {
        String invoice = invoice(List.of(new BigDecimal("90.00"), new BigDecimal("10.00")));
        String split =
                api().body(
                                Map.of(
                                        "type",
                                        "InvoiceSplit",
                                        "objects",
                                        List.of(Map.of("InvoiceId", invoice))))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].Id");
        List<Map<String, Object>> objects =
                List.of(
                        Map.of(
                                "InvoiceSplitId",
                                split,
                                "InvoiceDate",
                                "2026-01-01",
                                "SplitPercentage",
                                50),
                        Map.of(
                                "InvoiceSplitId",
                                split,
                                "InvoiceDate",
                                "2026-02-01",
                                "SplitPercentage",
                                30),
                        Map.of(
                                "InvoiceSplitId",
                                split,
                                "InvoiceDate",
                                "2026-03-01",
                                "SplitPercentage",
                                20));
        List<String> items =
                api().body(Map.of("type", "InvoiceSplitItem", "objects", objects))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("Id");
        api().body(Map.of("ids", List.of(split), "synchronous", false, "type", "InvoiceSplit"))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", is(true));
        String zoql =
                "select Id, InvoiceId from InvoiceSplitItem where InvoiceSplitId = '" + split + "'";
        // done once every item names its invoice (S2): a client polls the query as it polls the
        // items
        List<String> invoices =
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(250))
                        .until(
                                () ->
                                        api().body(Map.of("queryString", zoql))
                                                .post("/v1/action/query")
                                                .then()
                                                .statusCode(200)
                                                .body("size", is(3))
                                                .extract()
                                                .<List<String>>path("records.InvoiceId"),
                                found -> found.size() == 3 && !found.contains(null));
        // the same rows one at a time: each once, the locator gone on the last page
        ValidatableResponse page =
                api().body(Map.of("queryString", zoql, "conf", Map.of("batchSize", 1)))
                        .post("/v1/action/query")
                        .then()
                        .statusCode(200)
                        .body("size", is(3))
                        .body("done", is(false));
        List<String> walked =
                new java.util.ArrayList<>(page.extract().<List<String>>path("records.Id"));
        String locator = page.extract().path("queryLocator");
        while (locator != null) {
            page =
                    api().body(Map.of("queryLocator", locator, "conf", Map.of("batchSize", 1)))
                            .post("/v1/action/queryMore")
                            .then()
                            .statusCode(200)
                            .body("size", is(3));
            walked.addAll(page.extract().<List<String>>path("records.Id"));
            locator = page.extract().path("queryLocator");
        }
        assertEquals(new java.util.HashSet<>(items), new java.util.HashSet<>(walked));
        assertEquals(3, walked.size());
        BigDecimal total = BigDecimal.ZERO;
        for (String splitInvoice : invoices) {
            List<Object> amounts =
                    api().body(
                                    Map.of(
                                            "queryString",
                                            "select Amount, Status from Invoice where Id = '"
                                                    + splitInvoice
                                                    + "'"))
                            .post("/v1/action/query")
                            .then()
                            .statusCode(200)
                            .body("records[0].Status", is("Draft"))
                            .extract()
                            .path("records.Amount");
            total = total.add(new BigDecimal(amounts.get(0).toString()));
        }
        assertEquals(0, total.compareTo(new BigDecimal("100.00")), "the split invoices add up");
    }

    /** A Draft invoice of a new account with one item per amount. */
    private static String invoice(List<BigDecimal> amounts) {
        List<Map<String, Object>> items =
                amounts.stream()
                        .map(
                                a ->
                                        Map.<String, Object>of(
                                                "amount", a, "serviceStartDate", "2026-01-01"))
                        .toList();
        return api().body(
                        Map.of(
                                "accountId",
                                account(),
                                "invoiceDate",
                                "2026-01-01",
                                "invoiceItems",
                                items))
                .post("/v1/invoices")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    private static List<String> itemAmounts(String invoice) {
        return api()
                .get("/v1/invoices/" + invoice + "/items")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .<BigDecimal>getList("invoiceItems.chargeAmount")
                .stream()
                .map(a -> a.stripTrailingZeros().toPlainString())
                .toList();
    }

    /** {@code PUT /v1/invoices/{invoiceKey}/split}, one split per value, answered 200. */
    private static ValidatableResponse split(
            String invoice, String splitType, String field, Object... values) {
        List<Map<String, Object>> splits =
                java.util.Arrays.stream(values).map(v -> Map.<String, Object>of(field, v)).toList();
        return api().body(Map.of("splitType", splitType, "splits", splits))
                .put("/v1/invoices/" + invoice + "/split")
                .then()
                .statusCode(200);
    }

    @Test
    @Tag("split-invoice")
    void newerSplitSharesEveryLineByLargestRemainderAndKeepsTheOriginal() {
        String invoice = invoice(List.of(new BigDecimal("120.00"), new BigDecimal("10.00")));
        List<String> made =
                split(invoice, "Amount", "splitAmount", 50, 50, 30)
                        .body("jobStatus", is("Completed"))
                        .extract()
                        .path("invoices.id");
        // Zuora's example: 120.00 and 10.00 split 50/50/30
        assertEquals(List.of("46.15", "3.85"), itemAmounts(made.get(0)));
        assertEquals(List.of("46.16", "3.84"), itemAmounts(made.get(1)));
        assertEquals(List.of("27.69", "2.31"), itemAmounts(made.get(2)));
        api().get("/v1/invoices/" + invoice).then().statusCode(200).body("status", is("Split"));
    }

    @Test
    @Tag("split-invoice")
    void newerSplitOfALargeInvoiceIsAJobPolledToCompleted() {
        List<BigDecimal> amounts = new java.util.ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            amounts.add(new BigDecimal("1.00"));
        }
        String invoice = invoice(amounts);
        String job =
                split(invoice, "Percentage", "splitPercentage", 25, 75)
                        .body("jobStatus", is("Pending"))
                        .body("invoices.size()", is(0))
                        .extract()
                        .path("jobId");
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () ->
                                api().get("/v1/operations/jobs/" + job)
                                        .then()
                                        .statusCode(200)
                                        .body("objectId", is(invoice))
                                        .body("objectType", is("Invoice"))
                                        .extract()
                                        .<String>path("status"),
                        "Completed"::equals);
        api().get("/v1/invoices/" + invoice).then().statusCode(200).body("status", is("Split"));
    }

    @Test
    @Tag("invoice-schedule")
    void billRunReachesCompletedAndTheItemIsProcessed() {
        var schedule =
                api().body(
                                Map.of(
                                        "accountKey",
                                        account(),
                                        "scheduleItems",
                                        List.of(Map.of("amount", 120, "runDate", "2026-01-15"))))
                        .post("/v1/invoice-schedules")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        String billRun =
                api().body(Map.of())
                        .post("/v1/invoice-schedules/" + schedule.getString("id") + "/execute")
                        .then()
                        .statusCode(200)
                        .body("status", is("Pending"))
                        .extract()
                        .path("id");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () ->
                                api().get("/v1/bill-runs/" + billRun)
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .<String>path("status"),
                        "Completed"::equals);
        String invoice =
                api().get("/v1/invoice-schedules/" + schedule.getString("id"))
                        .then()
                        .statusCode(200)
                        .body("status", is("FullyProcessed"))
                        .body("scheduleItems[0].status", is("Processed"))
                        .extract()
                        .path("scheduleItems[0].invoiceId");
        api().get("/v1/invoices/" + invoice)
                .then()
                .statusCode(200)
                .body("status", is("Draft"))
                .body("invoiceDate", is("2026-01-15"));
    }

    @Test
    @Tag("idempotency")
    void aRetryWithTheSameIdempotencyKeyIsReplayed() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of(
                        "name",
                        "Retry",
                        "currency",
                        "USD",
                        "billToContact",
                        Map.of("firstName", "A", "lastName", "B"));
        String first =
                api().header("Idempotency-Key", key)
                        .body(body)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        String retry =
                api().header("Idempotency-Key", key)
                        .body(body)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        assertEquals(first, retry, "the retry answers the first account, it creates no second one");
    }

    /**
     * C3 and Zuora's idempotent requests: a request that arrives while another with its key still
     * runs is told so (409, category 50), and nothing is created twice. Two identical keyed
     * requests for a large invoice are sent 150 ms apart, so that one is still running when the
     * other comes (whichever the server took first); a try where the first finished first (the
     * second then replays it) is tried again with a new key, up to five times.
     */
    @Test
    @Tag("idempotency")
    void aRetryWhileTheFirstIsStillRunningIsRefusedWith409() throws Exception {
        String account = account();
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            items.add(Map.of("amount", 1, "serviceStartDate", "2026-01-01"));
        }
        Map<String, Object> body =
                Map.of("accountId", account, "invoiceDate", "2026-01-01", "invoiceItems", items);
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                String key = UUID.randomUUID().toString();
                var first =
                        pool.submit(
                                () ->
                                        api().header("Idempotency-Key", key)
                                                .body(body)
                                                .post("/v1/invoices"));
                Thread.sleep(150);
                var second = api().header("Idempotency-Key", key).body(body).post("/v1/invoices");
                var earlier = first.get();
                if (earlier.statusCode() == 200 && second.statusCode() == 200) {
                    // the first was done before the second came: replayed, one invoice
                    assertEquals(earlier.<String>path("id"), second.<String>path("id"));
                    continue;
                }
                var refused = second.statusCode() == 409 ? second : earlier;
                var answered = refused == second ? earlier : second;
                assertEquals(409, refused.statusCode(), refused.asString());
                assertEquals(200, answered.statusCode(), answered.asString());
                refused.then().body("success", is(false)).body("reasons[0].code", is(50000050));
                // once the first is done, the key replays it: still one invoice
                String replayed =
                        api().header("Idempotency-Key", key)
                                .body(body)
                                .post("/v1/invoices")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("id");
                assertEquals(answered.<String>path("id"), replayed);
                return;
            }
            throw new AssertionError("the second request never arrived while the first ran");
        } finally {
            pool.shutdownNow();
        }
    }
}
