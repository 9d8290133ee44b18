package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zuoraemulator.split.InvoiceSplitOperation;
import dev.zuoraemulator.split.SplitOperationJob;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code PUT /v1/invoices/{invoiceKey}/split} and its operation jobs (decisions N1-N6). */
@QuarkusTest
class SplitInvoiceTest {

    private static final String HEX32 = "[0-9a-f]{32}";

    @Inject EntityManager em;
    @Inject InvoiceSplitOperation splitOperation;

    @AfterEach
    void configured() {
        Admin.resetAll();
    }

    static Map<String, Object> byAmount(Object... amounts) {
        List<Map<String, Object>> splits = new ArrayList<>();
        for (Object amount : amounts) {
            splits.add(Map.of("splitAmount", amount));
        }
        return Map.of("splitType", "Amount", "splits", splits);
    }

    static Map<String, Object> byPercentage(Object... percentages) {
        List<Map<String, Object>> splits = new ArrayList<>();
        for (Object percentage : percentages) {
            splits.add(Map.of("splitPercentage", percentage));
        }
        return Map.of("splitType", "Percentage", "splits", splits);
    }

    static ValidatableResponse split(String invoiceKey, Object body) {
        return api().body(body).put("/v1/invoices/" + invoiceKey + "/split").then();
    }

    static JsonPath splitDone(String invoiceKey, Object body) {
        return split(invoiceKey, body)
                .statusCode(200)
                .body("success", is(true))
                .body("jobStatus", is("Completed"))
                .extract()
                .jsonPath();
    }

    private static List<String> amountsOf(String invoiceId) {
        List<String> amounts = new ArrayList<>();
        for (Object amount :
                api().get("/v1/invoices/" + invoiceId + "/items?pageSize=40")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("invoiceItems.chargeAmount")) {
            amounts.add(Api.decimal(amount).toPlainString());
        }
        return amounts;
    }

    private static void assertRefused(
            String invoiceId, Object body, int status, String code, String message) {
        split(invoiceId, body)
                .statusCode(status)
                .body("success", is(false))
                .body("reasons[0].code", num(code))
                .body("reasons[0].message", containsString(message));
    }

    /** The invoice is as it was: Draft, not split, nothing made of it. */
    private void assertUnchanged(String invoiceId) {
        api().get("/v1/invoices/" + invoiceId)
                .then()
                .statusCode(200)
                .body("status", is("Draft"))
                .body("isSplit", is(false));
        assertEquals(0, splitInvoicesOf(invoiceId).size());
    }

    /** The invoices made by splitting the invoice's account's invoices. */
    @Transactional
    List<String> splitInvoicesOf(String invoiceId) {
        return em.createQuery(
                        "select s.id from Invoice s, Invoice o where o.id = ?1"
                                + " and s.accountId = o.accountId and s.isSplit = true"
                                + " order by s.invoiceNumber",
                        String.class)
                .setParameter(1, invoiceId)
                .getResultList();
    }

    @Test
    void splitsZuorasDocumentedSampleWithinTheRequest() {
        String account = Api.createAccount("USD", "Net 30");
        String original = Api.createDraftInvoice(account, "120.00", "10.00");
        String number =
                api().get("/v1/invoices/" + original).then().extract().path("invoiceNumber");
        Map<String, Object> request =
                Map.of(
                        "splitType",
                        "Amount",
                        "splits",
                        List.of(
                                Map.of(
                                        "splitAmount",
                                        50,
                                        "invoiceDate",
                                        "2026-02-01",
                                        "paymentTerm",
                                        "Due Upon Receipt"),
                                Map.of(
                                        "splitAmount",
                                        80,
                                        "invoiceDate",
                                        "2026-02-15",
                                        "paymentTerm",
                                        "Net 30")));

        JsonPath answer = splitDone(number, request);

        assertEquals(2, answer.getList("invoices").size());
        String first = answer.getString("invoices[0].id");
        String second = answer.getString("invoices[1].id");
        api().get("/v1/invoices/" + original)
                .then()
                .statusCode(200)
                .body("status", is("Split"))
                .body("isSplit", is(false))
                .body("amount", num("130"));
        api().get("/v1/invoices/" + first)
                .then()
                .statusCode(200)
                .body("status", is("Draft"))
                .body("isSplit", is(true))
                .body("invoiceNumber", is(answer.getString("invoices[0].invoiceNumber")))
                .body("amount", num("50"))
                .body("balance", num("50"))
                .body("invoiceDate", is("2026-02-01"))
                .body("paymentTerm", is("Due Upon Receipt"))
                .body("dueDate", is("2026-02-01"));
        api().get("/v1/invoices/" + second)
                .then()
                .body("amount", num("80"))
                .body("invoiceDate", is("2026-02-15"))
                .body("paymentTerm", is("Net 30"))
                .body("dueDate", is("2026-03-17"));
        assertEquals(List.of("46.15", "3.85"), amountsOf(first));
        assertEquals(List.of("73.85", "6.15"), amountsOf(second));
        assertEquals("2026-02-15", answer.getString("invoices[1].invoiceDate"));

        api().get("/v1/operations/jobs/" + answer.getString("jobId"))
                .then()
                .statusCode(200)
                .body("id", is(answer.getString("jobId")))
                .body("objectId", is(original))
                .body("objectType", is("Invoice"))
                .body("operationType", is("Split"))
                .body("status", is("Completed"))
                .body("success", is(true));
        assertTrue(answer.getString("id").matches(HEX32), answer.getString("id"));
        assertTrue(answer.getString("jobId").matches(HEX32), answer.getString("jobId"));
    }

    @Test
    void allocatesZuorasExampleByLargestRemainder() {
        String account = Api.createAccount("USD");
        String original = Api.createDraftInvoice(account, "120.00", "10.00");

        JsonPath answer = splitDone(original, byAmount("50", 50, "30.00"));

        List<String> expected = List.of("46.15|3.85", "46.16|3.84", "27.69|2.31");
        for (int j = 0; j < 3; j++) {
            String invoice = answer.getString("invoices[" + j + "].id");
            assertEquals(expected.get(j), String.join("|", amountsOf(invoice)));
        }
        assertEquals(List.of(50, 50, 30), answer.getList("invoices.amount", Integer.class));
    }

    @Test
    void splitsByPercentageWithTheOriginalsDatesAndTerm() {
        String account = Api.createAccount("USD", "Net 15");
        String original = Api.createDraftInvoice(account, "100.00", "-10.00");

        JsonPath answer =
                splitDone(original, byPercentage("33.333333333", 33.333333333, "33.333333334"));

        List<String> totals = List.of("30", "30", "30");
        List<String> lines = List.of("33.33|-3.33", "33.33|-3.33", "33.34|-3.34");
        for (int j = 0; j < 3; j++) {
            String invoice = answer.getString("invoices[" + j + "].id");
            api().get("/v1/invoices/" + invoice)
                    .then()
                    .body("amount", num(totals.get(j)))
                    .body("invoiceDate", is("2026-01-01"))
                    .body("paymentTerm", is("Net 15"))
                    .body("dueDate", is("2026-01-16"));
            assertEquals(lines.get(j), String.join("|", amountsOf(invoice)));
        }
    }

    @Test
    void copiesCustomFieldsAndSplitsZeroDecimalCurrencies() {
        String account = Api.createAccount("JPY");
        Map<String, Object> item = new HashMap<>();
        item.put("amount", 1001);
        item.put("serviceStartDate", "2026-01-01");
        item.put("Region__c", "EMEA");
        String original =
                api().body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "Project__c",
                                        "Apollo",
                                        "invoiceItems",
                                        List.of(item)))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");

        JsonPath answer = splitDone(original, byPercentage(50, 50));

        for (int j = 0; j < 2; j++) {
            String invoice = answer.getString("invoices[" + j + "].id");
            api().get("/v1/invoices/" + invoice).then().body("Project__c", is("Apollo"));
            api().get("/v1/invoices/" + invoice + "/items")
                    .then()
                    .body("invoiceItems[0].Region__c", is("EMEA"));
        }
        assertEquals(
                List.of("500", "501"),
                List.of(
                        answer.getString("invoices[0].amount"),
                        answer.getString("invoices[1].amount")));
    }

    @Test
    void refusesABadRequestAndChangesNothing() {
        String account = Api.createAccount("USD");
        String original = Api.createDraftInvoice(account, "120.00", "10.00");
        Object[] twentyOne = new Object[21];
        java.util.Arrays.fill(twentyOne, "1");
        List<Map<String, Object>> mixed =
                List.of(
                        Map.of("splitAmount", 65, "splitPercentage", 50),
                        Map.of("splitAmount", 65));

        assertRefused(original, byAmount(130), 400, "50000020", "between 2 and 20");
        assertRefused(original, byAmount(twentyOne), 400, "50000020", "between 2 and 20");
        List<Map<String, Object>> halves =
                List.of(Map.of("splitAmount", 65), Map.of("splitAmount", 65));
        assertRefused(original, Map.of("splits", halves), 400, "50000020", "splitType");
        assertRefused(
                original,
                Map.of("splitType", "Ratio", "splits", halves),
                400,
                "50000020",
                "splitType");
        assertRefused(
                original,
                Map.of("splitType", "Amount", "splits", mixed),
                400,
                "50000020",
                "splits[0].splitPercentage: not allowed");
        assertRefused(
                original,
                Map.of(
                        "splitType",
                        "Percentage",
                        "splits",
                        List.of(
                                Map.of("splitPercentage", 50),
                                Map.of("invoiceDate", "2026-02-01"))),
                400,
                "50000020",
                "splits[1].splitPercentage: is required");
        assertRefused(
                original,
                Map.of(
                        "splitType",
                        "Amount",
                        "splits",
                        List.of(
                                Map.of("splitAmount", 65, "paymentTerm", "Net Soon"),
                                Map.of("splitAmount", 65))),
                400,
                "50000020",
                "splits[0].paymentTerm");
        assertRefused(original, byAmount("65.001", "64.999"), 400, "50000020", "decimals");
        assertRefused(original, byAmount("1e2", 30), 400, "50000020", "splitAmount");
        assertRefused(original, byAmount(50, 50), 400, "50000030", "add up to 100");
        assertRefused(original, byAmount(130, 0), 400, "50000030", "minor unit");
        assertRefused(original, byAmount(140, -10), 400, "50000030", "minor unit");
        assertRefused(original, byPercentage(50, 49.5), 400, "50000030", "add up to 99.5");
        assertRefused(original, byPercentage(100, 0), 400, "50000030", "greater than 0");
        assertRefused(
                original,
                byPercentage("50.0000000001", "49.9999999999"),
                400,
                "50000030",
                "at most 9 decimals");
        assertRefused("INV-NONE", byAmount(65, 65), 404, "50000040", "INV-NONE");
        assertUnchanged(original);
    }

    @Test
    void refusesAnInvoiceThatIsNotDraft() {
        String account = Api.createAccount("USD");
        String posted =
                api().body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "status",
                                        "Posted",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        100,
                                                        "serviceStartDate",
                                                        "2026-01-01"))))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        assertRefused(posted, byPercentage(50, 50), 400, "50000030", "is Posted");

        String original = Api.createDraftInvoice(account, "100");
        splitDone(original, byPercentage(50, 50));
        // no Idempotency-Key on PUT (C3): the same request again is refused, not replayed
        api().header("Idempotency-Key", "split-once")
                .body(byPercentage(50, 50))
                .put("/v1/invoices/" + original + "/split")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000030"))
                .body("reasons[0].message", containsString("is Split"));
        assertEquals(2, splitInvoicesOf(original).size());
    }

    @Test
    void splitsALargeInvoiceByAJobPolledToCompleted() {
        Admin.manualJobs();
        String account = Api.createAccount("USD");
        String[] amounts = new String[InvoiceSplitOperation.SYNCHRONOUS_ITEMS + 1];
        java.util.Arrays.fill(amounts, "0.01");
        amounts[0] = "1.00";
        String original = Api.createDraftInvoice(account, amounts);

        JsonPath answer =
                split(original, byAmount("10.00", "11.00"))
                        .statusCode(200)
                        .body("success", is(true))
                        .body("jobStatus", is("Pending"))
                        .body("invoices", emptyIterable())
                        .body("jobId", matchesPattern(HEX32))
                        .extract()
                        .jsonPath();
        String job = "/v1/operations/jobs/" + answer.getString("jobId");
        api().get(job).then().statusCode(200).body("status", is("Pending"));
        // while pending, neither flow may split it; it is still Draft
        api().get("/v1/invoices/" + original).then().body("status", is("Draft"));
        assertRefused(original, byAmount("10.00", "11.00"), 400, "50000030", "being split");
        api().body(
                        Map.of(
                                "type",
                                "InvoiceSplit",
                                "objects",
                                List.of(Map.of("InvoiceId", original))))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("[0].Success", is(false))
                .body("[0].Errors[0].Message", containsString("being split"));

        assertEquals(
                List.of("SplitInvoice"), Admin.runJobs("{}").getList("ran.kind", String.class));

        api().get(job).then().body("status", is("Completed"));
        api().get("/v1/invoices/" + original).then().body("status", is("Split"));
        List<String> made = splitInvoicesOf(original);
        assertEquals(2, made.size());
        api().get("/v1/invoices/" + made.get(0)).then().body("amount", num("10"));
        api().get("/v1/invoices/" + made.get(1)).then().body("amount", num("11"));
        api().get("/v1/invoices/" + made.get(1) + "/items?page=51&pageSize=40")
                .then()
                .body("invoiceItems", hasSize(1))
                .body("nextPage", is((Object) null));
    }

    @Test
    void aJobThatGivesUpIsFailedAndTheInvoiceFreeAgain() {
        Admin.manualJobs();
        String account = Api.createAccount("USD");
        String[] amounts = new String[InvoiceSplitOperation.SYNCHRONOUS_ITEMS + 1];
        java.util.Arrays.fill(amounts, "1");
        String original = Api.createDraftInvoice(account, amounts);
        String job = split(original, byPercentage(50, 50)).statusCode(200).extract().path("jobId");

        // every attempt fails; the worker tries again after 2 s and 4 s, then gives up by itself
        io.quarkus.test.junit.QuarkusMock.installMockForType(
                new dev.zuoraemulator.split.FailingSplitOperationJob(splitOperation),
                SplitOperationJob.class);
        List<String> statuses = new java.util.ArrayList<>();
        for (String wait : List.of("PT0S", "PT3S", "PT5S")) {
            Admin.advanceClock(wait);
            statuses.addAll(Admin.runJobs("{}").getList("ran.status", String.class));
            api().get("/v1/invoices/" + original).then().body("status", is("Draft"));
        }
        assertEquals(List.of("Pending", "Pending", "Failed"), statuses);

        api().get("/v1/operations/jobs/" + job).then().body("status", is("Failed"));
        assertUnchanged(original);
        // free again: a new split is accepted
        split(original, byPercentage(50, 50)).statusCode(200).body("jobStatus", is("Pending"));
    }

    @Test
    void anotherEntityFindsNeitherTheInvoiceNorItsJob() {
        String original = Api.createDraftInvoice(Api.createAccount("USD"), "100");
        String job = splitDone(original, byPercentage(50, 50)).getString("jobId");
        String second = Api.secondEntityToken();
        RequestSpecification asSecond =
                given().header("Authorization", "Bearer " + second).contentType(ContentType.JSON);

        asSecond.get("/v1/operations/jobs/" + job).then().statusCode(404);
        asSecond.body(byPercentage(50, 50))
                .put("/v1/invoices/" + original + "/split")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"));
    }

    @Test
    void answersNotFoundForAnUnknownJob() {
        api().get("/v1/operations/jobs/0123456789abcdef0123456789abcdef")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"));
    }

    @Test
    void eitherFlowSplitsTheOthersSplitInvoices() {
        String account = Api.createAccount("USD");
        // the older flow's split invoice, split by the newer operation
        String old = Api.createDraftInvoice(account, "100");
        String oldSplit = Api.createSplit(old);
        List<String> oldMade =
                Api.awaitSplitInvoicesAfter(oldSplit, Api.createSplitItems(oldSplit, "60", "40"));
        api().get("/v1/invoices/" + oldMade.get(0)).then().body("isSplit", is(true));
        JsonPath again = splitDone(oldMade.get(0), byAmount(20, 40));
        api().get("/v1/invoices/" + again.getString("invoices[1].id"))
                .then()
                .body("amount", num("40"))
                .body("isSplit", is(true));

        // the newer operation's split invoice, split by the older flow
        String newer = Api.createDraftInvoice(account, "100");
        JsonPath made = splitDone(newer, byPercentage(50, 50));
        String child = made.getString("invoices[0].id");
        String childSplit = Api.createSplit(child);
        List<String> grandChildren =
                Api.awaitSplitInvoicesAfter(
                        childSplit, Api.createSplitItems(childSplit, "70", "30"));
        api().get("/v1/invoices/" + grandChildren.get(0))
                .then()
                .body("amount", num("35"))
                .body("isSplit", is(true));
        api().get("/v1/invoices/" + child).then().statusCode(404); // S1 for the older flow
    }

    @Test
    void aSplitInvoiceIsRefusedByTheOlderFlowAndAGoneOneByTheNewer() {
        String account = Api.createAccount("USD");
        String invoice = Api.createDraftInvoice(account, "100");
        String earlier = Api.createSplit(invoice); // created while the invoice is Draft
        Api.createSplitItems(earlier, "50", "50");
        splitDone(invoice, byPercentage(50, 50));

        // the older flow answers its per-id errors (S3)
        api().body(Map.of("ids", List.of(earlier), "synchronous", false, "type", "InvoiceSplit"))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", is(false))
                .body("[0].Errors[0].Code", is("INVALID_VALUE"))
                .body("[0].Errors[0].Message", containsString("is Split"));
        api().body(Map.of("type", "InvoiceSplit", "objects", List.of(Map.of("InvoiceId", invoice))))
                .post("/v1/action/create")
                .then()
                .body("[0].Success", is(false))
                .body("[0].Errors[0].Message", containsString("is Split"));

        // an invoice the older flow split no longer exists (S1): 404 for the newer operation
        String gone = Api.createDraftInvoice(account, "100");
        String old = Api.createSplit(gone);
        Api.awaitSplitInvoicesAfter(old, Api.createSplitItems(old, "50", "50"));
        assertRefused(gone, byPercentage(50, 50), 404, "50000040", gone);

        // and one an executed InvoiceSplit is splitting is refused until that is done
        Admin.manualJobs();
        String pending = Api.createDraftInvoice(account, "100");
        String executed = Api.createSplit(pending);
        Api.createSplitItems(executed, "50", "50");
        Api.execute(executed);
        assertRefused(pending, byPercentage(50, 50), 400, "50000030", executed);
        api().get("/v1/invoices/" + pending).then().body("status", not(is("Split")));
    }

    @Test
    void amountsMayBeStrings() {
        String account = Api.createAccount("USD");
        String original = Api.createDraftInvoice(account, "10.00");
        JsonPath answer = splitDone(original, byAmount("3.33", "6.67"));
        assertEquals(
                List.of(new BigDecimal("3.33"), new BigDecimal("6.67")),
                answer.getList("invoices.amount").stream().map(Api::decimal).toList());
    }
}
