package dev.zuoraemulator.console;

import dev.zuoraemulator.error.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the console's forms and query strings send, read as the test controls read their requests:
 * blank is absent, a value that does not parse names its field, a request model is checked against
 * the contract's constraints.
 */
@ApplicationScoped
public class ConsoleForms {

    private final Validator validator;

    ConsoleForms(Validator validator) {
        this.validator = validator;
    }

    /** The form's request, refused as its operation would refuse it. */
    public <T> T valid(T request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(
                    violations.stream()
                            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /** The value trimmed; null when blank or absent. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The value parsed, {@code absent} when blank; a value that does not parse names its field. */
    public static <T> T parse(String field, String value, Function<String, T> parser, T absent) {
        if (text(value) == null) {
            return absent;
        }
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field + ": " + value.trim() + " is not allowed here");
        }
    }

    /** A destructive form needs its confirmation box ticked. */
    public static void confirmed(String confirm, String why) {
        if (!"yes".equals(confirm)) {
            throw new InvalidValueException("confirm: tick the confirmation (" + why + ")");
        }
    }
}
