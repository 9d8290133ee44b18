package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/action/query} and {@code queryMore} over real state (decisions Q1-Q6). */
@QuarkusTest
class QueryTest {

    @BeforeEach
    @AfterEach
    void reset() {
        // queries see every object of the entity: each test starts from none
        Admin.resetAll();
    }

    static ValidatableResponse query(String zoql) {
        return api().body(Map.of("queryString", zoql)).post("/v1/action/query").then();
    }

    static ValidatableResponse query(String zoql, int batchSize) {
        return api().body(Map.of("queryString", zoql, "conf", Map.of("batchSize", batchSize)))
                .post("/v1/action/query")
                .then();
    }

    static ValidatableResponse queryMore(String locator, int batchSize) {
        return api().body(Map.of("queryLocator", locator, "conf", Map.of("batchSize", batchSize)))
                .post("/v1/action/queryMore")
                .then();
    }

    static void refused(ValidatableResponse answer, String code, String message) {
        answer.statusCode(400)
                .body("faultcode", is("fns:" + code))
                .body("faultstring", containsString(message))
                .body("detail.MalformedQueryFault.FaultCode", is(code))
                .body("detail.MalformedQueryFault.FaultMessage", containsString(message));
    }

    @Test
    void answersZuorasAccountSampleInItsShape() {
        String account = Api.createAccount("USD");
        JsonPath answer =
                query(
                                "select AccountNumber, BillCycleDay from Account where Id = '"
                                        + account
                                        + "'")
                        .statusCode(200)
                        .body("size", is(1))
                        .body("done", is(true))
                        .body("$", not(hasKey("queryLocator")))
                        .body("records[0].Id", is(account))
                        .body("records[0].AccountNumber", is("A00000001"))
                        .body("records[0].BillCycleDay", is(1))
                        .extract()
                        .jsonPath();
        assertEquals(
                List.of("AccountNumber", "BillCycleDay", "Id"),
                List.copyOf(answer.getMap("records[0]").keySet()));
    }

    @Test
    void findsTheInvoicesASplitMadeAndReadsThemInZuorasCapitalisation() {
        String account = Api.createAccount("USD");
        String invoice = Api.createDraftInvoice(account, "100.00", "30.00");
        String split = Api.createSplit(invoice);
        List<String> items = Api.createSplitItems(split, "60", "40");
        List<String> invoices = Api.awaitSplitInvoicesAfter(split, items);

        JsonPath found =
                query(
                                "select iD, invoiceid from invoicesplititem where invoicesplitid = '"
                                        + split
                                        + "'")
                        .statusCode(200)
                        .body("size", is(2))
                        .extract()
                        .jsonPath();
        assertEquals(items, found.getList("records.Id"));
        assertEquals(invoices, found.getList("records.InvoiceId"));

        query(
                        "select Id, Amount, Status, InvoiceDate from Invoice where Id = '"
                                + invoices.get(0)
                                + "' or Id = '"
                                + invoices.get(1)
                                + "'")
                .statusCode(200)
                .body("size", is(2))
                .body("records.Id", is(invoices))
                .body("records[0].Amount", num("78"))
                .body("records[1].Amount", num("52"))
                .body("records.Status", is(List.of("Draft", "Draft")))
                .body("records[0].InvoiceDate", is("2026-01-01"));
        // the original no longer exists (S1)
        query("select Id from Invoice where Id = '" + invoice + "'")
                .statusCode(200)
                .body("size", is(0));
    }

    @Test
    void pagesThroughEveryRowOnceInCreationOrder() {
        String account = Api.createAccount("USD");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(Api.createDraftInvoice(account, "1.00"));
        }
        String zoql = "select Id from Invoice where AccountId = '" + account + "'";
        JsonPath first =
                query(zoql, 10)
                        .statusCode(200)
                        .body("size", is(25))
                        .body("done", is(false))
                        .body(
                                "queryLocator",
                                org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}-10"))
                        .extract()
                        .jsonPath();
        List<String> walked = new ArrayList<>(first.getList("records.Id"));
        JsonPath second =
                queryMore(first.getString("queryLocator"), 10).statusCode(200).extract().jsonPath();
        assertEquals(25, second.getInt("size"));
        walked.addAll(second.getList("records.Id"));
        JsonPath last =
                queryMore(second.getString("queryLocator"), 2000)
                        .statusCode(200)
                        .body("done", is(true))
                        .body("queryLocator", nullValue())
                        .extract()
                        .jsonPath();
        walked.addAll(last.getList("records.Id"));
        assertEquals(created, walked);
        // a retried page answers the same rows again: the locator is not used up
        assertEquals(
                second.getList("records.Id"),
                queryMore(first.getString("queryLocator"), 10)
                        .extract()
                        .jsonPath()
                        .getList("records.Id"));
    }

    @Test
    void aWalkSeesTheRowsOfItsFirstCall() {
        String account = Api.createAccount("USD");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(Api.createDraftInvoice(account, "1.00", "2.00"));
        }
        JsonPath first =
                query("select Id from Invoice where AccountId = '" + account + "'", 2)
                        .extract()
                        .jsonPath();
        // created after the first call: never seen; split (and so deleted, S1) after it: left out
        Api.createDraftInvoice(account, "3.00");
        String gone = created.get(4);
        String split = Api.createSplit(gone);
        Api.awaitSplitInvoicesAfter(split, Api.createSplitItems(split, "50", "50"));
        List<String> walked = new ArrayList<>(first.getList("records.Id"));
        String locator = first.getString("queryLocator");
        while (locator != null) {
            JsonPath page =
                    queryMore(locator, 2).statusCode(200).body("size", is(6)).extract().jsonPath();
            walked.addAll(page.getList("records.Id"));
            locator = page.getString("queryLocator");
        }
        List<String> expected = new ArrayList<>(created);
        expected.remove(gone);
        assertEquals(expected, walked);
    }

    @Test
    void aWalkRacedByWritersNeverRepeatsNorSkipsARowNorShowsANewOne() throws Exception {
        String account = Api.createAccount("USD");
        List<String> initial = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            initial.add(Api.createDraftInvoice(account, "1.00", "2.00"));
        }
        String zoql = "select Id from Invoice where AccountId = '" + account + "'";
        JsonPath first = query(zoql, 3).statusCode(200).body("size", is(40)).extract().jsonPath();
        // writers race the walk: new invoices of the account, and splits that delete walked ones
        // (S1)
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService writers =
                java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.Future<?> creating =
                writers.submit(
                        () -> {
                            for (int i = 0; i < 15; i++) {
                                created.add(Api.createDraftInvoice(account, "3.00"));
                            }
                        });
        java.util.concurrent.Future<?> splitting =
                writers.submit(
                        () -> {
                            for (int i = 0; i < 40; i += 4) {
                                String split = Api.createSplit(initial.get(i));
                                Api.createSplitItems(split, "50", "50");
                                Api.execute(split);
                            }
                        });
        List<String> walked = new ArrayList<>(first.getList("records.Id"));
        String locator = first.getString("queryLocator");
        while (locator != null) {
            JsonPath page =
                    queryMore(locator, 3).statusCode(200).body("size", is(40)).extract().jsonPath();
            walked.addAll(page.getList("records.Id"));
            locator = page.getString("queryLocator");
        }
        creating.get();
        splitting.get();
        writers.shutdown();
        assertEquals(walked.size(), new java.util.HashSet<>(walked).size(), "a row came twice");
        assertTrue(initial.containsAll(walked), "a row created after the first call appeared");
        List<String> inOrder = new ArrayList<>(initial);
        inOrder.retainAll(walked);
        assertEquals(inOrder, walked, "the walk kept creation order");
        for (String id : initial) {
            boolean stillThere = api().get("/v1/invoices/" + id).statusCode() == 200;
            boolean splitAway = initial.indexOf(id) % 4 == 0;
            if (stillThere && !splitAway) {
                assertTrue(walked.contains(id), "skipped " + id);
            }
        }
    }

    @Test
    void aLocatorExpiresFifteenMinutesAfterItsLastUseOnTheEmulatorClock() {
        String account = Api.createAccount("USD");
        Api.createDraftInvoice(account, "1.00");
        Api.createDraftInvoice(account, "1.00");
        Api.createDraftInvoice(account, "1.00");
        Admin.setClock("2026-03-01T10:00:00Z", true);
        String locator = query("select Id from Invoice", 1).extract().path("queryLocator");
        Admin.advanceClock("PT14M");
        String next = queryMore(locator, 1).statusCode(200).extract().path("queryLocator");
        Admin.advanceClock("PT14M");
        queryMore(next, 1).statusCode(200);
        Admin.advanceClock("PT16M");
        refused(
                queryMore(next, 1),
                "INVALID_VALUE",
                "The query locator expired or was otherwise invalid.");
    }

    @Test
    void refusesForgedAndForeignLocators() {
        for (String forged :
                List.of(
                        "2c92c0f9602fb240016049ac7e0b47e7-2000",
                        "not a locator",
                        "",
                        "' or 1=1 --",
                        "2C92C0F9602FB240016049AC7E0B47E7-1")) {
            refused(
                    queryMore(forged, 10),
                    "INVALID_VALUE",
                    "The query locator expired or was otherwise invalid.");
        }
        String account = Api.createAccount("USD");
        Api.createDraftInvoice(account, "1.00");
        Api.createDraftInvoice(account, "1.00");
        String locator = query("select Id from Invoice", 1).extract().path("queryLocator");
        String id = locator.substring(0, 32);
        // an offset past the walk's rows
        refused(queryMore(id + "-3", 10), "INVALID_VALUE", "expired or was otherwise invalid");
        // another entity's token cannot continue the walk
        String other = Api.secondEntityToken();
        given().header("Authorization", "Bearer " + other)
                .contentType("application/json")
                .body(Map.of("queryLocator", locator))
                .post("/v1/action/queryMore")
                .then()
                .statusCode(400)
                .body("faultcode", is("fns:INVALID_VALUE"));
        given().header("Authorization", "Bearer " + other)
                .contentType("application/json")
                .body(
                        Map.of(
                                "queryString",
                                "select Id from Invoice where AccountId = '" + account + "'"))
                .post("/v1/action/query")
                .then()
                .statusCode(200)
                .body("size", is(0));
    }

    @Test
    void batchSizesFollowQ4() {
        String account = Api.createAccount("USD");
        Api.createDraftInvoice(account, "1.00");
        query("select Id from Invoice", 5000)
                .statusCode(200)
                .body("size", is(1))
                .body("done", is(true));
        refused(query("select Id from Invoice", 0), "INVALID_VALUE", "batchSize");
        refused(query("select Id from Invoice", -1), "INVALID_VALUE", "batchSize");
        api().body(
                        Map.of(
                                "queryString",
                                "select Id from Invoice",
                                "conf",
                                Map.of("batchSize", 1.5)))
                .post("/v1/action/query")
                .then()
                .statusCode(400)
                .body("Success", is(false))
                .body("Errors[0].Code", is("INVALID_VALUE"));
        api().body(Map.of("conf", Map.of("batchSize", 1)))
                .post("/v1/action/query")
                .then()
                .statusCode(400)
                .body("Errors[0].Code", is("MISSING_REQUIRED_VALUE"));
        api().body("{\"queryString\": ")
                .post("/v1/action/query")
                .then()
                .statusCode(400)
                .body("Success", is(false));
    }

    @Test
    void readsCustomFieldsAndFiltersOnThem() {
        String account = Api.createAccount("USD");
        Map<String, Object> item =
                Map.of("amount", 5, "serviceStartDate", "2026-01-01", "chargeName", "C");
        Map<String, Object> body =
                new HashMap<>(
                        Map.of(
                                "accountId",
                                account,
                                "invoiceDate",
                                "2026-01-01",
                                "invoiceItems",
                                List.of(item)));
        body.put("Region__c", "EMEA");
        body.put("Priority__c", 3);
        String emea =
                api().body(body).post("/v1/invoices").then().statusCode(200).extract().path("id");
        body.put("Region__c", "APAC");
        body.put("Priority__c", 7);
        String apac =
                api().body(body).post("/v1/invoices").then().statusCode(200).extract().path("id");
        String plain = Api.createDraftInvoice(account, "1.00");

        query("select Id, region__c from Invoice where Region__c = 'EMEA'")
                .statusCode(200)
                .body("records.Id", is(List.of(emea)))
                .body("records[0].Region__c", is("EMEA"));
        query("select Id from Invoice where Priority__c > 5 or Region__c = null")
                .body("records.Id", is(List.of(apac, plain)));
        query("select Id from Invoice where Region__c != 'EMEA' and Amount < 5")
                .body("records.Id", is(List.of(plain)));
        query("select Id from Invoice where Region__c like 'A%'")
                .body("records.Id", is(List.of(apac)));
        refused(
                query("select Id from InvoiceSplit where Region__c = 'x'"),
                "INVALID_FIELD",
                "InvoiceSplit.region__c");
    }

    @Test
    void filtersEveryTypeOfField() {
        String account = Api.createAccount("USD");
        String a = Api.createDraftInvoice(account, "10.00");
        String b = Api.createDraftInvoice(account, "20.50", "0.50");
        query("select Id from Invoice where Amount >= 21 and InvoiceDate = '2026-01-01'")
                .body("records.Id", is(List.of(b)));
        query("select Id from Invoice where Amount != 10").body("records.Id", is(List.of(b)));
        query("select Id from Invoice where TargetDate = null and PostedDate = null")
                .body("size", is(2));
        query(
                        "select Id from Invoice where CreatedDate > 2000-01-01T00:00:00 and CreatedDate < '2200-01-01'")
                .body("size", is(2));
        query(
                        "select Id from Invoice where InvoiceNumber like 'INV%' and Status = 'Draft' and Id != '"
                                + a
                                + "'")
                .body("records.Id", is(List.of(b)));
        query(
                        "select Id, ChargeAmount from InvoiceItem where InvoiceId = '"
                                + b
                                + "' and ChargeAmount < 1")
                .body("records[0].ChargeAmount", num("0.5"));
        query(
                        "select Id, AutoPay, Balance, Status from Account where AutoPay = false and BillCycleDay = 1")
                .body("records[0].AutoPay", is(false))
                .body("records[0].Status", is("Active"))
                .body("records[0].Balance", num("0"));
    }

    @Test
    void refusesWhatZoqlDoesNotHaveWithAFault() {
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("SELECT Id from Account", new String[] {"MALFORMED_QUERY", "lower case"});
        cases.put("select Id FROM Account", new String[] {"MALFORMED_QUERY", "lower case"});
        cases.put(
                "select Id from Account where (Name = 'a')",
                new String[] {"MALFORMED_QUERY", "parentheses"});
        cases.put("select * from Account", new String[] {"MALFORMED_QUERY", "'*'"});
        cases.put(
                "select Id from Account order by Name",
                new String[] {"MALFORMED_QUERY", "'order' is not supported"});
        cases.put(
                "select Id from Account where Name in ('a')",
                new String[] {"MALFORMED_QUERY", "'in' is not supported"});
        cases.put(
                "select Id from Account where Name = 'a",
                new String[] {"MALFORMED_QUERY", "not closed"});
        cases.put("select Id from Account, Invoice", new String[] {"MALFORMED_QUERY", "joins"});
        cases.put("select count(Id) from Account", new String[] {"MALFORMED_QUERY", "aggregates"});
        cases.put(
                "select Id from Account where Name = Batch",
                new String[] {"MALFORMED_QUERY", "another field"});
        cases.put(
                "select Id from Account where",
                new String[] {"MALFORMED_QUERY", "expected a field name"});
        cases.put(
                "select Id from Account where Name = '' or 1=1 --'",
                new String[] {"MALFORMED_QUERY", "unexpected character '-'"});
        cases.put(
                "select Id from Account where Name = '' or 1=1",
                new String[] {"MALFORMED_QUERY", "expected a field name, found '1'"});
        cases.put(
                "select Id from Account where Name = \u2018x\u2019",
                new String[] {"MALFORMED_QUERY", "U+2018"});
        cases.put(
                "select Id from Account where Name = 'a\u0000'",
                new String[] {"MALFORMED_QUERY", "U+0000"});
        cases.put(
                "select Id from Account; drop table account",
                new String[] {"MALFORMED_QUERY", "';'"});
        cases.put("select Id from Subscription", new String[] {"INVALID_TYPE", "Subscription"});
        cases.put(
                "select Id, TaxMessage from Invoice",
                new String[] {"INVALID_FIELD", "invalid field for query: Invoice.taxmessage"});
        cases.put(
                "select Id from Invoice where Amount = 'ten'",
                new String[] {"INVALID_VALUE", "Invoice.Amount"});
        cases.put(
                "select Id from Invoice where InvoiceDate = '2026-02-30'",
                new String[] {"INVALID_VALUE", "Invoice.InvoiceDate"});
        cases.put(
                "select Id from Invoice where Status = Draft",
                new String[] {"MALFORMED_QUERY", "another field"});
        cases.put(
                "select Id from Invoice where Amount like '1%'",
                new String[] {"INVALID_VALUE", "like compares strings"});
        cases.put(
                "select Id from Invoice where Comments like '%a%'",
                new String[] {"INVALID_VALUE", "at most once"});
        cases.put(
                "select Id from Invoice where Amount < null",
                new String[] {"INVALID_VALUE", "null"});
        cases.put(
                "select Id from Account where AutoPay > true",
                new String[] {"INVALID_VALUE", "= or !="});
        cases.put(
                "select Id from Invoice where Amount > 1" + "0".repeat(40),
                new String[] {"INVALID_VALUE", "Invoice.Amount"});
        StringBuilder many = new StringBuilder("select Id from Account where Name = 'a'");
        for (int i = 0; i < 200; i++) {
            many.append(" or Name = 'a'");
        }
        cases.put(many.toString(), new String[] {"MALFORMED_QUERY", "more than 200 conditions"});
        cases.put(
                "select Id from Account where Name = '" + "x".repeat(10_000) + "'",
                new String[] {"MALFORMED_QUERY", "more than 10000"});
        String account = Api.createAccount("USD");
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            try {
                refused(query(c.getKey()), c.getValue()[0], c.getValue()[1]);
            } catch (AssertionError e) {
                throw new AssertionError(
                        "for " + c.getKey().substring(0, Math.min(80, c.getKey().length())), e);
            }
        }
        // the injection attempts changed nothing: the account is still there, alone
        query("select Id from Account").body("records.Id", is(List.of(account)));
        query("select Id from Account where Name = '\\'; drop table account; --'")
                .statusCode(200)
                .body("size", is(0));
        query("select Id from Account where Name = 'Test account\\' or \\'1\\'=\\'1'")
                .body("size", is(0));
        query("select Id from Account where Name = '\u2019 or 1=1'")
                .statusCode(200)
                .body("size", is(0));
        query("select Id from Account where Name = 'Test account'").body("size", is(1));
    }
}
