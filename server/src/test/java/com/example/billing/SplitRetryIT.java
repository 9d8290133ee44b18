package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests of a billing client's retry code against the packaged emulator, started once. */
class SplitRetryIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Process emulator;
    static String base;

    @BeforeAll
    static void startEmulator() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        String jar = System.getProperty("emulator.jar", "target/quarkus-app/quarkus-run.jar");
        emulator =
                new ProcessBuilder(
                                "java",
                                "-Dquarkus.http.port=" + port,
                                "-Demulator.storage=memory",
                                "-jar",
                                jar)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try {
                if (call("GET", "/q/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the emulator did not start");
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopEmulator() {
        emulator.destroy();
    }

    @BeforeEach
    void knownState() throws Exception {
        admin("POST", "/emulator/v1/reset", null); // no data, numbers from 1, real time
        admin("PUT", "/emulator/v1/clock", "{\"now\": \"2027-01-01T00:00:00Z\", \"frozen\": true}");
        admin("PUT", "/emulator/v1/jobs/mode", "{\"mode\": \"manual\"}");
    }

    @Test
    void aLostAnswerIsRetriedAndTheInvoiceIsSplitOnce() throws Exception {
        String token = token();
        String account =
                zuora(
                                token,
                                "POST",
                                "/v1/accounts",
                                "{\"name\": \"Acme\", \"currency\": \"USD\","
                                        + " \"billToContact\": {\"firstName\": \"Ada\", \"lastName\": \"L\"}}")
                        .get("accountId")
                        .asText();
        String invoice =
                zuora(
                                token,
                                "POST",
                                "/v1/invoices",
                                "{\"accountId\": \""
                                        + account
                                        + "\","
                                        + " \"invoiceDate\": \"2027-01-01\", \"invoiceItems\": [{\"amount\": 100,"
                                        + " \"serviceStartDate\": \"2027-01-01\", \"chargeName\": \"Fee\"}]}")
                        .get("id")
                        .asText();
        String split =
                zuora(
                                token,
                                "POST",
                                "/v1/action/create",
                                "{\"type\": \"InvoiceSplit\","
                                        + " \"objects\": [{\"InvoiceId\": \""
                                        + invoice
                                        + "\"}]}")
                        .get(0)
                        .get("Id")
                        .asText();
        zuora(
                token,
                "POST",
                "/v1/action/create",
                "{\"type\": \"InvoiceSplitItem\", \"objects\": ["
                        + "{\"InvoiceSplitId\": \""
                        + split
                        + "\", \"SplitPercentage\": 40,"
                        + " \"InvoiceDate\": \"2027-01-01\"},"
                        + "{\"InvoiceSplitId\": \""
                        + split
                        + "\", \"SplitPercentage\": 60,"
                        + " \"InvoiceDate\": \"2027-02-01\"}]}");

        // the first execute runs and commits, but its answer never reaches the client
        admin(
                "POST",
                "/emulator/v1/faults",
                "{\"operationId\": \"Action_POSTexecute\","
                        + " \"when\": \"after\", \"network\": \"connectionReset\", \"times\": 1}");

        JsonNode answer = executeWithRetry(token, split); // the code under test
        assertEquals(true, answer.get(0).get("Success").asBoolean());

        // the split has not run yet (manual jobs): the original invoice is still a Draft
        assertEquals(
                "Draft",
                zuora(token, "GET", "/v1/invoices/" + invoice, null).get("status").asText());
        JsonNode ran = admin("POST", "/emulator/v1/jobs/run", "{}").get("ran");
        assertEquals(1, ran.size(), "one split, however many times the client asked");
        assertEquals(404, call("GET", "/v1/invoices/" + invoice, token, null).statusCode());

        // what the client sent: the execute twice, under one Idempotency-Key
        JsonNode sent =
                admin("GET", "/emulator/v1/requests?operationId=Action_POSTexecute", null)
                        .get("requests");
        assertEquals(2, sent.size());
        assertEquals(sent.get(0).get("idempotencyKey"), sent.get(1).get("idempotencyKey"));
        assertNotNull(sent.get(0).get("idempotencyKey"));
    }

    /** The client code under test: executes a split, retrying a lost answer with the same key. */
    static JsonNode executeWithRetry(String token, String split) throws Exception {
        String key = "split-" + split;
        String body =
                "{\"type\": \"InvoiceSplit\", \"ids\": [\""
                        + split
                        + "\"],"
                        + " \"synchronous\": false}";
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response =
                        HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "/v1/action/execute"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .header("Idempotency-Key", key)
                                        .timeout(Duration.ofSeconds(30))
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                return JSON.readTree(response.body());
            } catch (IOException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    static String token() throws Exception {
        HttpResponse<String> response =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "grant_type=client_credentials"
                                                        + "&client_id=00000000-0000-0000-0000-000000000001"
                                                        + "&client_secret=emulator-secret"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    static JsonNode zuora(String token, String method, String path, String body) throws Exception {
        HttpResponse<String> response = call(method, path, token, body);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    static JsonNode admin(String method, String path, String body) throws Exception {
        HttpResponse<String> response = call(method, path, null, body);
        assertEquals(true, response.statusCode() < 300, response.body());
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    static HttpResponse<String> call(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
