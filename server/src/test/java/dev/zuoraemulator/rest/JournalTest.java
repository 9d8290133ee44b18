package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static dev.zuoraemulator.rest.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JournalTest {

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    @AfterEach
    void configured() {
        Admin.resetAll();
    }

    private static JsonPath requests(Map<String, ?> filter) {
        return admin().queryParams(filter)
                .get("/emulator/v1/requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long count(Map<String, ?> filter) {
        return admin().queryParams(filter)
                .get("/emulator/v1/requests/count")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("count");
    }

    @Test
    void aRequestIsJournaledWithWhatWasAnswered() {
        String account = Api.createAccount("USD");
        String invoice = Api.createDraftInvoice(account, "100.00");
        String split = Api.createSplit(invoice);
        Api.createSplitItems(split, "50", "50");
        String body =
                "{\"type\":\"InvoiceSplit\",\"ids\":[\"" + split + "\"],\"synchronous\":false}";
        api().header("Idempotency-Key", "journal-key")
                .header("Zuora-Track-Id", "track-7")
                .body(body)
                .post("/v1/action/execute")
                .then()
                .statusCode(200);

        JsonPath found = requests(Map.of("operationId", "Action_POSTexecute"));
        assertEquals(1, found.getList("requests").size());
        Map<String, Object> entry = found.getMap("requests[0]");
        assertEquals("POST", entry.get("method"));
        assertEquals("/v1/action/execute", entry.get("path"));
        assertEquals("10000000-0000-4000-8000-000000000001", entry.get("entityId"));
        assertEquals("track-7", entry.get("trackId"));
        assertEquals("journal-key", entry.get("idempotencyKey"));
        assertEquals(body, entry.get("requestBody"));
        assertEquals(200, entry.get("status"));
        assertEquals("[{\"Id\":\"" + split + "\",\"Success\":true}]", entry.get("responseBody"));
        assertEquals(36, ((String) entry.get("requestId")).length());
        assertTrue(((Number) entry.get("durationMillis")).longValue() >= 0);
        // the token request, the account, the invoice, the split, its items, the execute
        assertEquals(6, count(Map.of()));
        assertEquals(1, count(Map.of("operationId", "createToken")));
        assertEquals(3, count(Map.of("method", "post", "path", "/v1/action/.*")));
        assertEquals(0, count(Map.of("status", 400)));
        assertEquals(
                List.of(
                        "Action_POSTexecute",
                        "Action_POSTcreate",
                        "Action_POSTcreate",
                        "POST_StandaloneInvoice",
                        "POST_Account",
                        "createToken"),
                requests(Map.of()).getList("requests.operationId"));
        assertEquals(
                List.of("Action_POSTcreate"),
                requests(Map.of("path", "/v1/action/create", "limit", 1))
                        .getList("requests.operationId"));
    }

    @Test
    void credentialsAreNotKept() {
        Api.createAccount("USD");
        JsonPath token = requests(Map.of("operationId", "createToken"));
        String form = token.getString("requests[0].requestBody");
        assertTrue(form.contains("client_secret=[redacted]"), form);
        assertTrue(form.contains("client_id=" + Api.CLIENT_ID), form);
        String answer = token.getString("requests[0].responseBody");
        assertTrue(answer.contains("\"access_token\":\"[redacted]\""), answer);
        assertTrue(answer.contains("\"jti\":\"[redacted]\""), answer);
        assertTrue(!answer.contains(Api.token()), answer);
        admin().get("/emulator/v1/requests")
                .then()
                .body(not(containsString(Api.token())))
                .body(not(containsString("emulator-secret")));
    }

    @Test
    void refusedRequestsAndUnknownPathsAreJournaledButNotTheControls() throws Exception {
        given().get("/v1/accounts/A00000001").then().statusCode(401);
        api().get("/v1/no-such-thing").then().statusCode(404);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write("{\"name\": 7}".getBytes(StandardCharsets.UTF_8));
        }
        api().header("Content-Encoding", "gzip")
                .body(gzipped.toByteArray())
                .post("/v1/accounts")
                .then()
                .statusCode(400);
        admin().get("/emulator/v1/clock").then().statusCode(200);

        JsonPath all = requests(Map.of());
        assertEquals(
                List.of(
                        "/v1/accounts",
                        "/v1/no-such-thing",
                        "/oauth/token",
                        "/v1/accounts/A00000001"),
                all.getList("requests.path"));
        assertEquals("{\"name\": 7}", all.getString("requests[0].requestBody"), "inflated");
        assertEquals(400, all.getInt("requests[0].status"));
        assertEquals(null, all.getString("requests[1].operationId"));
        assertEquals(401, all.getInt("requests[3].status"));
        assertEquals(null, all.getString("requests[3].entityId"));
        assertEquals(
                "{\"message\":\"Authentication error\"}",
                all.getString("requests[3].responseBody"));
    }

    @Test
    void filtersAreChecked() {
        admin().queryParam("path", "([")
                .get("/emulator/v1/requests")
                .then()
                .statusCode(400)
                .body("error", is("bad_request"));
        admin().queryParam("status", 42).get("/emulator/v1/requests/count").then().statusCode(400);
        admin().queryParam("since", "yesterday")
                .get("/emulator/v1/requests")
                .then()
                .statusCode(400);
        admin().queryParam("limit", 0).get("/emulator/v1/requests").then().statusCode(400);
    }

    @Test
    void deleteEmptiesIt() {
        Api.createAccount("USD");
        admin().delete("/emulator/v1/requests").then().statusCode(204);
        admin().get("/emulator/v1/requests").then().body("requests", hasSize(0));
        api().get("/v1/no-such-thing");
        admin().get("/emulator/v1/requests")
                .then()
                .body("requests", hasSize(1))
                .body("requests[0].status", is(404))
                .body("requests[0].operationId", nullValue());
    }

    /** The contract's limit, 65,536 characters, written out: a change of the constant fails. */
    @Test
    void aBodyOverTheLimitIsKeptCutToItsFirstCharacters() {
        int limit = 65_536;
        String account = Api.createAccount("USD");
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"amount\":1,\"serviceStartDate\":\"2026-01-01\",\"description\":\"")
                    .append(String.valueOf((char) ('a' + i % 26)).repeat(400))
                    .append("\"}");
        }
        String body =
                "{\"accountId\":\""
                        + account
                        + "\",\"invoiceDate\":\"2026-01-01\",\"invoiceItems\":["
                        + items
                        + "]}";
        assertTrue(body.length() > limit, body.length() + " characters");
        api().body(body).post("/v1/invoices").then().statusCode(200);
        String kept =
                requests(Map.of("operationId", "POST_StandaloneInvoice", "limit", 1))
                        .getString("requests[0].requestBody");
        assertEquals(limit, kept.length());
        assertEquals(body.substring(0, limit), kept);
    }

    /**
     * 5,000 requests through a journal of 1,000, the ring wrapped five times: it keeps the newest
     * 1,000, and no more.
     */
    @Test
    void theJournalStaysBoundedUnderFiveTimesItsSize() throws Exception {
        String authorization = "Bearer " + Api.token();
        HttpClient client = HttpClient.newHttpClient();
        int total = 5_000;
        Semaphore inFlight = new Semaphore(32);
        CompletableFuture<?>[] sent = new CompletableFuture<?>[total];
        for (int i = 0; i < total; i++) {
            inFlight.acquire();
            HttpRequest request =
                    HttpRequest.newBuilder(base.resolve("/v1/no-such-thing/" + i))
                            .header("Authorization", authorization)
                            .build();
            sent[i] =
                    client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                            .whenComplete((r, e) -> inFlight.release());
        }
        CompletableFuture.allOf(sent).join();

        assertEquals(1_000, count(Map.of()));
        JsonPath newest = requests(Map.of("limit", 100_000));
        assertEquals(1_000, newest.getList("requests").size());
        long last = newest.getLong("requests[0].sequence");
        assertTrue(last >= total, "sequence " + last);
        assertEquals(last - 999, newest.getLong("requests[999].sequence"));
        JsonPath state = given().get("/q/health/group/state").then().extract().jsonPath();
        assertEquals(1_000, state.getInt("checks[0].data.journalEntries"));
        long bytes = state.getLong("checks[0].data.journalBytes");
        System.out.printf(
                "journal of 1,000 entries after %,d requests: ~%,d bytes%n", total, bytes);
        assertTrue(bytes < 1_000 * 2_000, bytes + " bytes for 1,000 small requests");
    }
}
