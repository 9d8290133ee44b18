package dev.zuoraemulator.conformance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One documented sample, as data: where it comes from, the state it needs (set-up steps through the
 * public API, capturing the IDs they create), the request, and the response it must produce. {@code
 * rules} say how fields the server generates are matched (by JSON path); every other field must
 * match exactly.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Sample(
        String name,
        String source,
        String operation,
        List<String> tags,
        List<Step> setup,
        Request request,
        Response response,
        Map<String, String> rules) {

    /**
     * A set-up call; it must answer 2xx. {@code capture} names values of its answer by JSON path;
     * {@code headers} (values may use {@code ${name}}) are sent with it.
     */
    public record Step(
            String name,
            String method,
            String path,
            Map<String, String> headers,
            JsonNode body,
            Map<String, String> capture) {}

    /**
     * {@code auth} false sends no Authorization header. {@code ${name}} in path, headers, body, raw
     * body and form is a captured value or a built-in one ({@code uniqueId}, {@code clientId},
     * {@code clientSecret}). {@code form} sends a form instead of a JSON body; {@code rawBody}
     * sends its text as it is (malformed JSON, another media type) with {@code contentType}
     * (default {@code application/json}), which also overrides the content type of a JSON {@code
     * body}.
     */
    public record Request(
            String method,
            String path,
            Boolean auth,
            Map<String, String> headers,
            JsonNode body,
            Map<String, String> form,
            String contentType,
            String rawBody,
            Integer gzipOfSize) {}

    /** Header values are matched exactly, or by a rule ({@code regex:...}). */
    public record Response(int status, Map<String, String> headers, JsonNode body) {}
}
