package dev.zuoraemulator.conformance;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replays a sample against a base URL: set-up steps, then the request, then the comparison. */
public final class Replayer {

    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final TokenSource tokens;
    private final String entityId;
    private final Filter contract;
    private Filter contractWithoutCredentials;
    private Filter contractForBadRequests;

    /** The statuses of samples that may break the contract's request rules on purpose. */
    private static final java.util.Set<Integer> BAD_REQUEST_STATUSES =
            java.util.Set.of(400, 413, 415, 422);

    /** Where tokens come from, so that the replayer can be pointed at a stub. */
    public interface TokenSource {
        String token();
    }

    /**
     * @param contract a filter that validates each request and response against the contract, or
     *     null for none
     */
    public Replayer(String baseUrl, TokenSource tokens, String entityId, Filter contract) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.entityId = entityId;
        this.contract = contract;
        this.contractWithoutCredentials = contract;
        this.contractForBadRequests = contract;
    }

    /**
     * The contract check of the samples that send a bad request on purpose (a 400, 413, 415, 422).
     */
    public Replayer withContractForBadRequests(Filter filter) {
        this.contractForBadRequests = filter;
        return this;
    }

    /** The contract check of the samples that send no credentials and expect a 401. */
    public Replayer withContractWithoutCredentials(Filter filter) {
        this.contractWithoutCredentials = filter;
        return this;
    }

    /**
     * Values every sample may use: {@code ${uniqueId}} (new for each replay), {@code ${clientId}},
     * ...
     */
    private Map<String, String> builtIns() {
        Map<String, String> vars = new HashMap<>();
        vars.put(
                "uniqueId",
                java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        vars.put("clientId", clientId);
        vars.put("clientSecret", clientSecret);
        return vars;
    }

    private String clientId = "";
    private String clientSecret = "";

    /** The credentials a sample of the token operation sends. */
    public Replayer withCredentials(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        return this;
    }

    /** The outcome of one sample: empty when it passed, else the first difference. */
    public Optional<String> replay(Sample sample) {
        try {
            return replayChecked(sample);
        } catch (OpenApiValidationFilter.OpenApiValidationException e) {
            return Optional.of("contract: " + e.getMessage().replaceAll("\\s+", " "));
        }
    }

    /**
     * What one replay of a sample observed: the values its set-up captured (and the built-in ones)
     * and the answer to its request; or, when a set-up step failed, why.
     */
    public record Exchange(Map<String, String> vars, Response response, String setupFailure) {}

    /** Runs the sample's set-up and request against the server, without comparing anything. */
    public Exchange exchange(Sample sample) {
        Map<String, String> vars = builtIns();
        if (sample.setup() != null) {
            for (Sample.Step step : sample.setup()) {
                Response response =
                        send(
                                step.method(),
                                substitute(step.path(), vars),
                                new Body(substitute(step.body(), vars), null, null, null, null),
                                true,
                                substitute(step.headers(), vars),
                                contract);
                if (response.statusCode() / 100 != 2) {
                    return new Exchange(
                            vars,
                            null,
                            "set-up step '"
                                    + step.name()
                                    + "' answered "
                                    + response.statusCode()
                                    + ": "
                                    + response.asString());
                }
                if (step.capture() != null) {
                    JsonNode answer = parse(response.asString());
                    for (Map.Entry<String, String> capture : step.capture().entrySet()) {
                        JsonNode value = JsonPointers.at(answer, capture.getValue());
                        if (value == null || value.isNull() || value.isMissingNode()) {
                            return new Exchange(
                                    vars,
                                    null,
                                    "set-up step '"
                                            + step.name()
                                            + "' has no "
                                            + capture.getValue());
                        }
                        vars.put(capture.getKey(), value.asText());
                    }
                }
            }
        }
        Sample.Request request = sample.request();
        Map<String, String> headers = substitute(request.headers(), vars);
        Map<String, String> form = request.form() == null ? null : substitute(request.form(), vars);
        int expected = sample.response().status();
        Response response =
                send(
                        request.method(),
                        substitute(request.path(), vars),
                        new Body(
                                substitute(request.body(), vars),
                                substitute(request.rawBody(), vars),
                                request.contentType(),
                                form,
                                request.gzipOfSize()),
                        request.auth() == null || request.auth(),
                        headers,
                        Boolean.FALSE.equals(request.auth()) && expected == 401
                                ? contractWithoutCredentials
                                : BAD_REQUEST_STATUSES.contains(expected)
                                        ? contractForBadRequests
                                        : contract);
        return new Exchange(vars, response, null);
    }

    private Optional<String> replayChecked(Sample sample) {
        Exchange exchange = exchange(sample);
        if (exchange.setupFailure() != null) {
            return Optional.of(exchange.setupFailure());
        }
        Map<String, String> vars = exchange.vars();
        Response response = exchange.response();
        Sample.Response expected = sample.response();
        if (response.statusCode() != expected.status()) {
            return Optional.of(
                    "status: expected "
                            + expected.status()
                            + ", got "
                            + response.statusCode()
                            + ": "
                            + abbreviate(response.asString()));
        }
        JsonMatcher matcher =
                new JsonMatcher(sample.rules(), vars, ZuoraSchema.answerFields(sample.operation()));
        if (expected.headers() != null) {
            for (Map.Entry<String, String> header : expected.headers().entrySet()) {
                String actual = response.header(header.getKey());
                String rule = header.getValue();
                Optional<String> difference =
                        rule.startsWith("regex:")
                                        || rule.startsWith("var:")
                                        || rule.startsWith("same:")
                                        || rule.equals("any")
                                ? matcher.matchRule("header " + header.getKey(), rule, actual)
                                : rule.equals(actual)
                                        ? Optional.empty()
                                        : Optional.of(
                                                "header "
                                                        + header.getKey()
                                                        + ": expected \""
                                                        + rule
                                                        + "\", got "
                                                        + (actual == null
                                                                ? "none"
                                                                : '"' + actual + '"'));
                if (difference.isPresent()) {
                    return difference;
                }
            }
        }
        if (expected.body() != null) {
            String contentType = response.contentType();
            if (contentType == null || !contentType.startsWith("application/json")) {
                return Optional.of("content type: expected application/json, got " + contentType);
            }
            return matcher.firstDifference(expected.body(), parse(response.asString()));
        }
        return Optional.empty();
    }

    /**
     * What a request carries: a JSON body, a raw one with its content type, a form, or a gzip body
     * of a given inflated size.
     */
    private record Body(
            JsonNode json,
            String raw,
            String contentType,
            Map<String, String> form,
            Integer gzipOfSize) {}

    private Response send(
            String method,
            String path,
            Body body,
            boolean auth,
            Map<String, String> headers,
            Filter check) {
        RequestSpecification spec = given().baseUri(baseUrl).headers(headers);
        if (check != null) {
            spec.filter(check);
        }
        if (body.form() != null) {
            // a string body, so that the contract validator sees it (it does not see rest-assured's
            // form params)
            StringBuilder encoded = new StringBuilder();
            body.form()
                    .forEach(
                            (name, value) ->
                                    encoded.append(encoded.length() == 0 ? "" : "&")
                                            .append(
                                                    java.net.URLEncoder.encode(
                                                            name,
                                                            java.nio.charset.StandardCharsets
                                                                    .UTF_8))
                                            .append('=')
                                            .append(
                                                    java.net.URLEncoder.encode(
                                                            value,
                                                            java.nio.charset.StandardCharsets
                                                                    .UTF_8)));
            spec.contentType(
                            body.contentType() != null
                                    ? body.contentType()
                                    : "application/x-www-form-urlencoded")
                    .body(encoded.toString());
        }
        if (auth) {
            spec.header("Authorization", "Bearer " + tokens.token());
            if (entityId != null && !headers.containsKey("Zuora-Entity-Ids")) {
                spec.header("Zuora-Entity-Ids", entityId);
            }
        }
        String contentType = body.contentType() != null ? body.contentType() : "application/json";
        if (body.gzipOfSize() != null) {
            spec.contentType(contentType)
                    .header("Content-Encoding", "gzip")
                    .body(gzipOfSpaces(body.gzipOfSize()));
        } else if (body.raw() != null) {
            spec.contentType(contentType).body(body.raw());
        } else if (body.json() != null) {
            spec.contentType(contentType).body(body.json().toString());
        }
        return spec.request(method, path);
    }

    /** A gzip stream that inflates to {@code size} spaces: a few kilobytes on the wire. */
    static byte[] gzipOfSpaces(int size) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int left = size; left > 0; left -= chunk.length) {
                gzip.write(chunk, 0, Math.min(left, chunk.length));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The values with their {@code ${name}}s filled in, in their order (a form keeps its order).
     */
    static Map<String, String> substitute(Map<String, String> values, Map<String, String> vars) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> out.put(name, substitute(value, vars)));
        }
        return out;
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return TextNode.valueOf(text);
        }
    }

    static String substitute(String text, Map<String, String> vars) {
        if (text == null) {
            return null;
        }
        Matcher m = VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no captured value named " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static JsonNode substitute(JsonNode node, Map<String, String> vars) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(substitute(node.asText(), vars));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), substitute(field.getValue(), vars));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(substitute(element, vars)));
            return copy;
        }
        return node;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
