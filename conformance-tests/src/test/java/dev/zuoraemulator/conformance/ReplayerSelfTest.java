package dev.zuoraemulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The suite can fail: the replay engine, pointed at a deliberately wrong in-process HTTP stub,
 * reports each kind of drift as a failure and says why.
 */
@Tag("self-test")
class ReplayerSelfTest {

    private HttpServer stub;

    private Replayer replayerFor(int status, String body, boolean withRequestId, boolean contract)
            throws IOException {
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", exchange -> answer(exchange, status, body, withRequestId));
        stub.start();
        return new Replayer(
                "http://127.0.0.1:" + stub.getAddress().getPort(),
                () -> "0123456789abcdef0123456789abcdef",
                null,
                contract ? Contract.filter() : null);
    }

    private static void answer(
            HttpExchange exchange, int status, String body, boolean withRequestId)
            throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders()
                .set(
                        "WWW-Authenticate",
                        "Basic realm=Zuora API, ZSession realm=Zuora API, Bearer realm=Zuora API");
        if (withRequestId) {
            exchange.getResponseHeaders()
                    .set("Zuora-Request-Id", "3a6a3f3e-1c5c-4a8e-9d0a-0cde7e8b2f11");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.stop(0);
        }
    }

    private static Sample sample(String file) {
        return Samples.read(Path.of("src/test/resources/samples", file));
    }

    @Test
    void passesTheDocumentedAnswer() throws IOException {
        Replayer replayer = replayerFor(401, "{\"message\":\"Authentication error\"}", true, true);
        assertEquals(Optional.empty(), replayer.replay(sample("action-execute-401.json")));
    }

    @Test
    void reportsARenamedField() throws IOException {
        Replayer replayer = replayerFor(401, "{\"msg\":\"Authentication error\"}", true, false);
        Optional<String> why = replayer.replay(sample("action-execute-401.json"));
        assertTrue(why.orElseThrow().startsWith("$.message: missing"), why.get());
    }

    @Test
    void reportsAWrongStatus() throws IOException {
        Replayer replayer = replayerFor(403, "{\"message\":\"Authentication error\"}", true, false);
        Optional<String> why = replayer.replay(sample("action-execute-401.json"));
        assertTrue(why.orElseThrow().startsWith("status: expected 401, got 403"), why.get());
    }

    @Test
    void reportsAMissingHeader() throws IOException {
        Replayer replayer =
                replayerFor(401, "{\"message\":\"Authentication error\"}", false, false);
        Optional<String> why = replayer.replay(sample("action-execute-401.json"));
        assertTrue(why.orElseThrow().startsWith("header Zuora-Request-Id"), why.get());
    }

    @Test
    void reportsASampleWhoseRequestDriftedFromTheContract() throws IOException {
        // ids must be an array: a sample sending a string is caught, whatever the server answers
        Replayer replayer = replayerFor(200, "[{\"Success\":true,\"Id\":\"a\"}]", true, true);
        Optional<String> why =
                replayer.replay(
                        new Sample(
                                "drifted",
                                "self-test",
                                "Action_POSTexecute",
                                null,
                                null,
                                new Sample.Request(
                                        "POST",
                                        "/v1/action/execute",
                                        true,
                                        null,
                                        new com.fasterxml.jackson.databind.ObjectMapper()
                                                .readTree(
                                                        "{\"ids\":\"a\",\"synchronous\":false,\"type\":\"InvoiceSplit\"}"),
                                        null,
                                        null,
                                        null,
                                        null),
                                new Sample.Response(200, null, null),
                                null));
        assertTrue(
                why.orElseThrow().startsWith("contract:")
                        && why.get().contains("validation.request"),
                why.get());
    }

    @Test
    void reportsAnAnswerThatBreaksTheContract() throws IOException {
        // the documented execute answer is an array of ExecuteResult; an object breaks the contract
        Replayer replayer = replayerFor(200, "{\"Success\":true}", true, true);
        Optional<String> why =
                replayer.replay(
                        new Sample(
                                "execute",
                                "self-test",
                                "Action_POSTexecute",
                                null,
                                null,
                                new Sample.Request(
                                        "POST",
                                        "/v1/action/execute",
                                        true,
                                        null,
                                        new com.fasterxml.jackson.databind.ObjectMapper()
                                                .readTree(
                                                        "{\"ids\":[\"a\"],\"synchronous\":false,\"type\":\"InvoiceSplit\"}"),
                                        null,
                                        null,
                                        null,
                                        null),
                                new Sample.Response(200, null, null),
                                null));
        assertTrue(why.orElseThrow().startsWith("contract:"), why.get());
    }

    @Test
    void checksTheAnswerOfABadRequestSentOnPurpose() throws IOException {
        // malformed JSON breaks the contract on purpose and is not reported; an answer in the
        // wrong shape for the 400 still is
        Sample malformed =
                new Sample(
                        "malformed",
                        "self-test",
                        "POST_Account",
                        null,
                        null,
                        new Sample.Request(
                                "POST",
                                "/v1/accounts",
                                true,
                                null,
                                null,
                                null,
                                null,
                                "{\"x\":",
                                null),
                        new Sample.Response(400, null, null),
                        null);
        Replayer wrongShape =
                replayerFor(400, "{\"Errors\":[],\"Success\":false}", true, false)
                        .withContractForBadRequests(Contract.forBadRequests());
        Optional<String> why = wrongShape.replay(malformed);
        assertTrue(
                why.orElseThrow().startsWith("contract:")
                        && why.get().contains("validation.response")
                        && !why.get().contains("\"level\" : \"ERROR\", \"message\" : \"Request"),
                why.get());
        stub.stop(0);
        Replayer rightShape =
                replayerFor(
                                400,
                                "{\"success\":false,\"processId\":\"5F1F8BDC2A9D4B10\",\"reasons\":"
                                        + "[{\"code\":50000090,\"message\":\"Malformed JSON\"}],"
                                        + "\"requestId\":\"3a6a3f3e-1c5c-4a8e-9d0a-0cde7e8b2f11\"}",
                                true,
                                false)
                        .withContractForBadRequests(Contract.forBadRequests());
        assertEquals(Optional.empty(), rightShape.replay(malformed));
    }
}
