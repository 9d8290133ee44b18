package dev.zuoraemulator.split;

import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/** Typed reads of a free-form Zuora object's fields (PascalCase, case-sensitive, as Zuora's). */
final class ZObject {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ZObject() {}

    static String string(Map<String, Object> object, String field, boolean required) {
        Object value = object.get(field);
        if (value == null) {
            if (required) {
                throw new MissingValueException(field + ": is required");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            throw new InvalidValueException(field + ": must be a string");
        }
        if (required && s.isBlank()) {
            throw new MissingValueException(field + ": is required");
        }
        if (s.length() > 255) {
            throw new InvalidValueException(field + ": at most 255 characters");
        }
        return Text.check(field, s);
    }

    static LocalDate date(Map<String, Object> object, String field) {
        String s = string(object, field, true);
        if (!DATE.matcher(s).matches()) {
            throw new InvalidValueException(field + ": must be a date, yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field + ": " + s + " is not a date");
        }
    }

    static BigDecimal decimal(Map<String, Object> object, String field) {
        Object value = object.get(field);
        if (value == null) {
            throw new MissingValueException(field + ": is required");
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        throw new InvalidValueException(field + ": must be a number, sent without quotes");
    }
}
