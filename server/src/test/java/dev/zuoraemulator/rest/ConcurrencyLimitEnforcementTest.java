package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decision C11 with {@code emulator.rate-limit.enforce=true}: 60 requests of one entity held in
 * flight at once (their bodies sent slowly) against the default concurrency limit of 40. The first
 * 40 run, the other 20 are answered 429 with code 50000070 and {@code Retry-After: 120} at once;
 * nothing answers 5xx.
 */
@QuarkusTest
@TestProfile(ConcurrencyLimitEnforcementTest.Enforced.class)
class ConcurrencyLimitEnforcementTest {

    public static class Enforced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("emulator.rate-limit.enforce", "true");
        }
    }

    private static final int REQUESTS = 60;
    private static final int LIMIT = 40;

    @TestHTTPResource("/")
    URL base;

    @Test
    void requestsOverTheLimitAreRefusedAndTheOthersComplete() throws Exception {
        String token =
                given().formParam("client_id", Api.CLIENT_ID)
                        .formParam("client_secret", Api.CLIENT_SECRET)
                        .formParam("grant_type", "client_credentials")
                        .post("/oauth/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
        String account =
                given().header("Authorization", "Bearer " + token)
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "name",
                                        "Busy",
                                        "currency",
                                        "USD",
                                        "billToContact",
                                        Map.of("firstName", "A", "lastName", "B")))
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        byte[] body =
                ("{\"accountId\":\""
                                + account
                                + "\",\"invoiceDate\":\"2026-01-01\",\"invoiceItems\":"
                                + "[{\"amount\":10,\"serviceStartDate\":\"2026-01-01\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
        String head =
                "POST /v1/invoices HTTP/1.1\r\n"
                        + "Host: localhost\r\n"
                        + "Authorization: Bearer "
                        + token
                        + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Content-Length: "
                        + body.length
                        + "\r\n"
                        + "Connection: close\r\n\r\n";

        List<Socket> sockets = new ArrayList<>();
        try {
            // every request sends its headers and one byte of its body, then waits: in flight
            for (int i = 0; i < REQUESTS; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 1);
                out.flush();
                sockets.add(socket);
            }
            // those over the limit are answered without waiting for their bodies
            List<Socket> refused = new ArrayList<>();
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (refused.size() < REQUESTS - LIMIT && System.nanoTime() < deadline) {
                for (Socket socket : sockets) {
                    if (!refused.contains(socket) && socket.getInputStream().available() > 0) {
                        refused.add(socket);
                    }
                }
                Thread.sleep(20);
            }
            assertEquals(REQUESTS - LIMIT, refused.size(), "requests answered while in flight");
            for (Socket socket : refused) {
                String answer = readAnswer(socket.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 429 "), answer);
                assertTrue(answer.contains("\nRetry-After: 120\r\n"), answer);
                assertTrue(answer.contains("\"code\":50000070"), answer);
                assertTrue(answer.contains("\nConcurrency-Limit-Remaining: 0\r\n"), answer);
            }
            // the others complete once their bodies arrive
            int created = 0;
            for (Socket socket : sockets) {
                if (refused.contains(socket)) {
                    continue;
                }
                OutputStream out = socket.getOutputStream();
                out.write(body, 1, body.length - 1);
                out.flush();
                String answer = readAnswer(socket.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
                created++;
            }
            assertEquals(LIMIT, created);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        // and the places are free again
        given().header("Authorization", "Bearer " + token)
                .get("/v1/accounts/" + account)
                .then()
                .statusCode(200)
                .header("Concurrency-Limit-Remaining", String.valueOf(LIMIT - 1));
    }

    /** One HTTP/1.1 answer: its head, and a body of its Content-Length. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!bytes.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the answer's head: " + bytes);
            }
            bytes.write(b);
        }
        String head = bytes.toString(StandardCharsets.US_ASCII);
        var length =
                java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(head);
        int n = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
