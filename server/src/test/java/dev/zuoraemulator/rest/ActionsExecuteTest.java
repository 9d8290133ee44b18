package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionsExecuteTest {

    private static Map<String, Object> execute(Object ids) {
        return Map.of("ids", ids, "synchronous", false, "type", "InvoiceSplit");
    }

    private static BigDecimal amountOf(String invoiceId) {
        return Api.decimal(
                api().get("/v1/invoices/" + invoiceId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("amount"));
    }

    @Test
    void splitsADraftInvoiceAsynchronouslyAndDeletesTheOriginal() {
        String account = Api.createAccount("USD", "Net 30");
        String original = Api.createDraftInvoice(account, "100000");
        String split = Api.createSplit(original);
        List<String> items = Api.createSplitItems(split, "40", "30", "20", "10");
        api().get("/v1/object/invoice-split-item/" + items.get(0))
                .then()
                .body("InvoiceId", nullValue());

        api().body(execute(List.of(split)))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].Success", is(true))
                .body("[0].Id", is(split))
                .body("[0].Errors", nullValue());

        List<String> invoices = Api.awaitSplitInvoices(items);
        List<String> expected = List.of("40000", "30000", "20000", "10000");
        for (int i = 0; i < invoices.size(); i++) {
            api().get("/v1/invoices/" + invoices.get(i))
                    .then()
                    .statusCode(200)
                    .body("status", is("Draft"))
                    .body("accountId", is(account))
                    .body("amount", num(expected.get(i)))
                    .body("invoiceDate", is("2026-0" + (i + 1) + "-01"))
                    .body("paymentTerm", is("Net 30"));
        }
        api().get("/v1/invoices/" + original)
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"));
        // the InvoiceSplit still names the original invoice, which no longer exists (S1)
        api().get("/v1/object/invoice-split/" + split)
                .then()
                .statusCode(200)
                .body("InvoiceId", is(original));
    }

    @Test
    void sharesEveryItemSoThatTotalsAddUpExactly() {
        String account = Api.createAccount("USD");
        String original =
                Api.createDraftInvoice(account, "100.01", "0.05", "-0.03", "0.03", "999999.99");
        String split = Api.createSplit(original);
        List<String> items =
                Api.createSplitItems(split, "33.333333333", "33.333333333", "33.333333334");
        Api.execute(split);
        List<String> invoices = Api.awaitSplitInvoices(items);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal[] itemTotals = new BigDecimal[5];
        java.util.Arrays.fill(itemTotals, BigDecimal.ZERO);
        for (String invoice : invoices) {
            total = total.add(amountOf(invoice));
            JsonPath page =
                    api().get("/v1/invoices/" + invoice + "/items?pageSize=40")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<BigDecimal> amounts =
                    page.getList("invoiceItems.chargeAmount").stream().map(Api::decimal).toList();
            assertEquals(5, amounts.size());
            for (int j = 0; j < 5; j++) {
                itemTotals[j] = itemTotals[j].add(amounts.get(j));
            }
            assertEquals(
                    List.of("Charge 1", "Charge 2", "Charge 3", "Charge 4", "Charge 5"),
                    page.getList("invoiceItems.chargeName"));
        }
        assertEquals(0, total.compareTo(new BigDecimal("1000100.05")));
        String[] originals = {"100.01", "0.05", "-0.03", "0.03", "999999.99"};
        for (int j = 0; j < 5; j++) {
            assertEquals(0, itemTotals[j].compareTo(new BigDecimal(originals[j])), "item " + j);
        }
        // the final split item took the remainders: 100.01 -> 33.34 + 33.34 + 33.33
        JsonPath last =
                api().get("/v1/invoices/" + invoices.get(2) + "/items").then().extract().jsonPath();
        assertEquals(
                0,
                Api.decimal(last.get("invoiceItems[0].chargeAmount"))
                        .compareTo(new BigDecimal("33.33")));
    }

    /** More items than the split job reads at a time: every field of every item is copied. */
    @Test
    void copiesEveryFieldOfEveryItemAcrossPages() {
        int count = 2050;
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> line = new java.util.HashMap<>();
            line.put("amount", new BigDecimal(i % 7 == 0 ? "-1.01" : "2." + (i % 100)));
            line.put("chargeName", "Charge " + i);
            line.put("description", i % 3 == 0 ? null : "Line " + i);
            line.put("serviceStartDate", "2026-01-01");
            line.put("serviceEndDate", i % 2 == 0 ? null : "2026-06-30");
            line.put("quantity", new BigDecimal("1.5"));
            line.put("unitPrice", i % 5 == 0 ? null : new BigDecimal("3.25"));
            line.put("sku", "SKU-" + i);
            line.put("uom", i % 4 == 0 ? null : "Each");
            lines.add(line);
        }
        String original =
                api().body(
                                Map.of(
                                        "accountId",
                                        Api.createAccount("USD"),
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        lines))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        List<Map<String, Object>> before = allItems(original);
        String split = Api.createSplit(original);
        List<String> invoices =
                Api.awaitSplitInvoicesAfter(split, Api.createSplitItems(split, "50", "50"));
        List<Map<String, Object>> first = allItems(invoices.get(0));
        List<Map<String, Object>> second = allItems(invoices.get(1));
        assertEquals(count, first.size());
        assertEquals(count, second.size());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            BigDecimal a = Api.decimal(first.get(i).get("chargeAmount"));
            BigDecimal b = Api.decimal(second.get(i).get("chargeAmount"));
            assertEquals(0, a.add(b).compareTo(Api.decimal(before.get(i).get("chargeAmount"))));
            total = total.add(a).add(b);
            for (Map<String, Object> copy : List.of(first.get(i), second.get(i))) {
                for (String field :
                        List.of(
                                "chargeName",
                                "chargeDescription",
                                "description",
                                "serviceStartDate",
                                "serviceEndDate",
                                "quantity",
                                "unitPrice",
                                "sku",
                                "unitOfMeasure",
                                "chargeType",
                                "invoiceScheduleId",
                                "invoiceScheduleItemId")) {
                    assertEquals(
                            before.get(i).get(field), copy.get(field), field + " of item " + i);
                }
                assertTrue(
                        ((String) copy.get("chargeDate"))
                                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"),
                        "chargeDate of item " + i);
            }
        }
        assertEquals(0, total.compareTo(amountOf(invoices.get(0)).add(amountOf(invoices.get(1)))));
    }

    private static List<Map<String, Object>> allItems(String invoice) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> got =
                    api().get("/v1/invoices/" + invoice + "/items?pageSize=40&page=" + page)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("invoiceItems");
            if (got.isEmpty()) {
                return items;
            }
            items.addAll(got);
        }
    }

    @Test
    void splitsZeroDecimalCurrenciesInWholeUnits() {
        String original = Api.createDraftInvoice(Api.createAccount("JPY"), "1001");
        String split = Api.createSplit(original);
        List<String> invoices =
                Api.awaitSplitInvoicesAfter(split, Api.createSplitItems(split, "50", "50"));
        assertEquals(0, amountOf(invoices.get(0)).compareTo(new BigDecimal("501")));
        assertEquals(0, amountOf(invoices.get(1)).compareTo(new BigDecimal("500")));
    }

    @Test
    void takesEachSplitItemsTermElseTheOriginalsElseTheAccounts() {
        String account = Api.createAccount("USD", "Net 10");
        String original =
                api().body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "paymentTerm",
                                        "Net 20",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        10,
                                                        "serviceStartDate",
                                                        "2026-01-01"))))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        String split = Api.createSplit(original);
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
                                                        "2026-05-01",
                                                        "SplitPercentage",
                                                        50,
                                                        "PaymentTerm",
                                                        "Due Upon Receipt"),
                                                Map.of(
                                                        "InvoiceSplitId",
                                                        split,
                                                        "InvoiceDate",
                                                        "2026-06-01",
                                                        "SplitPercentage",
                                                        50))))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("Id");
        List<String> invoices = Api.awaitSplitInvoicesAfter(split, items);
        api().get("/v1/invoices/" + invoices.get(0))
                .then()
                .body("paymentTerm", is("Due Upon Receipt"))
                .body("invoiceDate", is("2026-05-01"))
                .body("dueDate", is("2026-05-01"));
        api().get("/v1/invoices/" + invoices.get(1))
                .then()
                .body("paymentTerm", is("Net 20"))
                .body("dueDate", is("2026-06-21"));
        String firstNumber =
                api().get("/v1/invoices/" + invoices.get(0)).then().extract().path("invoiceNumber");
        String secondNumber =
                api().get("/v1/invoices/" + invoices.get(1)).then().extract().path("invoiceNumber");
        assertNotEquals(firstNumber, secondNumber);
    }

    @Test
    void resplitsASplitInvoice() {
        String original = Api.createDraftInvoice(Api.createAccount("USD"), "100");
        String split = Api.createSplit(original);
        List<String> first =
                Api.awaitSplitInvoicesAfter(split, Api.createSplitItems(split, "50", "50"));
        String again = Api.createSplit(first.get(1));
        List<String> second =
                Api.awaitSplitInvoicesAfter(again, Api.createSplitItems(again, "70", "30"));
        assertEquals(0, amountOf(second.get(0)).compareTo(new BigDecimal("35")));
        assertEquals(0, amountOf(second.get(1)).compareTo(new BigDecimal("15")));
        api().get("/v1/invoices/" + first.get(1)).then().statusCode(404);
        assertEquals(0, amountOf(first.get(0)).compareTo(new BigDecimal("50")));
    }

    @Test
    void failsABadIdAloneWhileTheOthersProceed() {
        String account = Api.createAccount("USD");
        String good = Api.createSplit(Api.createDraftInvoice(account, "10"));
        List<String> goodItems = Api.createSplitItems(good, "50", "50");
        String oneItem = Api.createSplit(Api.createDraftInvoice(account, "10"));
        Api.createSplitItems(oneItem, "100");
        String notHundred = Api.createSplit(Api.createDraftInvoice(account, "10"));
        Api.createSplitItems(notHundred, "50", "49.999999999");
        String noItems = Api.createSplit(Api.createDraftInvoice(account, "10"));

        api().body(
                        execute(
                                List.of(
                                        "00000000000000000000000000000000",
                                        good,
                                        oneItem,
                                        notHundred,
                                        noItems,
                                        good)))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("", hasSize(6))
                .body("[0].Success", is(false))
                .body("[0].Errors[0].Code", is("INVALID_ID"))
                .body("[0].Id", is("00000000000000000000000000000000"))
                .body("[1].Success", is(true))
                .body("[2].Errors[0].Message", containsString("at least two"))
                .body("[3].Errors[0].Message", containsString("total 99.999999999, not 100"))
                .body("[4].Errors[0].Message", containsString("has 0"))
                .body("[5].Errors[0].Message", containsString("already been executed"));
        Api.awaitSplitInvoices(goodItems);
        api().body(execute(List.of(good)))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", is(false))
                .body("[0].Errors[0].Code", is("INVALID_VALUE"));
    }

    @Test
    void letsOnlyOneOfSeveralSplitsOfAnInvoiceExecute() {
        String invoice = Api.createDraftInvoice(Api.createAccount("USD"), "10");
        String first = Api.createSplit(invoice);
        String second = Api.createSplit(invoice);
        List<String> firstItems = Api.createSplitItems(first, "50", "50");
        Api.createSplitItems(second, "60", "40");
        api().body(execute(List.of(first, second)))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", is(true))
                .body("[1].Success", is(false))
                .body("[1].Errors[0].Message", containsString("already being split"));
        Api.awaitSplitInvoices(firstItems);
        api().body(execute(List.of(second)))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Errors[0].Message", containsString("no longer exists"));
        api().body(Map.of("type", "InvoiceSplit", "objects", List.of(Map.of("InvoiceId", invoice))))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("[0].Success", is(false));
    }

    @Test
    void acceptsASplitExactlyOnceWhenManyClientsExecuteItAtOnce() throws Exception {
        String split = Api.createSplit(Api.createDraftInvoice(Api.createAccount("USD"), "99.99"));
        List<String> items = Api.createSplitItems(split, "50", "50");
        int clients = 16;
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<io.restassured.response.Response>> answers =
                new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return api().body(execute(List.of(split)))
                                        .post("/v1/action/execute");
                            }));
        }
        start.countDown();
        int accepted = 0;
        for (var answer : answers) {
            io.restassured.response.Response response = answer.get();
            assertEquals(200, response.statusCode(), response.asString());
            if (Boolean.TRUE.equals(response.path("[0].Success"))) {
                accepted++;
            } else {
                assertEquals(
                        "already been executed",
                        response.<String>path("[0].Errors[0].Message")
                                .replaceAll(".* has (already been executed)", "$1"));
            }
        }
        pool.shutdown();
        assertEquals(1, accepted);
        List<String> invoices = Api.awaitSplitInvoices(items);
        assertEquals(
                0,
                amountOf(invoices.get(0))
                        .add(amountOf(invoices.get(1)))
                        .compareTo(new BigDecimal("99.99")));
    }

    @Test
    void refusesRequestLevelProblemsWith400() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add("id" + i);
        }
        record Bad(Object body, String code) {}
        for (Bad bad :
                List.of(
                        new Bad(execute(List.of()), "INVALID_VALUE"),
                        new Bad(execute(tooMany), "INVALID_VALUE"),
                        new Bad(
                                Map.of("synchronous", false, "type", "InvoiceSplit"),
                                "MISSING_REQUIRED_VALUE"),
                        new Bad(
                                Map.of("ids", List.of("a"), "type", "InvoiceSplit"),
                                "MISSING_REQUIRED_VALUE"),
                        new Bad(
                                Map.of("ids", List.of("a"), "synchronous", false),
                                "MISSING_REQUIRED_VALUE"),
                        new Bad(
                                Map.of(
                                        "ids",
                                        List.of("a"),
                                        "synchronous",
                                        true,
                                        "type",
                                        "InvoiceSplit"),
                                "INVALID_VALUE"),
                        new Bad(
                                Map.of(
                                        "ids",
                                        List.of("a"),
                                        "synchronous",
                                        false,
                                        "type",
                                        "Invoice"),
                                "INVALID_TYPE"),
                        new Bad(
                                Map.of("ids", "a", "synchronous", false, "type", "InvoiceSplit"),
                                "INVALID_VALUE"),
                        new Bad(
                                Map.of(
                                        "ids",
                                        List.of("a"),
                                        "synchronous",
                                        "false",
                                        "type",
                                        "InvoiceSplit"),
                                "INVALID_VALUE"),
                        new Bad("not json", "INVALID_VALUE"),
                        new Bad("", "MISSING_REQUIRED_VALUE"))) {
            api().body(bad.body())
                    .post("/v1/action/execute")
                    .then()
                    .statusCode(400)
                    .body("Success", is(false))
                    .body("Errors[0].Code", is(bad.code()));
        }
        api().body(
                        Map.of(
                                "ids",
                                List.of("a"),
                                "synchronous",
                                false,
                                "type",
                                "InvoiceSplit",
                                "colour",
                                "red"))
                .post("/v1/action/execute?rejectUnknownFields=true")
                .then()
                .statusCode(400)
                .body("message", is("Error - unrecognised fields"));
        api().body(
                        Map.of(
                                "ids",
                                List.of("a"),
                                "synchronous",
                                false,
                                "type",
                                "InvoiceSplit",
                                "colour",
                                "red"))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Errors[0].Code", is("INVALID_ID"));
    }
}
