package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Decisions L1 and L5 end to end: status changes of one invoice, and split invoices as a group made
 * by either flow: posting, unposting and cancelling one reaches the others; deletion and re-split
 * follow the group's state; concurrent posts of two members post the group once.
 */
@QuarkusTest
class InvoiceLifecycleFlowsTest {

    static ValidatableResponse crud(String id, Object body) {
        return api().body(body).put("/v1/object/invoice/" + id).then();
    }

    static ValidatableResponse setStatus(String id, String status) {
        return crud(id, Map.of("Status", status));
    }

    static String status(String id) {
        return api().get("/v1/invoices/" + id).then().statusCode(200).extract().path("status");
    }

    static List<String> statuses(List<String> ids) {
        return ids.stream().map(InvoiceLifecycleFlowsTest::status).toList();
    }

    /** The older flow: an InvoiceSplit of 50/50, executed, its two invoices. */
    static List<String> splitByActions(String invoiceId) {
        String split = Api.createSplit(invoiceId);
        return Api.awaitSplitInvoicesAfter(split, Api.createSplitItems(split, "50", "50"));
    }

    /** The newer flow: the invoice split 50/50 within the request, its two invoices. */
    static List<String> splitByPut(String invoiceId) {
        return api().body(
                        Map.of(
                                "splitType",
                                "Percentage",
                                "splits",
                                List.of(
                                        Map.of("splitPercentage", 50),
                                        Map.of("splitPercentage", 50))))
                .put("/v1/invoices/" + invoiceId + "/split")
                .then()
                .statusCode(200)
                .extract()
                .path("invoices.id");
    }

    @Test
    void aDraftIsPostedUnpostedAndCanceledAndNothingElse() {
        String account = Api.createAccount("USD");
        String id = Api.createDraftInvoice(account, "100.00");
        setStatus(id, "Posted").statusCode(200).body("Success", is(true)).body("Id", is(id));
        api().get("/v1/invoices/" + id)
                .then()
                .body("status", is("Posted"))
                .body("postedDate", notNullValue())
                .body("postedBy", notNullValue());
        // the same status again, Posted → Canceled: refused in the CRUD shape, nothing changes
        setStatus(id, "Posted")
                .statusCode(400)
                .body("Success", is(false))
                .body("Errors[0].Code", is("INVALID_VALUE"))
                .body("Errors[0].Message", is("Only invoices with Draft status can be posted."));
        setStatus(id, "Canceled").statusCode(400).body("Errors[0].Code", is("INVALID_VALUE"));
        assertEquals("Posted", status(id));
        setStatus(id, "Draft").statusCode(200);
        api().get("/v1/invoices/" + id)
                .then()
                .body("status", is("Draft"))
                .body("postedDate", nullValue())
                .body("postedBy", nullValue());
        setStatus(id, "Draft").statusCode(400);
        setStatus(id, "Canceled").statusCode(200);
        for (String asked : List.of("Draft", "Posted", "Canceled")) {
            setStatus(id, asked).statusCode(400).body("Errors[0].Code", is("INVALID_VALUE"));
        }
        assertEquals("Canceled", status(id));
    }

    @Test
    void onlyTheStatusChangesThroughCrud() {
        String id = Api.createDraftInvoice(Api.createAccount("USD"), "10.00");
        crud(id, Map.of("Status", "Posted", "Comments", "x"))
                .statusCode(400)
                .body("Errors[0].Code", is("INVALID_VALUE"));
        crud(id, Map.of("Comments", "x")).statusCode(400);
        crud(id, Map.of()).statusCode(400).body("Errors[0].Code", is("MISSING_REQUIRED_VALUE"));
        crud(id, Map.of("Status", "Split")).statusCode(400);
        crud(id, Map.of("Status", "Posted", "Note__c", "x")).statusCode(400);
        assertEquals("Draft", status(id));
        setStatus("0123456789abcdef0123456789abcdef", "Posted")
                .statusCode(404)
                .body("Errors[0].Code", is("INVALID_ID"));
    }

    @Test
    void onlyTheAccountsLatestPostedInvoiceIsUnposted() {
        String account = Api.createAccount("USD");
        String first = Api.createDraftInvoice(account, "10.00");
        String second = Api.createDraftInvoice(account, "20.00");
        setStatus(first, "Posted").statusCode(200);
        setStatus(second, "Posted").statusCode(200);
        // same date: the higher number is the later one
        setStatus(first, "Draft")
                .statusCode(400)
                .body("Errors[0].Message", org.hamcrest.Matchers.containsString("latest"));
        setStatus(second, "Draft").statusCode(200);
        setStatus(first, "Draft").statusCode(200);
    }

    @Test
    void theOlderFlowsSplitInvoicesArePostedUnpostedAndCanceledAsAGroup() {
        String account = Api.createAccount("USD");
        String other = Api.createDraftInvoice(account, "5.00");
        List<String> group = splitByActions(Api.createDraftInvoice(account, "100.00"));
        setStatus(group.get(1), "Posted").statusCode(200);
        assertEquals(List.of("Posted", "Posted"), statuses(group));
        assertEquals("Draft", status(other), "another invoice of the account is not in the group");
        // re-splitting a posted member is refused (L5)
        api().body(
                        Map.of(
                                "type",
                                "InvoiceSplit",
                                "objects",
                                List.of(Map.of("InvoiceId", group.get(0)))))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("[0].Success", is(false));
        setStatus(group.get(0), "Draft").statusCode(200);
        assertEquals(List.of("Draft", "Draft"), statuses(group));
        setStatus(group.get(0), "Canceled").statusCode(200);
        assertEquals(List.of("Canceled", "Canceled"), statuses(group));
        // a canceled split invoice is deleted on its own
        api().delete("/v1/invoices/" + group.get(0))
                .then()
                .statusCode(200)
                .body("jobStatus", is("Completed"));
        api().get("/v1/invoices/" + group.get(0)).then().statusCode(404);
        assertEquals("Canceled", status(group.get(1)));
    }

    @Test
    void theNewerFlowsOriginalIsCanceledWithItsSplitInvoices() {
        String account = Api.createAccount("USD");
        String original = Api.createDraftInvoice(account, "100.00");
        List<String> group = splitByPut(original);
        setStatus(original, "Posted").statusCode(400);
        setStatus(original, "Canceled").statusCode(400);
        setStatus(group.get(0), "Posted").statusCode(200);
        assertEquals(List.of("Posted", "Posted"), statuses(group));
        assertEquals("Split", status(original));
        api().body(
                        Map.of(
                                "splitType",
                                "Percentage",
                                "splits",
                                List.of(
                                        Map.of("splitPercentage", 50),
                                        Map.of("splitPercentage", 50))))
                .put("/v1/invoices/" + group.get(1) + "/split")
                .then()
                .statusCode(400)
                .body("reasons[0].code", is(50000030));
        setStatus(group.get(1), "Draft").statusCode(200);
        setStatus(group.get(1), "Canceled").statusCode(200);
        assertEquals(List.of("Canceled", "Canceled"), statuses(group));
        assertEquals("Canceled", status(original));
        api().delete("/v1/invoices/" + group.get(1)).then().statusCode(200);
        api().delete("/v1/invoices/" + original).then().statusCode(200);
        api().get("/v1/invoices/" + original).then().statusCode(404);
        assertEquals("Canceled", status(group.get(0)));
    }

    @Test
    void cancellingReachesWhatAMemberWasSplitIntoAgain() {
        String account = Api.createAccount("USD");
        String original = Api.createDraftInvoice(account, "100.00");
        List<String> group = splitByPut(original);
        List<String> subGroup = splitByPut(group.get(0));
        // posting a member of the sub-group posts its own group only
        setStatus(subGroup.get(0), "Posted").statusCode(200);
        assertEquals(List.of("Posted", "Posted"), statuses(subGroup));
        assertEquals("Draft", status(group.get(1)));
        // cancelling around a posted sub-group would leave it posted: refused, nothing changes
        setStatus(group.get(1), "Canceled")
                .statusCode(400)
                .body("Errors[0].Message", org.hamcrest.Matchers.containsString("unpost it first"));
        assertEquals(
                List.of("Split", "Split", "Draft"),
                statuses(List.of(original, group.get(0), group.get(1))));
        setStatus(subGroup.get(1), "Draft").statusCode(200);
        setStatus(group.get(1), "Canceled").statusCode(200);
        assertEquals(
                List.of("Canceled", "Canceled", "Canceled", "Canceled", "Canceled"),
                statuses(
                        List.of(
                                original,
                                group.get(0),
                                group.get(1),
                                subGroup.get(0),
                                subGroup.get(1))));
    }

    @Test
    void concurrentPostsOfTwoMembersPostTheGroupOnce() throws Exception {
        String account = Api.createAccount("USD");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                List<String> group =
                        round % 2 == 0
                                ? splitByPut(Api.createDraftInvoice(account, "100.00"))
                                : splitByActions(Api.createDraftInvoice(account, "100.00"));
                Api.token();
                List<Callable<Integer>> posts = new ArrayList<>();
                for (String member : group) {
                    posts.add(() -> setStatus(member, "Posted").extract().statusCode());
                }
                List<Integer> answers = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(posts)) {
                    answers.add(f.get());
                }
                answers.sort(null);
                assertEquals(List.of(200, 400), answers, "round " + round);
                assertEquals(List.of("Posted", "Posted"), statuses(group));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
