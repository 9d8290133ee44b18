package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Decisions L2, L3, L4 and L6: bulk-post with its per-entry results, the invoice update, deletion
 * within the request and by a job, and an account's invoice list walked page by page.
 */
@QuarkusTest
class InvoiceOperationsTest {

    private static Map<String, Object> bulk(Object... entries) {
        return Map.of("invoices", List.of(entries));
    }

    @Test
    void bulkPostAnswersEachEntryAndKeepsGoing() {
        String account = Api.createAccount("USD");
        String draft = Api.createDraftInvoice(account, "10.00");
        String posted = Api.createDraftInvoice(account, "20.00");
        InvoiceLifecycleFlowsTest.setStatus(posted, "Posted").statusCode(200);
        List<String> group =
                InvoiceLifecycleFlowsTest.splitByPut(Api.createDraftInvoice(account, "30.00"));
        api().body(
                        bulk(
                                Map.of("id", draft, "invoiceDate", "2026-02-01"),
                                Map.of("id", posted),
                                Map.of("id", group.get(0)),
                                Map.of("id", group.get(1)),
                                Map.of("id", "0123456789abcdef0123456789abcdef")))
                .post("/v1/invoices/bulk-post")
                .then()
                .statusCode(200)
                .body("success", is(true))
                .body("invoices", hasSize(5))
                .body("invoices[0].success", is(true))
                .body("invoices[0].id", is(draft))
                .body("invoices[0].reasons", nullValue())
                .body("invoices[1].success", is(false))
                .body("invoices[1].reasons[0].code", is(59210020))
                .body(
                        "invoices[1].reasons[0].message",
                        is("Only invoices with Draft status can be posted."))
                .body("invoices[1].processId", notNullValue())
                .body("invoices[2].success", is(true))
                // posted with the group by the entry before it
                .body("invoices[3].reasons[0].code", is(59210020))
                .body("invoices[4].reasons[0].code", is(50000040));
        api().get("/v1/invoices/" + draft)
                .then()
                .body("status", is("Posted"))
                .body("invoiceDate", is("2026-02-01"));
        assertEquals(List.of("Posted", "Posted"), InvoiceLifecycleFlowsTest.statuses(group));
    }

    @Test
    void bulkPostOfNoneOrMoreThanFiftyIsRefusedWhole() {
        String draft = Api.createDraftInvoice(Api.createAccount("USD"), "10.00");
        List<Object> many = new ArrayList<>();
        many.add(Map.of("id", draft));
        for (int i = 0; i < 50; i++) {
            many.add(Map.of("id", "x" + i));
        }
        api().body(Map.of("invoices", many))
                .post("/v1/invoices/bulk-post")
                .then()
                .statusCode(400)
                .body("reasons[0].code", is(50000020));
        api().body(Map.of("invoices", List.of()))
                .post("/v1/invoices/bulk-post")
                .then()
                .statusCode(400);
        api().body(Map.of()).post("/v1/invoices/bulk-post").then().statusCode(400);
        api().body(bulk(Map.of("invoiceDate", "2026-01-01")))
                .post("/v1/invoices/bulk-post")
                .then()
                .statusCode(400);
        assertEquals("Draft", InvoiceLifecycleFlowsTest.status(draft));
    }

    @Test
    void anUpdateChangesFieldsAndDatesOnlyWhereTheStatusAllows() {
        String account = Api.createAccount("USD", "Net 30");
        String id = Api.createDraftInvoice(account, "10.00");
        String number = api().get("/v1/invoices/" + id).then().extract().path("invoiceNumber");
        api().body(Map.of("invoiceDate", "2026-02-01"))
                .put("/v1/invoices/" + number)
                .then()
                .statusCode(200)
                .body("invoiceDate", is("2026-02-01"))
                .body("dueDate", is("2026-03-03"));
        api().body(Map.of("invoiceDate", "2026-02-01", "dueDate", "2026-04-01"))
                .put("/v1/invoices/" + id)
                .then()
                .statusCode(400)
                .body("reasons[0].code", is(50000020));
        api().body(Map.of("dueDate", "2026-01-01"))
                .put("/v1/invoices/" + id)
                .then()
                .statusCode(400);
        InvoiceLifecycleFlowsTest.setStatus(id, "Posted").statusCode(200);
        api().body(Map.of("dueDate", "2026-04-01"))
                .put("/v1/invoices/" + id)
                .then()
                .statusCode(400)
                .body("reasons[0].code", is(50000030));
        api().body(
                        Map.of(
                                "comments", "for the two cost centres",
                                "autoPay", true,
                                "transferredToAccounting", "Yes",
                                "Region__c", "EU"))
                .put("/v1/invoices/" + id)
                .then()
                .statusCode(200)
                .body("status", is("Posted"))
                .body("comments", is("for the two cost centres"))
                .body("autoPay", is(true))
                .body("transferredToAccounting", is("Yes"))
                .body("Region__c", is("EU"))
                .body("dueDate", is("2026-03-03"));
        api().body(Map.of("transferredToAccounting", "Maybe"))
                .put("/v1/invoices/" + id)
                .then()
                .statusCode(400);
        api().body(Map.of("comments", "x".repeat(256)))
                .put("/v1/invoices/" + id)
                .then()
                .statusCode(400);
        InvoiceLifecycleFlowsTest.setStatus(id, "Draft").statusCode(200);
        InvoiceLifecycleFlowsTest.setStatus(id, "Canceled").statusCode(200);
        api().body(Map.of("comments", "late"))
                .put("/v1/invoices/" + id)
                .then()
                .statusCode(400)
                .body("reasons[0].code", is(50000030));
        api().get("/v1/invoices/" + id).then().body("comments", is("for the two cost centres"));
        api().body(Map.of("comments", "x"))
                .put("/v1/invoices/0123456789abcdef0123456789abcdef")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyACanceledInvoiceIsDeletedAndItsNumberIsNeverGivenAgain() {
        String account = Api.createAccount("USD");
        String id = Api.createDraftInvoice(account, "10.00");
        String number = api().get("/v1/invoices/" + id).then().extract().path("invoiceNumber");
        api().delete("/v1/invoices/" + id)
                .then()
                .statusCode(400)
                .body("reasons[0].code", is(50000030))
                .body("reasons[0].message", containsString("Canceled"));
        InvoiceLifecycleFlowsTest.setStatus(id, "Canceled").statusCode(200);
        JsonPath deleted =
                api().delete("/v1/invoices/" + number)
                        .then()
                        .statusCode(200)
                        .body("id", is(id))
                        .body("jobStatus", is("Completed"))
                        .body("success", is(true))
                        .extract()
                        .jsonPath();
        api().get("/v1/operations/jobs/" + deleted.getString("jobId"))
                .then()
                .body("operationType", is("Delete"))
                .body("status", is("Completed"))
                .body("objectId", is(id));
        api().get("/v1/invoices/" + id).then().statusCode(404);
        api().delete("/v1/invoices/" + id).then().statusCode(404);
        api().body(Map.of("queryString", "select Id from Invoice where Id = '" + id + "'"))
                .post("/v1/action/query")
                .then()
                .body("size", is(0));
        api().get("/v1/transactions/invoices/accounts/" + account)
                .then()
                .body("invoices", hasSize(0));
        String next = Api.createDraftInvoice(account, "1.00");
        String nextNumber =
                api().get("/v1/invoices/" + next).then().extract().path("invoiceNumber");
        assertTrue(nextNumber.compareTo(number) > 0, nextNumber + " after " + number);
    }

    @Test
    void aLargeInvoiceIsDeletedByAJobAndARetryAnswersTheSameJob() {
        String account = Api.createAccount("USD");
        String[] amounts = new String[100];
        java.util.Arrays.fill(amounts, "1.00");
        String id = Api.createDraftInvoice(account, amounts);
        InvoiceLifecycleFlowsTest.setStatus(id, "Canceled").statusCode(200);
        Admin.manualJobs();
        try {
            String job =
                    api().delete("/v1/invoices/" + id)
                            .then()
                            .statusCode(200)
                            .body("jobStatus", is("Pending"))
                            .extract()
                            .path("jobId");
            api().delete("/v1/invoices/" + id).then().statusCode(200).body("jobId", is(job));
            api().get("/v1/operations/jobs/" + job).then().body("status", is("Pending"));
            assertEquals("Canceled", InvoiceLifecycleFlowsTest.status(id));
            Admin.runJobs("{}");
            api().get("/v1/operations/jobs/" + job).then().body("status", is("Completed"));
            api().get("/v1/invoices/" + id).then().statusCode(404);
            api().get("/v1/invoices/" + id + "/items").then().statusCode(404);
        } finally {
            Admin.admin()
                    .body("{\"mode\": \"auto\"}")
                    .put("/emulator/v1/jobs/mode")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void followingNextPageGivesEveryInvoiceOnceNewestFirst() {
        String account = Api.createAccount("USD");
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 45; i++) {
            made.add(Api.createDraftInvoice(account, "1.00"));
        }
        String firstMade = made.iterator().next();
        // the latest update comes first
        InvoiceLifecycleFlowsTest.setStatus(firstMade, "Posted").statusCode(200);
        List<String> seen = new ArrayList<>();
        String url = "/v1/transactions/invoices/accounts/" + account + "?pageSize=20";
        int pages = 0;
        while (url != null) {
            JsonPath page = api().get(url).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("invoices.id"));
            url = page.getString("nextPage");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(45, seen.size());
        assertEquals(made, new HashSet<>(seen));
        assertEquals(firstMade, seen.get(0));
        api().get("/v1/transactions/invoices/accounts/" + account + "?pageSize=100")
                .then()
                .body("invoices", hasSize(40))
                .body("nextPage", containsString("page=2"))
                .body("invoices[0].accountId", is(account))
                .body("invoices[0].status", is("Posted"))
                .body("invoices[0].invoiceItems", hasSize(1))
                .body("invoices[0].invoiceFiles", hasSize(0))
                .body("invoices[0].reversed", is(false))
                .body("invoices[0].amount", Api.num("1.00"));
        api().get("/v1/transactions/invoices/accounts/" + account + "?page=0")
                .then()
                .statusCode(400);
        api().get("/v1/transactions/invoices/accounts/" + account + "?page=3")
                .then()
                .statusCode(200)
                .body("invoices", hasSize(5))
                .body("nextPage", nullValue());
        api().get("/v1/transactions/invoices/accounts/nobody").then().statusCode(404);
    }
}
