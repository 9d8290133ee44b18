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
    private static OpenApiValidationFilter withoutCredentials;
    private static OpenApiValidationFilter forBadRequests;

    private Contract() {}

    /** Every request and response checked, security requirements included. */
    public static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            filter = new OpenApiValidationFilter(validator(LevelResolver.create().build()));
        }
        return filter;
    }

    /**
     * The same, except that a request may lack the credentials the contract requires: for the
     * samples that send none on purpose to get a 401.
     */
    public static synchronized OpenApiValidationFilter withoutCredentials() {
        if (withoutCredentials == null) {
            withoutCredentials =
                    new OpenApiValidationFilter(
                            validator(
                                    LevelResolver.create()
                                            .withLevel(
                                                    "validation.request.security.missing",
                                                    ValidationReport.Level.IGNORE)
                                            .withLevel(
                                                    "validation.request.security.invalid",
                                                    ValidationReport.Level.IGNORE)
                                            .build()));
        }
        return withoutCredentials;
    }

    /**
     * The answer checked as always, the request not at all: for the samples that break the contract
     * on purpose to get a 400, 413, 415 or 422 (a wrong type, malformed JSON, another media type, a
     * bad header).
     */
    public static synchronized OpenApiValidationFilter forBadRequests() {
        if (forBadRequests == null) {
            forBadRequests =
                    new OpenApiValidationFilter(
                            validator(
                                    LevelResolver.create()
                                            .withLevel(
                                                    "validation.request",
                                                    ValidationReport.Level.IGNORE)
                                            .build()));
        }
        return forBadRequests;
    }

    /** The contract's file: {@code conformance.spec}, by default the one beside the suite. */
    static Path spec() {
        return Path.of(
                System.getProperty("conformance.spec", "../openapi/src/main/openapi/openapi.yaml"));
    }

    private static OpenApiInteractionValidator validator(LevelResolver levels) {
        Path spec = spec();
        if (!Files.isRegularFile(spec)) {
            throw new IllegalStateException(
                    "the contract " + spec.toAbsolutePath() + " does not exist");
        }
        return OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
                .withLevelResolver(levels)
                .build();
    }
}
