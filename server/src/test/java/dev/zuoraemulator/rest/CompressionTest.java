package dev.zuoraemulator.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * gzip in both directions, with a plain HTTP client that neither decompresses nor hides headers.
 */
@QuarkusTest
class CompressionTest {

    @TestHTTPResource("/")
    URL base;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(String method, String path, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                        .header("Authorization", "Bearer " + Api.token())
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void gzipsResponsesOver1000BytesOnlyWhenAsked() throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(
                    Map.of(
                            "amount",
                            1,
                            "serviceStartDate",
                            "2026-01-01",
                            "chargeName",
                            "charge " + i));
        }
        String invoice =
                Api.api()
                        .body(
                                Map.of(
                                        "accountId",
                                        Api.createAccount("USD"),
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        items))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");

        HttpResponse<byte[]> large =
                send(
                        "GET",
                        "/v1/invoices/" + invoice + "/items?pageSize=30",
                        null,
                        "Accept-Encoding",
                        "gzip");
        assertEquals(200, large.statusCode());
        assertEquals(Optional.of("gzip"), large.headers().firstValue("Content-Encoding"));
        String json = gunzip(large.body());
        assertTrue(json.length() > 1000 && json.contains("charge 29"), json);

        HttpResponse<byte[]> small =
                send(
                        "GET",
                        "/v1/invoices/" + invoice + "/items?pageSize=1",
                        null,
                        "Accept-Encoding",
                        "gzip");
        assertTrue(small.body().length <= 1000);
        assertTrue(
                small.headers().firstValue("Content-Encoding").filter("gzip"::equals).isEmpty(),
                "a response of " + small.body().length + " bytes must not be gzipped");
        assertTrue(new String(small.body(), StandardCharsets.UTF_8).contains("charge 0"));

        HttpResponse<byte[]> notAsked =
                send("GET", "/v1/invoices/" + invoice + "/items?pageSize=30", null);
        assertTrue(
                notAsked.headers().firstValue("Content-Encoding").filter("gzip"::equals).isEmpty());
    }

    @Test
    void readsGzippedRequestBodies() throws Exception {
        byte[] body =
                gzip(
                        "{\"name\":\"Gz\",\"currency\":\"USD\",\"billToContact\":{\"firstName\":\"A\",\"lastName\":\"B\"}}"
                                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response =
                send(
                        "POST",
                        "/v1/accounts",
                        body,
                        "Content-Type",
                        "application/json",
                        "Content-Encoding",
                        "gzip");
        assertEquals(
                200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void refusesCorruptUnsupportedAndOversizedBodiesInZuorasShape() throws Exception {
        byte[] valid = gzip("{\"name\":\"Gz\"}".getBytes(StandardCharsets.UTF_8));
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length / 2);
        assertError(
                send(
                        "POST",
                        "/v1/accounts",
                        "not gzip".getBytes(),
                        "Content-Type",
                        "application/json",
                        "Content-Encoding",
                        "gzip"),
                400,
                "\"code\":50000020");
        assertError(
                send(
                        "POST",
                        "/v1/accounts",
                        truncated,
                        "Content-Type",
                        "application/json",
                        "Content-Encoding",
                        "gzip"),
                400,
                "not valid gzip");
        assertError(
                send(
                        "POST",
                        "/v1/action/execute",
                        "not gzip".getBytes(),
                        "Content-Type",
                        "application/json",
                        "Content-Encoding",
                        "gzip"),
                400,
                "\"Success\":false");
        assertError(
                send(
                        "POST",
                        "/v1/accounts",
                        valid,
                        "Content-Type",
                        "application/json",
                        "Content-Encoding",
                        "br"),
                415,
                "\"code\":50000045");

        // 11 MB of spaces inflate past the 10 MB limit from a body of a few kilobytes: refused
        // without inflating it all
        byte[] bomb =
                gzip(
                        ("{\"name\":\"" + " ".repeat(11 * 1024 * 1024) + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
        assertTrue(bomb.length < 100_000);
        assertError(
                send(
                        "POST",
                        "/v1/accounts",
                        bomb,
                        "Content-Type",
                        "application/json",
                        "Content-Encoding",
                        "gzip"),
                413,
                "decompressed request body is larger");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertError(
                send("POST", "/v1/action/create", big, "Content-Type", "application/json"),
                413,
                "\"Success\":false");
    }

    private static void assertError(HttpResponse<byte[]> response, int status, String fragment) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), body);
        assertTrue(body.contains(fragment), body);
        assertTrue(response.headers().firstValue("Zuora-Request-Id").isPresent());
    }
}
