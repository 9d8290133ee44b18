package dev.zuoraemulator.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hostile-input tests share: the objects their requests aim at, a request sent as raw
 * bytes, the check of Zuora's error shape, a one-line curl that reproduces a case, and a digest of
 * every table that shows whether anything changed.
 */
final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The form of a valid token request for the emulator's default client. */
    static final String TOKEN_FORM =
            "client_id="
                    + Api.CLIENT_ID
                    + "&client_secret="
                    + Api.CLIENT_SECRET
                    + "&grant_type=client_credentials";

    /**
     * Every table of the schema but Flyway's history, read from the database itself: a table a
     * later migration adds is in the digest without anyone remembering to list it.
     */
    @SuppressWarnings("unchecked")
    private List<String> tables() {
        return em.createNativeQuery(
                        "SELECT LOWER(table_name) FROM information_schema.tables"
                                + " WHERE LOWER(table_schema) = 'public'"
                                + " AND table_type = 'BASE TABLE'"
                                + " AND LOWER(table_name) <> 'flyway_schema_history'"
                                + " ORDER BY 1")
                .getResultList();
    }

    /** One bad request. A null token means none is sent. */
    record Bad(
            String name,
            String label,
            String method,
            String path,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            boolean auth) {

        /**
         * A case named after its method, path and what is wrong with it; {@code headers} are name,
         * value pairs; with {@code auth} the test's token is sent unless a header gives another.
         */
        static Bad of(
                String what,
                String method,
                String path,
                String contentType,
                byte[] body,
                boolean auth,
                String... headers) {
            Map<String, String> h = new LinkedHashMap<>();
            for (int i = 0; i < headers.length; i += 2) {
                h.put(headers[i], headers[i + 1]);
            }
            return new Bad(
                    method + " " + path.substring(0, Math.min(path.length(), 60)) + ": " + what,
                    method + " " + what,
                    method,
                    path,
                    contentType,
                    body,
                    h,
                    auth);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final URL base;
    private final EntityManager em;
    private final HttpClient client = HttpClient.newHttpClient();

    HostileRequests(URL base, EntityManager em) {
        this.base = base;
        this.em = em;
    }

    /**
     * Objects of every kind, each request's target: an account, a draft invoice, a split and its
     * item, a schedule with two pending items, a processed schedule and its bill run.
     */
    Map<String, String> fixture() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("account", Api.createAccount("USD"));
        f.put(
                "accountNumber",
                Api.api()
                        .get("/v1/accounts/" + f.get("account"))
                        .then()
                        .extract()
                        .path("basicInfo.accountNumber"));
        f.put("invoice", Api.createDraftInvoice(f.get("account"), "100"));
        f.put("split", Api.createSplit(f.get("invoice")));
        f.put("splitItem", Api.createSplitItems(f.get("split"), "50", "50").get(0));
        f.put(
                "operationJob",
                Api.api()
                        .body(SplitInvoiceTest.byPercentage(50, 50))
                        .put(
                                "/v1/invoices/"
                                        + Api.createDraftInvoice(f.get("account"), "10")
                                        + "/split")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("jobId"));
        var schedule =
                Api.api()
                        .body(
                                Map.of(
                                        "accountKey",
                                        f.get("account"),
                                        "scheduleItems",
                                        List.of(
                                                Map.of("amount", 10, "runDate", "2026-01-01"),
                                                Map.of("amount", 20, "runDate", "2026-02-01"))))
                        .post("/v1/invoice-schedules")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        f.put("schedule", schedule.getString("id"));
        f.put("secondItem", schedule.getString("scheduleItems[1].id"));
        f.put("firstItem", schedule.getString("scheduleItems[0].id"));
        var processed =
                Api.api()
                        .body(
                                Map.of(
                                        "accountKey",
                                        f.get("account"),
                                        "scheduleItems",
                                        List.of(Map.of("amount", 5))))
                        .post("/v1/invoice-schedules")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        f.put("processedSchedule", processed.getString("id"));
        f.put("processedItem", processed.getString("scheduleItems[0].id"));
        f.put(
                "billRun",
                Api.api()
                        .body(Map.of())
                        .post("/v1/invoice-schedules/" + f.get("processedSchedule") + "/execute")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"));
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                QuarkusTransaction.requiringNew()
                                                .call(
                                                        () ->
                                                                ((Number)
                                                                                em.createNativeQuery(
                                                                                                "SELECT COUNT(*) FROM job WHERE status = 'PENDING'")
                                                                                        .getSingleResult())
                                                                        .longValue())
                                        == 0);
        // a live query locator (one invoice a batch, several invoices): queryMore's template
        f.put(
                "queryLocator",
                Api.api()
                        .body(
                                Map.of(
                                        "queryString",
                                        "select Id from Invoice",
                                        "conf",
                                        Map.of("batchSize", 1)))
                        .post("/v1/action/query")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("queryLocator"));
        return f;
    }

    String digest() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            MessageDigest sha = MessageDigest.getInstance("SHA-256");
                            List<String> tables = tables();
                            // the query must see the schema on either database
                            if (!tables.containsAll(
                                    List.of("account", "invoice", "access_token", "callout"))) {
                                throw new IllegalStateException("the schema's tables: " + tables);
                            }
                            for (String table : tables) {
                                @SuppressWarnings("unchecked")
                                List<Object> rows =
                                        em.createNativeQuery("SELECT * FROM " + table)
                                                .getResultList();
                                // rows in an order of their own text: the digest does not
                                // depend on how the database returns ties
                                List<String> texts = new java.util.ArrayList<>();
                                for (Object row : rows) {
                                    Object[] cells =
                                            row instanceof Object[] many
                                                    ? many
                                                    : new Object[] {row};
                                    StringBuilder text = new StringBuilder();
                                    for (Object cell : cells) {
                                        text.append(cellText(cell)).append('|');
                                    }
                                    texts.add(text.toString());
                                }
                                java.util.Collections.sort(texts);
                                for (String text : texts) {
                                    sha.update(text.getBytes(StandardCharsets.UTF_8));
                                }
                                sha.update(
                                        (table + ":" + rows.size())
                                                .getBytes(StandardCharsets.UTF_8));
                            }
                            return HexFormat.of().formatHex(sha.digest());
                        });
    }

    /** A cell's content as text: a CLOB's or BLOB's content, not its object identity. */
    private static String cellText(Object cell) throws java.sql.SQLException {
        if (cell instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (cell instanceof java.sql.Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (cell instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(cell);
    }

    HttpResponse<String> send(Bad bad) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                URI.create(base.toString().replaceAll("/$", "") + bad.path()))
                        .method(
                                bad.method(),
                                bad.body() == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        if (bad.auth() && !bad.headers().containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + Api.token());
        }
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        bad.headers()
                .forEach(
                        (name, value) -> {
                            if (!value.isEmpty()) {
                                request.header(name, value);
                            }
                        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertZuoraShape(Bad bad, HttpResponse<String> response) throws Exception {
        String body = response.body();
        JsonNode json = JSON.readTree(body);
        assertTrue(json != null && json.isObject(), "not a JSON object: " + body);
        assertTrue(
                response.headers().firstValue("Zuora-Request-Id").isPresent(),
                "no Zuora-Request-Id");
        String path = bad.path();
        if (response.statusCode() == 401) {
            assertEquals("Authentication error", json.path("message").asText(), body);
        } else if (path.startsWith("/v1/action/") || path.startsWith("/v1/object/")) {
            boolean actions =
                    json.path("Success").isBoolean()
                            && !json.path("Success").asBoolean()
                            && json.path("Errors").path(0).path("Code").isTextual()
                            && json.path("Errors").path(0).path("Message").isTextual();
            boolean unrecognised =
                    "Error - unrecognised fields".equals(json.path("message").asText());
            // a refused query answers Zuora's fault body (decision Q5)
            boolean fault =
                    path.startsWith("/v1/action/query")
                            && json.path("faultcode").asText().startsWith("fns:")
                            && json.path("detail")
                                    .path("MalformedQueryFault")
                                    .path("FaultCode")
                                    .isTextual();
            assertTrue(actions || unrecognised || fault, "not the Actions shape: " + body);
        } else {
            assertEquals(false, json.path("success").asBoolean(true), body);
            JsonNode code = json.path("reasons").path(0).path("code");
            assertTrue(
                    code.isInt() && String.valueOf(code.asInt()).length() == 8,
                    "no 8-digit code: " + body);
            assertTrue(json.path("reasons").path(0).path("message").isTextual(), body);
            assertEquals(36, json.path("requestId").asText().length(), body);
            assertTrue(json.path("processId").asText().matches("[0-9A-F]{16}"), body);
        }
        assertTrue(
                !body.contains("Exception")
                        && !body.contains("dev.zuoraemulator")
                        && !body.contains("\tat "),
                "leaks internals: " + body);
    }

    /** The code an answer carries: {@code reasons[0].code}, {@code Errors[0].Code} or message. */
    static String codeOf(HttpResponse<String> response) throws Exception {
        JsonNode json = JSON.readTree(response.body());
        if (json.has("faultcode")) {
            return json.path("detail").path("MalformedQueryFault").path("FaultCode").asText();
        }
        if (json.path("reasons").path(0).has("code")) {
            return json.path("reasons").path(0).path("code").asText();
        }
        if (json.path("Errors").path(0).has("Code")) {
            return json.path("Errors").path(0).path("Code").asText();
        }
        return json.path("message").asText();
    }

    /** A one-line curl that sends the case again (big or binary bodies go to a file). */
    String curl(int index, Bad bad) throws java.io.IOException {
        StringBuilder line =
                new StringBuilder("curl -i -X ")
                        .append(bad.method())
                        .append(" '")
                        .append(base.toString().replaceAll("/$", ""))
                        .append(bad.path().replace("'", "'\\''"))
                        .append("'");
        if (bad.auth() && !bad.headers().containsKey("Authorization")) {
            line.append(" -H 'Authorization: Bearer ").append(Api.token()).append("'");
        }
        if (bad.contentType() != null) {
            line.append(" -H 'Content-Type: ").append(bad.contentType()).append("'");
        }
        bad.headers()
                .forEach(
                        (name, value) ->
                                line.append(" -H '")
                                        .append(name)
                                        .append(value.isEmpty() ? ";" : ": " + value)
                                        .append("'"));
        if (bad.body() != null) {
            java.nio.file.Path file = java.nio.file.Path.of("target", "hostile-body-" + index);
            java.nio.file.Files.write(file, bad.body());
            line.append(" --data-binary @").append(file.toAbsolutePath());
        }
        return line.toString();
    }
}
