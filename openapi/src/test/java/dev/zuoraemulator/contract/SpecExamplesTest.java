package dev.zuoraemulator.contract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example in the contract validates against its own schema, so the documentation cannot
 * drift.
 */
class SpecExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"openapi.yaml", "emulator-admin.yaml"})
    void everyExampleValidatesAgainstItsSchema(String contract) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result =
                new OpenAPIV3Parser().readLocation("src/main/openapi/" + contract, null, options);
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api, "the contract does not parse: " + result.getMessages());
        assertTrue(
                result.getMessages() == null || result.getMessages().isEmpty(),
                "the contract has problems: " + result.getMessages());
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (var path : api.getPaths().entrySet()) {
            for (var op : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = op.getValue();
                String where = op.getKey() + " " + path.getKey();
                if (operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null) {
                    checked +=
                            check(
                                    validator,
                                    where + " request",
                                    operation.getRequestBody().getContent(),
                                    api,
                                    failures);
                }
                for (var response : operation.getResponses().entrySet()) {
                    ApiResponse r = resolve(api, response.getValue());
                    if (r.getContent() != null) {
                        checked +=
                                check(
                                        validator,
                                        where + " " + response.getKey(),
                                        r.getContent(),
                                        api,
                                        failures);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked >= 5, "only " + checked + " examples were found in " + contract);
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getResponses().get(name);
    }

    private static int check(
            SchemaValidator validator,
            String where,
            Map<String, MediaType> content,
            OpenAPI api,
            List<String> failures) {
        int checked = 0;
        for (var media : content.entrySet()) {
            Map<String, Object> examples = new java.util.LinkedHashMap<>();
            if (media.getValue().getExample() != null) {
                examples.put("example", media.getValue().getExample());
            }
            if (media.getValue().getExamples() != null) {
                media.getValue()
                        .getExamples()
                        .forEach((name, e) -> examples.put(name, e.getValue()));
            }
            for (var example : examples.entrySet()) {
                JsonNode value = JSON.valueToTree(example.getValue());
                ValidationReport report =
                        validator.validate(() -> value, media.getValue().getSchema(), null);
                checked++;
                if (report.hasErrors()) {
                    failures.add(
                            where + " example '" + example.getKey() + "': " + report.getMessages());
                }
            }
        }
        return checked;
    }
}
