package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The requests of the packaged-server tests that make work: invoices, splits, executes. */
final class Work {

    private Work() {}

    /** An invoice split into two items, 33.33% / 66.67%, maybe not yet executed. */
    record PreparedSplit(String split, String original, BigDecimal total, List<String> items) {}

    /** A new USD account with the name given: its ID. */
    static String createAccount(PackagedServer server, String token, String name) {
        return server.api(token)
                .body(
                        Map.of(
                                "name",
                                name,
                                "currency",
                                "USD",
                                "billToContact",
                                Map.of("firstName", "A", "lastName", "B")))
                .post("/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .path("accountId");
    }

    /** A standalone invoice of the account, one item per amount. */
    static Map<String, Object> invoice(String account, BigDecimal... amounts) {
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

    /** The {@code i}-th invoice of two items with its split prepared, then executed. */
    static PreparedSplit acceptSplit(PackagedServer server, String token, String account, int i) {
        PreparedSplit split = prepareSplit(server, token, account, i);
        execute(server, token, split);
        return split;
    }

    /** The {@code i}-th invoice of two items (amounts from {@code i}) with its split prepared. */
    static PreparedSplit prepareSplit(PackagedServer server, String token, String account, int i) {
        BigDecimal a = new BigDecimal("10.01").add(BigDecimal.valueOf(i, 2));
        BigDecimal b = new BigDecimal("0.07").multiply(BigDecimal.valueOf(i + 1));
        return prepareSplit(server, token, account, List.of(a, b), "33.33", "66.67");
    }

    /**
     * An invoice of one item per amount, with its split prepared: one split item per percentage,
     * dated a month apart from 2026-01-01.
     */
    static PreparedSplit prepareSplit(
            PackagedServer server,
            String token,
            String account,
            List<BigDecimal> amounts,
            String... percentages) {
        String original =
                server.api(token)
                        .body(invoice(account, amounts.toArray(BigDecimal[]::new)))
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
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int p = 0; p < percentages.length; p++) {
            items.add(
                    Map.of(
                            "InvoiceSplitId",
                            split,
                            "InvoiceDate",
                            java.time.LocalDate.of(2026, 1 + p, 1).toString(),
                            "SplitPercentage",
                            new BigDecimal(percentages[p])));
        }
        List<String> itemIds =
                server.api(token)
                        .body(Map.of("type", "InvoiceSplitItem", "objects", items))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("Id");
        BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PreparedSplit(split, original, total, itemIds);
    }

    /** Executes the prepared split (asynchronously): accepted. */
    static void execute(PackagedServer server, String token, PreparedSplit split) {
        server.api(token)
                .body(executeBody(split.split()))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", org.hamcrest.Matchers.is(true));
    }

    static Map<String, Object> executeBody(String split) {
        return Map.of("ids", List.of(split), "synchronous", false, "type", "InvoiceSplit");
    }

    /**
     * Asserts that the split is done: each item made a Draft invoice whose number was not seen
     * before (added to {@code numbers}), their amounts add up to the original's, and the original
     * is gone.
     */
    static void assertDone(
            PackagedServer server, String token, PreparedSplit split, Set<String> numbers) {
        BigDecimal total = BigDecimal.ZERO;
        for (String item : split.items()) {
            String invoice = splitInvoice(server, token, item);
            assertNotNull(invoice, "split item " + item + " not done");
            JsonPath read =
                    server.api(token)
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
        server.api(token).get("/v1/invoices/" + split.original()).then().statusCode(404);
    }

    /** The invoice a split item made, or null while its split has not run. */
    static String splitInvoice(PackagedServer server, String token, String item) {
        return server.api(token)
                .get("/v1/object/invoice-split-item/" + item)
                .then()
                .statusCode(200)
                .extract()
                .path("InvoiceId");
    }
}
