package dev.zuoraemulator.common;

import dev.zuoraemulator.error.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The custom fields of one object (decision C10): properties named {@code <name>__c} with a string,
 * number, boolean or null value. Immutable; the request objects of the contract hand them over as
 * their additional properties, and answers carry them the same way.
 */
public final class CustomFields {

    public static final String SUFFIX = "__c";
    public static final int MAX_FIELDS = 100;
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_STRING_LENGTH = 255;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*__c");

    public static final CustomFields NONE = new CustomFields(Map.of());

    private final Map<String, Object> values;

    private CustomFields(Map<String, Object> values) {
        this.values = values;
    }

    public static boolean isCustomFieldName(String name) {
        return name.endsWith(SUFFIX);
    }

    /**
     * The custom fields among a request object's additional properties; any other additional
     * property is not a custom field and is ignored here ({@code rejectUnknownFields} is checked
     * before). {@code path} names the object in error messages ({@code "invoiceItems[2]"}, or empty
     * for the body itself).
     */
    public static CustomFields from(Map<String, Object> properties, String path) {
        if (properties == null || properties.isEmpty()) {
            return NONE;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if (isCustomFieldName(e.getKey())) {
                values.put(e.getKey(), checked(path, e.getKey(), e.getValue()));
            }
        }
        return of(values, path);
    }

    /** Values read back from storage, already checked when they were written. */
    static CustomFields stored(Map<String, Object> values) {
        return values.isEmpty() ? NONE : new CustomFields(Collections.unmodifiableMap(values));
    }

    /**
     * These fields with {@code changes} applied by name: a changed value replaces, a new one adds.
     */
    public CustomFields updatedWith(CustomFields changes, String path) {
        if (changes.values.isEmpty()) {
            return this;
        }
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(changes.values);
        return of(merged, path);
    }

    public Map<String, Object> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static CustomFields of(Map<String, Object> values, String path) {
        if (values.isEmpty()) {
            return NONE;
        }
        if (values.size() > MAX_FIELDS) {
            throw new InvalidValueException(
                    (path.isEmpty() ? "The request body" : path)
                            + " has "
                            + values.size()
                            + " custom fields; at most "
                            + MAX_FIELDS
                            + " are allowed per object");
        }
        return new CustomFields(Collections.unmodifiableMap(values));
    }

    private static Object checked(String path, String name, Object value) {
        String field = path.isEmpty() ? name : path + "." + name;
        if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw new InvalidValueException(
                    field
                            + ": not a valid custom field name: a letter, then letters, digits or"
                            + " underscores, ending in __c, at most "
                            + MAX_NAME_LENGTH
                            + " characters");
        }
        if (value == null
                || value instanceof Boolean
                || value instanceof BigDecimal
                || value instanceof BigInteger
                || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof String s) {
            if (s.length() > MAX_STRING_LENGTH) {
                throw new InvalidValueException(
                        field
                                + ": a custom field value has at most "
                                + MAX_STRING_LENGTH
                                + " characters");
            }
            return Text.check(field, s);
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new InvalidValueException(
                field + ": a custom field value is a string, a number, a boolean or null");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomFields other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
