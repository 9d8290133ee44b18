package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's pages over the emulator's state, its forms' CSRF check, and escaping. */
@QuarkusTest
class ConsoleTest {

    private static final String CONSOLE = "/emulator/console";

    @BeforeEach
    void reset() {
        Admin.resetAll();
    }

    /** A console page and the CSRF token its forms carry (the cookie the page set). */
    private record Page(String html, String csrf) {}

    private static Page open(String path) {
        Response response = given().redirects().follow(false).get(CONSOLE + path);
        assertEquals(200, response.statusCode(), path + ": " + response.asString());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        return new Page(response.asString(), response.cookie("emulator_console_csrf"));
    }

    private static int journalRows(String path) {
        return open(path).html().split("href=\"/emulator/console/journal/", -1).length - 1;
    }

    private static Response submit(String path, String csrf, Map<String, String> form) {
        var request =
                given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        if (csrf != null) {
            request.cookie("emulator_console_csrf", csrf).formParam("csrf", csrf);
        }
        form.forEach(request::formParam);
        return request.post(CONSOLE + path);
    }

    @Test
    void listsComeAPageAtATimeWithALinkToTheNext() {
        String account = Api.createAccount("USD");
        List<String> invoices = new java.util.ArrayList<>();
        for (int i = 0; i < 27; i++) {
            invoices.add(Api.createDraftInvoice(account, "1.00"));
        }
        String first = open("/accounts/" + account).html();
        String next = first.replaceAll("(?s).*id=\"next\" href=\"([^\"]+)\".*", "$1");
        assertTrue(next.startsWith(CONSOLE + "/accounts/" + account + "?before="), next);
        String second = open(next.substring(CONSOLE.length())).html();
        // newest first: the 25 newest on the first page, the 2 oldest on the second, none twice
        for (int i = 0; i < invoices.size(); i++) {
            boolean onFirst = first.contains(invoices.get(i));
            boolean onSecond = second.contains(invoices.get(i));
            assertTrue(onFirst != onSecond, "invoice " + i + " on one page exactly");
            assertEquals(i < 2, onSecond, "invoice " + i);
        }
        assertTrue(!second.contains("id=\"next\""), "a last page without a next link");

        // an invoice's items: 100 a page
        String[] amounts = new String[150];
        java.util.Arrays.fill(amounts, "0.01");
        String big = Api.createDraftInvoice(account, amounts);
        String items = open("/invoices/" + big).html();
        assertTrue(items.contains("<td>100</td>") && !items.contains("<td>101</td>"), "page 1");
        assertTrue(items.contains("?itemsPage=2"), "a link to the next items");
        String more = open("/invoices/" + big + "?itemsPage=2").html();
        assertTrue(more.contains("<td>101</td>") && more.contains("<td>150</td>"), "page 2");
        assertTrue(!more.contains("?itemsPage=3"), "no third page");
    }

    @Test
    void splitsOfBothFlowsAndSchedulesWithTheirBillRuns() {
        String account = Api.createAccount("USD");
        String split = Api.createSplit(Api.createDraftInvoice(account, "100.00"));
        List<String> items = Api.createSplitItems(split, "60", "40");
        Api.execute(split);
        List<String> made = Api.awaitSplitInvoices(items);
        String newer = Api.createDraftInvoice(account, "50.00");
        Api.api()
                .body(
                        Map.of(
                                "splitType",
                                "Percentage",
                                "splits",
                                List.of(
                                        Map.of("splitPercentage", 50),
                                        Map.of("splitPercentage", 50))))
                .put("/v1/invoices/" + newer + "/split")
                .then()
                .statusCode(200);
        String splits = open("/splits").html();
        assertTrue(splits.contains(split) && splits.contains(newer), splits);
        String detail = open("/splits/" + split).html();
        for (String invoice : made) {
            assertTrue(detail.contains("/emulator/console/invoices/" + invoice), detail);
        }
        given().get(CONSOLE + "/splits/nothing").then().statusCode(404);

        String schedule =
                Api.createSchedule(account, Map.of("amount", 30, "runDate", "2026-02-01"));
        String billRun =
                Api.api()
                        .body(Map.of())
                        .post("/v1/invoice-schedules/" + schedule + "/execute")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> open("/schedules/" + schedule).html().contains("<td>Completed</td>"));
        String page = open("/schedules/" + schedule).html();
        assertTrue(page.contains(billRun) && page.contains("<td>Processed</td>"), page);
        assertTrue(open("/schedules").html().contains(schedule));
        given().get(CONSOLE + "/schedules/nothing").then().statusCode(404);
    }

    @Test
    void listsShowOneEntityWhenAsked() {
        String first = Api.createAccount("USD");
        String second =
                given().header("Authorization", "Bearer " + Api.secondEntityToken())
                        .contentType("application/json")
                        .body(
                                Map.of(
                                        "name", "Second",
                                        "currency", "USD",
                                        "billToContact", Map.of("firstName", "A", "lastName", "B")))
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        String both = open("/accounts").html();
        assertTrue(both.contains(first) && both.contains(second), both);
        String secondOnly = open("/accounts?entity=" + EntitiesTest.SECOND).html();
        assertTrue(secondOnly.contains(second) && !secondOnly.contains(first), secondOnly);
        // the journal: both accounts were created, one in each entity
        assertEquals(2, journalRows("/journal?operationId=POST_Account"));
        assertEquals(
                1, journalRows("/journal?operationId=POST_Account&entity=" + EntitiesTest.SECOND));
        for (String page : List.of("/splits", "/schedules")) {
            open(page + "?entity=" + EntitiesTest.SECOND);
        }
    }

    @Test
    void everyPageAnswersOverAnEmptyEmulator() {
        for (String path :
                List.of(
                        "",
                        "/accounts",
                        "/splits",
                        "/schedules",
                        "/jobs",
                        "/jobs?status=Pending",
                        "/clock",
                        "/journal",
                        "/faults",
                        "/callouts",
                        "/snapshots")) {
            Page page = open(path);
            assertTrue(page.html().contains("Zuora emulator"), path);
            assertEquals(32, page.csrf().length(), path);
        }
        given().get(CONSOLE + "/invoices/nothing").then().statusCode(404);
        given().get(CONSOLE + "/accounts/nothing").then().statusCode(404);
        given().get(CONSOLE + "/journal/999999").then().statusCode(404);
        given().get(CONSOLE + "/jobs?status=Sleeping").then().statusCode(400);
    }

    @Test
    void whatAClientStoredIsShownAsTextNeverAsMarkup() {
        String account = Api.createAccount("USD");
        String invoice =
                Api.api()
                        .body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "Note__c",
                                        "<script>alert('field')</script>",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        "12.50",
                                                        "serviceStartDate",
                                                        "2026-01-01",
                                                        "description",
                                                        "<img src=x onerror=alert(1)>"))))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        String html = open("/invoices/" + invoice).html();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;field&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertTrue(!html.contains("<script>alert") && !html.contains("<img src=x"), html);
        assertTrue(html.contains("<td>12.5</td>"), html);
        // the account lists it; its number finds it
        assertTrue(open("/accounts/" + account).html().contains(invoice), "account page");
        String number =
                Api.api().get("/v1/invoices/" + invoice).then().extract().path("invoiceNumber");
        given().redirects()
                .follow(false)
                .queryParam("q", number)
                .get(CONSOLE + "/search")
                .then()
                .statusCode(303)
                .header("Location", containsString(CONSOLE + "/invoices/" + invoice));
    }

    @Test
    void aFormWithoutTheTokenChangesNothing() {
        Admin.setClock("2027-01-01T00:00:00Z", true);
        Map<String, String> advance = Map.of("action", "advance", "duration", "P1D");
        Response refused = submit("/clock", null, advance);
        assertEquals(403, refused.statusCode());
        // a token of another browser (its own cookie, a copied field) does not pass either
        Response forged =
                given().redirects()
                        .follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .cookie("emulator_console_csrf", "a".repeat(32))
                        .formParam("csrf", "b".repeat(32))
                        .formParams(advance)
                        .post(CONSOLE + "/clock");
        assertEquals(403, forged.statusCode());
        Admin.admin()
                .get("/emulator/v1/clock")
                .then()
                .body("now", containsString("2027-01-01T00:00:00"));

        String csrf = open("/clock").csrf();
        Response done = submit("/clock", csrf, advance);
        assertEquals(303, done.statusCode());
        assertEquals(CONSOLE + "/clock", java.net.URI.create(done.header("Location")).getPath());
        Admin.admin()
                .get("/emulator/v1/clock")
                .then()
                .body("now", containsString("2027-01-02T00:00:00"));
        assertTrue(open("/clock").html().contains("2027-01-02T00:00:00Z"));
        // a refusal of the service is a page saying why, not a 500
        Response bad = submit("/clock", csrf, Map.of("action", "advance", "duration", "tomorrow"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("duration"), bad.asString());
        Admin.admin().delete("/emulator/v1/clock").then().statusCode(200);
    }

    @Test
    void pendingWorkIsRunFromTheJobsPage() {
        Admin.manualJobs();
        String account = Api.createAccount("USD");
        String split = Api.createSplit(Api.createDraftInvoice(account, "100.00"));
        List<String> items = Api.createSplitItems(split, "50", "50");
        Api.execute(split);
        Page jobs = open("/jobs?status=Pending");
        assertTrue(jobs.html().contains(split), jobs.html());
        Response ran = submit("/jobs/run", jobs.csrf(), Map.of());
        assertEquals(303, ran.statusCode());
        String done = open("/jobs?status=Done").html();
        assertTrue(
                done.contains(split) && done.contains("<td class=\"status-Done\">Done</td>"), done);
        assertTrue(done.contains("<td>InvoiceSplit</td>"), done);
        assertTrue(!open("/jobs?status=Pending").html().contains(split));
        // the split invoices are there, and each shows its group
        String invoice = Api.awaitSplitInvoices(items).get(0);
        String page = open("/invoices/" + invoice).html();
        assertTrue(page.contains("Split group"), page);
        given().redirects()
                .follow(false)
                .cookie("emulator_console_csrf", jobs.csrf())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", jobs.csrf())
                .formParam("mode", "auto")
                .post(CONSOLE + "/jobs/mode")
                .then()
                .statusCode(303);
        Admin.admin()
                .get("/emulator/v1/jobs/mode")
                .then()
                .body("mode", org.hamcrest.Matchers.is("auto"));
    }

    @Test
    void theJournalFindsARequestByItsKeyAndShowsHowToReplayIt() {
        String account = Api.createAccount("USD");
        Api.api()
                .header("Idempotency-Key", "console-key-1")
                .header("Zuora-Track-Id", "console-track")
                .body(
                        Map.of(
                                "accountId",
                                account,
                                "invoiceDate",
                                "2026-01-01",
                                "invoiceItems",
                                List.of(Map.of("amount", 5, "serviceStartDate", "2026-01-01"))))
                .post("/v1/invoices")
                .then()
                .statusCode(200);
        String list = open("/journal?idempotencyKey=console-key-1").html();
        assertTrue(list.contains("POST_StandaloneInvoice"), list);
        assertTrue(!list.contains("POST_Account"), "the filter left other requests in");
        assertTrue(open("/journal?trackId=console-track").html().contains("console-key-1"));
        String sequence =
                list.replaceAll("(?s).*href=\"/emulator/console/journal/(\\d+)\".*", "$1");
        String entry = open("/journal/" + sequence).html();
        assertTrue(entry.contains("curl -i -X POST"), entry);
        assertTrue(entry.contains("Idempotency-Key: console-key-1"), entry);
        assertTrue(entry.contains("&quot;accountId&quot;"), entry);
        // the console's own requests are not journaled, as the test controls' are not
        given().get(CONSOLE + "/journal").then().body(not(containsString("GET /emulator/console")));
    }
}
