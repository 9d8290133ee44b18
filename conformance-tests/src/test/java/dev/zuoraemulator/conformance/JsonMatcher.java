package dev.zuoraemulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an answer with a documented one and names the first difference by its JSON path. Fields
 * under a rule are matched by the rule; every other field must be present with the same value
 * (numbers by value), and the answer may have no field the sample does not show.
 *
 * <p>Rules: {@code regex:<pattern>} (the value's text matches), {@code var:<name>} (equals a value
 * captured in set-up), {@code same:<path>} (equals the value at another path of the same answer,
 * e.g. a token's {@code jti} and {@code access_token}), {@code any} (present, any value, null
 * included).
 */
public final class JsonMatcher {

    private final Map<String, String> rules;
    private final Map<String, String> vars;
    private final Map<String, Set<String>> schemaFields;

    public JsonMatcher(Map<String, String> rules, Map<String, String> vars) {
        this(rules, vars, Map.of());
    }

    /**
     * {@code schemaFields}: the fields Zuora's response schema documents for the operation
     * (decision C9), by object path ({@code ""} the answer, {@code "basicInfo"}, {@code
     * "scheduleItems[]"} the elements of an array); an answer may carry them although the sample
     * does not show them.
     */
    public JsonMatcher(
            Map<String, String> rules,
            Map<String, String> vars,
            Map<String, Set<String>> schemaFields) {
        this.rules = rules == null ? Map.of() : rules;
        this.vars = vars;
        this.schemaFields = schemaFields;
    }

    private JsonNode answer;

    public Optional<String> firstDifference(JsonNode expected, JsonNode actual) {
        answer = actual;
        return compare("$", expected, actual);
    }

    /** A single value against a rule, or exactly; used for headers as well. */
    public Optional<String> matchRule(String path, String rule, String actualText) {
        if (rule.equals("any")) {
            return Optional.empty();
        }
        if (rule.startsWith("regex:")) {
            return actualText != null
                            && Pattern.compile(rule.substring(6)).matcher(actualText).matches()
                    ? Optional.empty()
                    : Optional.of(
                            path
                                    + ": expected to match /"
                                    + rule.substring(6)
                                    + "/, got "
                                    + quote(actualText));
        }
        if (rule.startsWith("var:")) {
            String value = vars.get(rule.substring(4));
            return value != null && value.equals(actualText)
                    ? Optional.empty()
                    : Optional.of(
                            path
                                    + ": expected "
                                    + quote(value)
                                    + " ("
                                    + rule.substring(4)
                                    + "), got "
                                    + quote(actualText));
        }
        if (rule.startsWith("same:") && answer != null) {
            JsonNode other = JsonPointers.at(answer, rule.substring(5));
            String value = other.isMissingNode() || other.isNull() ? null : other.asText();
            return value != null && value.equals(actualText)
                    ? Optional.empty()
                    : Optional.of(
                            path
                                    + ": expected the value of "
                                    + rule.substring(5)
                                    + ", "
                                    + quote(value)
                                    + ", got "
                                    + quote(actualText));
        }
        throw new IllegalArgumentException("unknown rule '" + rule + "' at " + path);
    }

    private Optional<String> compare(String path, JsonNode expected, JsonNode actual) {
        String rule = rules.get(path);
        if (rule != null) {
            if (actual == null || actual.isMissingNode()) {
                return Optional.of(path + ": missing");
            }
            return matchRule(path, rule, actual.isNull() ? null : actual.asText());
        }
        if (actual == null || actual.isMissingNode()) {
            return Optional.of(path + ": missing");
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return Optional.of(path + ": expected an object, got " + actual.getNodeType());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Optional<String> difference =
                        compare(
                                path + "." + field.getKey(),
                                field.getValue(),
                                actual.get(field.getKey()));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)
                        && !schemaFields.getOrDefault(objectPath(path), Set.of()).contains(name)) {
                    return Optional.of(path + "." + name + ": not in the documented answer");
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            if (!actual.isArray()) {
                return Optional.of(path + ": expected an array, got " + actual.getNodeType());
            }
            if (expected.size() != actual.size()) {
                return Optional.of(
                        path + ": expected " + expected.size() + " elements, got " + actual.size());
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> difference =
                        compare(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) == 0
                    ? Optional.empty()
                    : Optional.of(path + ": expected " + expected + ", got " + actual);
        }
        return expected.equals(actual)
                ? Optional.empty()
                : Optional.of(path + ": expected " + expected + ", got " + actual);
    }

    /** {@code $.scheduleItems[2]} as the schema lists it: {@code scheduleItems[]}. */
    static String objectPath(String path) {
        String object = ARRAY_INDEX.matcher(path.substring(1)).replaceAll("[]");
        return object.startsWith(".") ? object.substring(1) : object;
    }

    private static final Pattern ARRAY_INDEX = Pattern.compile("\\[\\d+\\]");

    private static String quote(String s) {
        return s == null ? "null" : '"' + s + '"';
    }
}
