package dev.zuoraemulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The property names of the 200 answers in Zuora's official OpenAPI file, kept beside the contract
 * ({@code openapi/src/main/openapi/zuora-response-properties.json}): fields an answer may carry
 * beyond a sample, because Zuora documents them (decision C9). Operations that answer the same
 * object share their lists: the answer of an execute is a bill run, whose fields {@code
 * GET_BillRun} documents.
 */
final class ZuoraSchema {

    private static final Path FILE =
            Path.of("..", "openapi", "src", "main", "openapi", "zuora-response-properties.json");
    private static final List<Set<String>> SAME_OBJECT =
            List.of(
                    Set.of("POST_ExecuteInvoiceSchedule", "GET_BillRun"),
                    Set.of("POST_StandaloneInvoice", "Get_GetInvoice"),
                    Set.of(
                            "POST_CreateInvoiceSchedule",
                            "GET_InvoiceSchedule",
                            "PUT_UpdateInvoiceSchedule",
                            "PUT_PauseInvoiceSchedule",
                            "PUT_ResumeInvoiceSchedule"));
    private static JsonNode properties;

    private ZuoraSchema() {}

    /** By object path: {@code ""}, {@code "basicInfo"}, {@code "scheduleItems[]"}, ... */
    static synchronized Map<String, Set<String>> answerFields(String operationId) {
        if (properties == null) {
            try {
                properties = new ObjectMapper().readTree(FILE.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<String> operations =
                SAME_OBJECT.stream()
                        .filter(group -> group.contains(operationId))
                        .findFirst()
                        .orElse(operationId == null ? Set.of() : Set.of(operationId));
        Map<String, Set<String>> names = new HashMap<>();
        for (String operation : operations) {
            if (properties.has(operation)) {
                JsonNode objects = properties.get(operation);
                objects.fieldNames()
                        .forEachRemaining(
                                path ->
                                        objects.get(path)
                                                .forEach(
                                                        name ->
                                                                names.computeIfAbsent(
                                                                                path,
                                                                                p ->
                                                                                        new HashSet<>())
                                                                        .add(name.asText())));
            }
        }
        return names;
    }
}
