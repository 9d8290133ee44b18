package dev.zuoraemulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Decision C9: the 200 answer of every operation declares every property of Zuora's official
 * response schema for it ({@code zuora-response-properties.json}, taken from Zuora's OpenAPI file),
 * in the answer itself and in every nested object, so that generated clients that read them without
 * null checks work. A nested object the contract declares without properties is one the emulator
 * does not model: it must be nullable, and is always answered {@code null}.
 */
class CompleteAnswersTest {

    @Test
    void everyAnswerDeclaresEveryPropertyOfZuorasSchema() throws IOException {
        JsonNode official =
                new ObjectMapper()
                        .readTree(new File("src/main/openapi/zuora-response-properties.json"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api =
                new OpenAPIV3Parser()
                        .readLocation("src/main/openapi/openapi.yaml", null, options)
                        .getOpenAPI();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                JsonNode objects = official.get(operation.getOperationId());
                if (objects == null) {
                    continue;
                }
                checked++;
                ApiResponse ok = operation.getResponses().get("200");
                assertNotNull(ok, operation.getOperationId() + " has no 200 answer");
                Schema<?> answer = ok.getContent().get("application/json").getSchema();
                objects.fieldNames()
                        .forEachRemaining(
                                objectPath -> {
                                    String where = operation.getOperationId() + " " + objectPath;
                                    Schema<?> object = at(answer, objectPath, where);
                                    if (object == null) {
                                        return; // not modelled, always null
                                    }
                                    Map<String, Schema> declared = object.getProperties();
                                    TreeSet<String> absent = new TreeSet<>();
                                    objects.get(objectPath)
                                            .forEach(
                                                    name -> {
                                                        if (!declared.containsKey(name.asText())) {
                                                            absent.add(name.asText());
                                                        }
                                                    });
                                    if (!absent.isEmpty()) {
                                        missing.add(where + ": " + absent);
                                    }
                                });
            }
        }
        assertEquals(official.size() - 1, checked, "operations of the official list not served");
        assertTrue(missing.isEmpty(), "answers without Zuora's properties: " + missing);
    }

    /**
     * The contract's schema of the object at {@code path} ({@code ""}, {@code "basicInfo"}, {@code
     * "scheduleItems[]"}, ...), or null where the path passes through an object the contract
     * declares without properties (nullable: asserted).
     */
    private static Schema<?> at(Schema<?> answer, String path, String where) {
        Schema<?> schema = answer;
        Schema<?> property = answer; // the property holding the object (an array, for elements)
        if (!path.isEmpty()) {
            for (String step : path.split("\\.")) {
                if (schema.getProperties() == null) {
                    return null;
                }
                boolean array = step.endsWith("[]");
                String name = array ? step.substring(0, step.length() - 2) : step;
                schema = schema.getProperties().get(name);
                assertNotNull(schema, where + ": the contract does not declare " + name);
                property = schema;
                if (array) {
                    assertNotNull(schema.getItems(), where + ": " + name + " is not an array");
                    schema = schema.getItems();
                }
            }
        }
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            assertTrue(
                    Boolean.TRUE.equals(property.getNullable()),
                    where + ": declared without properties, so it must be nullable");
            return null;
        }
        return schema;
    }
}
