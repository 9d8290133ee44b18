package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static dev.zuoraemulator.rest.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaultsTest {

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    @AfterEach
    void configured() {
        Admin.resetAll();
    }

    private static String addFault(Object rule) {
        return admin().body(rule)
                .post("/emulator/v1/faults")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    private static JsonPath faults() {
        return admin().get("/emulator/v1/faults").then().statusCode(200).extract().jsonPath();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + Api.token())
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLostAnswerIsReplayedThroughItsKeyAndTheSplitRunsOnce() throws Exception {
        String account = Api.createAccount("USD");
        String invoice = Api.createDraftInvoice(account, "100.00", "50.00");
        String split = Api.createSplit(invoice);
        List<String> items = Api.createSplitItems(split, "30", "70");
        addFault(
                Map.of(
                        "operationId",
                        "Action_POSTexecute",
                        "when",
                        "after",
                        "network",
                        "connectionReset",
                        "times",
                        1));
        String execute =
                "{\"type\":\"InvoiceSplit\",\"ids\":[\"" + split + "\"],\"synchronous\":false}";

        assertThrows(
                IOException.class,
                () -> send("POST", "/v1/action/execute", execute, "Idempotency-Key", "lost-1"));
        HttpResponse<String> retry =
                send("POST", "/v1/action/execute", execute, "Idempotency-Key", "lost-1");
        assertEquals(200, retry.statusCode());
        assertEquals("[{\"Id\":\"" + split + "\",\"Success\":true}]", retry.body());

        List<String> invoices = Api.awaitSplitInvoices(items);
        assertEquals(2, invoices.size());
        admin().queryParam("status", "Done")
                .get("/emulator/v1/jobs")
                .then()
                .body("jobs.findAll { it.objectId == '" + split + "' }", hasSize(1));
        assertEquals(1, faults().getInt("faults[0].hits"));
        assertEquals(false, faults().getBoolean("faults[0].active"));
        // the journal shows the request that ran and the replay
        admin().queryParam("operationId", "Action_POSTexecute")
                .get("/emulator/v1/requests/count")
                .then()
                .body("count", is(2));
    }

    @Test
    void aBeforeFaultAnswersInZuorasShapeAndTheOperationDoesNotRun() throws Exception {
        addFault(
                Map.of(
                        "operationId",
                        "POST_Account",
                        "status",
                        503,
                        "headers",
                        Map.of("Retry-After", "1"),
                        "times",
                        1));
        HttpResponse<String> refused =
                send(
                        "POST",
                        "/v1/accounts",
                        "{\"name\":\"F\",\"currency\":\"USD\",\"billToContact\":"
                                + "{\"firstName\":\"A\",\"lastName\":\"B\"}}");
        assertEquals(503, refused.statusCode());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        JsonPath body = new JsonPath(refused.body());
        assertEquals(false, body.getBoolean("success"));
        assertEquals(50000060, body.getInt("reasons[0].code"));
        assertTrue(body.getString("reasons[0].message").contains("rule f"), refused.body());
        // nothing was created: the next account is the first
        String account = Api.createAccount("USD");
        api().get("/v1/accounts/" + account)
                .then()
                .body("basicInfo.accountNumber", is("A00000001"));
    }

    @Test
    void anAfterStatusHidesAnAnswerWhoseWorkCommitted() {
        addFault(Map.of("operationId", "POST_Account", "when", "after", "status", 500));
        api().body(
                        Map.of(
                                "name",
                                "Hidden",
                                "currency",
                                "USD",
                                "billToContact",
                                Map.of("firstName", "A", "lastName", "B")))
                .post("/v1/accounts")
                .then()
                .statusCode(500)
                .body("reasons[0].code", is(50000060));
        api().get("/v1/accounts/A00000001")
                .then()
                .statusCode(200)
                .body("basicInfo.name", is("Hidden"));
    }

    @Test
    void emptyResponseCutsTheConnectionAndAGivenBodyIsSent() throws Exception {
        addFault(Map.of("method", "GET", "path", "/v1/bill-runs/.*", "network", "emptyResponse"));
        assertThrows(IOException.class, () -> send("GET", "/v1/bill-runs/BR-00000001", null));
        admin().delete("/emulator/v1/faults").then().statusCode(204);
        addFault(
                Map.of(
                        "operationId",
                        "GET_BillRun",
                        "status",
                        200,
                        "body",
                        Map.of("id", "canned", "status", "Completed")));
        api().get("/v1/bill-runs/BR-00000001")
                .then()
                .statusCode(200)
                .body("id", is("canned"))
                .body("status", is("Completed"));
    }

    @Test
    void delaysTimesProbabilityAndEntities() throws Exception {
        addFault(Map.of("operationId", "GET_BillRun", "delay", "PT0.3S", "times", 2));
        long start = System.nanoTime();
        api().get("/v1/bill-runs/BR-00000009").then().statusCode(404);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 300, "delayed");
        api().get("/v1/bill-runs/BR-00000009").then().statusCode(404);
        start = System.nanoTime();
        api().get("/v1/bill-runs/BR-00000009").then().statusCode(404);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 300, "expired after 2");
        assertEquals(2, faults().getInt("faults[0].hits"));

        admin().delete("/emulator/v1/faults").then().statusCode(204);
        addFault(
                Map.of(
                        "operationId",
                        "POST_Account",
                        "when",
                        "after",
                        "delay",
                        "PT0.3S",
                        "delayMax",
                        "PT0.4S"));
        start = System.nanoTime();
        String late = Api.createAccount("USD"); // the answer comes late, and whole
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 300, "answer delayed");
        api().get("/v1/accounts/" + late).then().statusCode(200);

        admin().delete("/emulator/v1/faults").then().statusCode(204);
        addFault(Map.of("operationId", "GET_BillRun", "status", 429, "probability", 0.5));
        int faulted = 0;
        for (int i = 0; i < 200; i++) {
            if (api().get("/v1/bill-runs/BR-1").statusCode() == 429) {
                faulted++;
            }
        }
        assertTrue(faulted > 60 && faulted < 140, faulted + " of 200");
        assertEquals(faulted, faults().getInt("faults[0].hits"));

        admin().delete("/emulator/v1/faults").then().statusCode(204);
        addFault(
                Map.of(
                        "operationId",
                        "GET_BillRun",
                        "entityId",
                        "20000000-0000-4000-8000-000000000002",
                        "status",
                        503));
        api().get("/v1/bill-runs/BR-1").then().statusCode(404);
        // the same request in the rule's entity (the client of that entity alone) is faulted
        String second = Api.secondEntityToken();
        given().header("Authorization", "Bearer " + second)
                .get("/v1/bill-runs/BR-1")
                .then()
                .statusCode(503);
        assertEquals(1, faults().getInt("faults[0].hits"));
    }

    @Test
    void rulesAreListedAndRemoved() {
        String first = addFault(Map.of("operationId", "GET_BillRun", "status", 503));
        addFault(Map.of("path", "/v1/invoices/.*", "status", 404));
        admin().get("/emulator/v1/faults")
                .then()
                .body("faults", hasSize(2))
                .body("faults[0].status", is(503))
                .body("faults[0].when", is("before"))
                .body("faults[0].probability", is(1.0f))
                .body("faults[1].path", is("/v1/invoices/.*"));
        admin().delete("/emulator/v1/faults/" + first).then().statusCode(204);
        admin().delete("/emulator/v1/faults/" + first)
                .then()
                .statusCode(404)
                .body("error", is("not_found"));
        admin().get("/emulator/v1/faults").then().body("faults", hasSize(1));
        // the test controls are never faulted
        addFault(Map.of("path", ".*", "status", 503));
        admin().get("/emulator/v1/clock").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void badRulesAreRefusedNamingWhatIsWrong() {
        // each bad rule with the field its refusal must name
        Map<Object, String> bad = new java.util.LinkedHashMap<>();
        bad.put(Map.of("status", 503), "operationId or path");
        bad.put(Map.of("operationId", "NoSuchOperation", "status", 503), "operationId");
        bad.put(Map.of("operationId", "reset", "status", 503), "operationId");
        bad.put(Map.of("path", "([", "status", 503), "path");
        bad.put(Map.of("operationId", "GET_BillRun"), "status, network or delay");
        bad.put(
                Map.of("operationId", "GET_BillRun", "status", 503, "network", "emptyResponse"),
                "network");
        bad.put(Map.of("operationId", "GET_BillRun", "status", 200), "body");
        bad.put(Map.of("operationId", "GET_BillRun", "status", 99), "status");
        bad.put(
                Map.of("operationId", "GET_BillRun", "delay", "PT2S", "delayMax", "PT1S"),
                "delayMax");
        bad.put(
                Map.of("operationId", "GET_BillRun", "delayMax", "PT1S", "status", 503),
                "delayMax");
        bad.put(
                Map.of("operationId", "GET_BillRun", "status", 503, "probability", 0),
                "probability");
        bad.put(Map.of("operationId", "GET_BillRun", "status", 503, "times", 0), "times");
        bad.put(Map.of("operationId", "GET_BillRun", "delay", "soon"), "delay");
        bad.put(Map.of("operationId", "GET_BillRun", "network", "meteor"), "network");
        bad.put(
                Map.of(
                        "operationId",
                        "GET_BillRun",
                        "status",
                        503,
                        "headers",
                        Map.of("Bad Name", "x")),
                "headers");
        bad.put(
                Map.of("operationId", "GET_BillRun", "status", 503, "headers", Map.of("X", "a\nb")),
                "headers");
        bad.put(Map.of("operationId", "GET_BillRun", "delay", "PT1S", "body", Map.of()), "body");
        bad.put(Map.of("operationId", "GET_BillRun", "status", 503, "stauts", 1), "stauts");
        bad.forEach(
                (rule, field) ->
                        admin().body(rule)
                                .post("/emulator/v1/faults")
                                .then()
                                .statusCode(400)
                                .body("error", is("bad_request"))
                                .body("message", containsString(field)));
        admin().get("/emulator/v1/faults").then().body("faults", hasSize(0));
        // the positive control: the last rule, spelt right, is taken
        addFault(Map.of("operationId", "GET_BillRun", "status", 503));
        admin().get("/emulator/v1/faults").then().body("faults", hasSize(1));
    }
}
