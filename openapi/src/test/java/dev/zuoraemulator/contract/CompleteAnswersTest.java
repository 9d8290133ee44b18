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
 * so that generated clients that read them without null checks work.
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
                JsonNode wanted = official.get(operation.getOperationId());
                if (wanted == null) {
                    continue;
                }
                checked++;
                ApiResponse ok = operation.getResponses().get("200");
                assertNotNull(ok, operation.getOperationId() + " has no 200 answer");
                Schema<?> schema = ok.getContent().get("application/json").getSchema();
                Map<String, Schema> declared = schema.getProperties();
                TreeSet<String> absent = new TreeSet<>();
                wanted.forEach(
                        name -> {
                            if (declared == null || !declared.containsKey(name.asText())) {
                                absent.add(name.asText());
                            }
                        });
                if (!absent.isEmpty()) {
                    missing.add(operation.getOperationId() + ": " + absent);
                }
            }
        }
        assertEquals(official.size() - 1, checked, "operations of the official list not served");
        assertTrue(missing.isEmpty(), "answers without Zuora's properties: " + missing);
    }
}
