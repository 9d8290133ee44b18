package dev.zuoraemulator.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hand-kept contract ({@code conformance.spec}): every request the suite sends and every
 * response it gets is validated against it (status declared for the operation, content type,
 * headers, body schema).
 */
public final class Contract {

    private static OpenApiValidationFilter filter;

    private Contract() {}

    public static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            Path spec =
                    Path.of(
                            System.getProperty(
                                    "conformance.spec",
                                    "../openapi/src/main/openapi/openapi.yaml"));
            if (!Files.isRegularFile(spec)) {
                throw new IllegalStateException(
                        "the contract " + spec.toAbsolutePath() + " does not exist");
            }
            OpenApiInteractionValidator validator =
                    OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
                            .withLevelResolver(
                                    LevelResolver.create()
                                            // the 401 samples send no credentials on purpose
                                            .withLevel(
                                                    "validation.request.security.missing",
                                                    ValidationReport.Level.IGNORE)
                                            .withLevel(
                                                    "validation.request.security.invalid",
                                                    ValidationReport.Level.IGNORE)
                                            .build())
                            .build();
            filter = new OpenApiValidationFilter(validator);
        }
        return filter;
    }
}
