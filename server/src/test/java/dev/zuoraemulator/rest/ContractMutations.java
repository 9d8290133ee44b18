package dev.zuoraemulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values that break the contract, made from it: for each property of an operation's request schema
 * (nested ones and array elements included), seeded jqwik draws of wrong types, {@code null} or
 * absence where required, empty and too-long strings, pattern, date and enum violations, numbers
 * out of range and beyond {@code long}/{@code double}, deep nesting, a duplicated key, arrays too
 * short or too long, invalid UTF-8 and custom fields of the wrong kind. Every value this makes is
 * invalid for the property it replaces; a request carrying one must be refused.
 */
final class ContractMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\"@@mutation@@\"";
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** One invalid value for a property: its JSON text, or null to remove the property. */
    record Mutation(String label, byte[] raw) {}

    /** A property of a request schema: where it is in the body and what the contract says. */
    record Site(List<Object> path, JsonNode schema, boolean required) {
        String name() {
            StringBuilder out = new StringBuilder("$");
            for (Object step : path) {
                out.append(step instanceof Integer i ? "[" + i + "]" : "." + step);
            }
            return out.toString();
        }
    }

    private final JsonNode contract;
    private final Random random;
    private final int draws;

    /**
     * @param draws how many values each kind of mutation draws for a property (fewer when the kind
     *     has fewer distinct values)
     */
    ContractMutations(long seed, int draws) {
        this.random = new Random(seed);
        this.draws = draws;
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            this.contract = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request body schema of an operation, by operationId. */
    JsonNode requestSchema(String operationId) {
        for (JsonNode item : contract.path("paths")) {
            for (JsonNode operation : item) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    for (JsonNode media : operation.path("requestBody").path("content")) {
                        return resolve(media.path("schema"));
                    }
                }
            }
        }
        throw new IllegalArgumentException("no request body for " + operationId);
    }

    /** Every property of the schema, depth first; an array's elements are visited at index 0. */
    void sites(JsonNode schema, List<Object> path, boolean required, Consumer<Site> out) {
        JsonNode resolved = resolve(schema);
        if (!path.isEmpty()) {
            out.accept(new Site(path, resolved, required));
        }
        Set<String> requiredNames = new LinkedHashSet<>();
        resolved.path("required").forEach(name -> requiredNames.add(name.asText()));
        for (Iterator<String> it = resolved.path("properties").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            List<Object> next = new ArrayList<>(path);
            next.add(name);
            sites(resolved.path("properties").path(name), next, requiredNames.contains(name), out);
        }
        if ("array".equals(resolved.path("type").asText())) {
            List<Object> next = new ArrayList<>(path);
            next.add(0);
            sites(resolved.path("items"), next, false, out);
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        while (node.has("$ref")) {
            String name = node.path("$ref").asText().replace("#/components/schemas/", "");
            node = contract.path("components").path("schemas").path(name);
        }
        return node;
    }

    /** True when the schema takes custom fields ({@code additionalProperties} of values, C10). */
    boolean takesCustomFields(JsonNode schema) {
        JsonNode extra = resolve(schema).path("additionalProperties");
        return extra.isObject() && extra.has("$ref");
    }

    /** The invalid values for one property; {@code valid} is the template's value there, if any. */
    List<Mutation> of(Site site, JsonNode valid) {
        JsonNode s = site.schema();
        String type = s.has("oneOf") ? "decimal" : s.path("type").asText("object");
        List<Mutation> out = new ArrayList<>();
        if (site.required()) {
            out.add(new Mutation("missing", null));
            out.add(text("null", "null"));
        }
        if (valid != null
                && !valid.isMissingNode()
                && site.path().get(site.path().size() - 1) instanceof String key) {
            // the key twice in its object: STRICT_DUPLICATE_DETECTION
            out.add(text("duplicated key", valid + ",\"" + key + "\":" + valid));
        }
        wrongTypes(type, out);
        out.add(draw("deep nesting", Arbitraries.integers().between(600, 3000), d -> deep(d)));
        switch (type) {
            case "string" -> strings(s, out);
            case "integer", "number", "decimal" -> numbers(s, type, out);
            case "array" -> arrays(s, valid, out);
            default -> {}
        }
        return dedupe(out);
    }

    /** Custom fields of the wrong kind for an object that takes them (C10). */
    List<Mutation> customFields() {
        List<Mutation> out = new ArrayList<>();
        Arbitrary<String> names =
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(n -> n + "__c");
        for (int i = 0; i < draws; i++) {
            String name = sample(names);
            out.add(text(name + " = an object", "\"" + name + "\":{\"a\":1}"));
            out.add(text(name + " = an array", "\"" + name + "\":[1]"));
            int length = sample(Arbitraries.integers().between(256, 2000));
            out.add(
                    text(
                            name + " = string of " + length,
                            "\"" + name + "\":" + quoted("v".repeat(length))));
            String digitFirst = sample(Arbitraries.integers().between(0, 9)) + name;
            out.add(
                    text(
                            digitFirst + " = name not starting with a letter",
                            "\"" + digitFirst + "\":\"v\""));
        }
        return dedupe(out);
    }

    private void wrongTypes(String type, List<Mutation> out) {
        if (!type.equals("string")) {
            drawAll(
                    out,
                    "a string",
                    Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                    ContractMutations::quoted);
        }
        if (!type.equals("integer") && !type.equals("number") && !type.equals("decimal")) {
            drawAll(out, "an integer", Arbitraries.longs(), String::valueOf);
            drawAll(
                    out,
                    "a decimal",
                    Arbitraries.bigDecimals().ofScale(2),
                    BigDecimal::toPlainString);
        }
        if (!type.equals("boolean")) {
            out.add(text("true", "true"));
            out.add(text("false", "false"));
        }
        if (!type.equals("object")) {
            out.add(text("an object", "{}"));
            out.add(text("an object with a field", "{\"a\":1}"));
        }
        if (!type.equals("array")) {
            out.add(text("an array", "[]"));
            drawAll(
                    out,
                    "an array of strings",
                    Arbitraries.strings().alpha().ofMaxLength(5).list().ofMinSize(1).ofMaxSize(3),
                    l -> json(l));
        }
    }

    private void strings(JsonNode s, List<Mutation> out) {
        int max = s.path("maxLength").asInt(-1);
        if (max >= 0) {
            drawAll(
                    out,
                    "too long",
                    Arbitraries.integers().between(max + 1, max + 300),
                    n -> quoted(oddText(n)));
            out.add(text("string of " + (max + 100_000), quoted("x".repeat(max + 100_000))));
        }
        if (s.path("minLength").asInt(0) >= 1) {
            out.add(text("empty", "\"\""));
        }
        if (s.has("pattern")) {
            Pattern pattern = Pattern.compile(s.path("pattern").asText());
            drawAll(
                    out,
                    "against the pattern",
                    Arbitraries.strings()
                            .all()
                            .ofMinLength(0)
                            .ofMaxLength(8)
                            .filter(v -> !pattern.matcher(v).find()),
                    ContractMutations::quoted);
        }
        if (s.has("enum")) {
            Set<String> allowed = new LinkedHashSet<>();
            s.path("enum").forEach(v -> allowed.add(v.asText().toLowerCase(Locale.ROOT)));
            drawAll(
                    out,
                    "not in the enum",
                    Arbitraries.strings()
                            .all()
                            .ofMaxLength(12)
                            .filter(v -> !allowed.contains(v.toLowerCase(Locale.ROOT))),
                    ContractMutations::quoted);
        }
        if ("date".equals(s.path("format").asText())) {
            drawAll(
                    out,
                    "impossible date",
                    Arbitraries.integers()
                            .between(13, 99)
                            .flatMap(
                                    month ->
                                            Arbitraries.integers()
                                                    .between(1, 28)
                                                    .map(
                                                            day ->
                                                                    "2026-"
                                                                            + month
                                                                            + "-"
                                                                            + String.format(
                                                                                    "%02d", day))),
                    ContractMutations::quoted);
            drawAll(
                    out,
                    "impossible day",
                    Arbitraries.integers()
                            .between(1, 12)
                            .flatMap(
                                    month ->
                                            Arbitraries.integers()
                                                    .between(32, 99)
                                                    .map(
                                                            day ->
                                                                    String.format(
                                                                            "2026-%02d-%d",
                                                                            month, day))),
                    ContractMutations::quoted);
            out.add(text("February 30", "\"2026-02-30\""));
            drawAll(
                    out,
                    "not a date",
                    Arbitraries.strings()
                            .all()
                            .ofMaxLength(12)
                            .filter(v -> !DATE.matcher(v).matches()),
                    ContractMutations::quoted);
            drawAll(
                    out,
                    "a day number",
                    Arbitraries.integers().between(0, 100_000),
                    String::valueOf);
        }
        if (s.has("maxLength") || s.has("pattern") || s.has("enum") || s.has("format")) {
            for (int i = 0; i < draws; i++) {
                out.add(invalidUtf8(1 + random.nextInt(6)));
            }
        }
    }

    private void numbers(JsonNode s, String type, List<Mutation> out) {
        drawAll(
                out,
                "not a number",
                Arbitraries.strings()
                        .all()
                        .ofMaxLength(10)
                        .filter(v -> !PLAIN_DECIMAL.matcher(v).matches()),
                ContractMutations::quoted);
        drawAll(
                out,
                "exponent",
                Arbitraries.integers().between(-400, 400),
                e -> type.equals("decimal") ? quoted("1e" + e) : "1e" + e);
        out.add(text("NaN", "\"NaN\""));
        out.add(text("Infinity", "\"Infinity\""));
        drawAll(
                out,
                "beyond double",
                Arbitraries.integers().between(309, 5000),
                e -> (random.nextBoolean() ? "-" : "") + "1e" + e);
        drawAll(
                out,
                "beyond long",
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(30)),
                n -> BigInteger.valueOf(Long.MAX_VALUE).add(n).toString());
        if (type.equals("integer")) {
            drawAll(
                    out,
                    "a fraction",
                    Arbitraries.bigDecimals()
                            .between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000))
                            .ofScale(3)
                            .filter(d -> d.stripTrailingZeros().scale() > 0),
                    BigDecimal::toPlainString);
        }
        if (s.has("maximum")) {
            long max = s.path("maximum").asLong();
            drawAll(
                    out,
                    "above the maximum",
                    Arbitraries.longs().between(max + 1, max + 1_000_000),
                    String::valueOf);
        }
        if (s.has("minimum")) {
            long min = s.path("minimum").asLong();
            drawAll(
                    out,
                    "below the minimum",
                    Arbitraries.longs().between(min - 1_000_000, min - 1),
                    String::valueOf);
        }
    }

    private void arrays(JsonNode s, JsonNode valid, List<Mutation> out) {
        int min = s.path("minItems").asInt(0);
        if (min >= 1) {
            out.add(text("no element", "[]"));
        }
        if (s.has("maxItems")) {
            int max = s.path("maxItems").asInt();
            JsonNode element =
                    valid != null && valid.isArray() && !valid.isEmpty()
                            ? valid.get(0)
                            : JSON.getNodeFactory().textNode("x");
            int extra = max >= 1000 ? 1 : sample(Arbitraries.integers().between(1, 50));
            ArrayNode many = JSON.createArrayNode();
            for (int i = 0; i < max + extra; i++) {
                many.add(element);
            }
            out.add(text((max + extra) + " elements", many.toString()));
        }
        out.add(text("[null]", "[null]"));
    }

    /** Draws values of one kind into {@code out}, each a mutation labelled with the kind. */
    private <T> void drawAll(
            List<Mutation> out,
            String kind,
            Arbitrary<T> values,
            java.util.function.Function<T, String> json) {
        for (int i = 0; i < draws; i++) {
            out.add(text(kind, json.apply(sample(values))));
        }
    }

    private <T> Mutation draw(
            String kind, Arbitrary<T> values, java.util.function.Function<T, String> json) {
        return text(kind, json.apply(sample(values)));
    }

    private <T> T sample(Arbitrary<T> values) {
        return values.generatorWithEmbeddedEdgeCases(1000).next(random).value();
    }

    private static Mutation text(String kind, String json) {
        return new Mutation(kind, json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Mutation> dedupe(List<Mutation> mutations) {
        Set<String> seen = new LinkedHashSet<>();
        List<Mutation> out = new ArrayList<>();
        for (Mutation m : mutations) {
            String key =
                    m.label()
                            + "\n"
                            + (m.raw() == null
                                    ? "-"
                                    : new String(m.raw(), StandardCharsets.ISO_8859_1));
            if (seen.add(key)) {
                out.add(m);
            }
        }
        return out;
    }

    /** A string of n UTF-16 units drawn from the Basic Multilingual Plane, no surrogates. */
    private String oddText(int n) {
        StringBuilder out = new StringBuilder(n);
        while (out.length() < n) {
            char c = (char) (0x20 + random.nextInt(0xD7FF - 0x20));
            out.append(c);
        }
        return out.toString();
    }

    /** A JSON string holding bytes that are not UTF-8 (a lone continuation byte, 0xFF, ...). */
    private Mutation invalidUtf8(int n) {
        byte[] bad = {
            (byte) 0x80,
            (byte) 0xBF,
            (byte) 0xC0,
            (byte) 0xC1,
            (byte) 0xF5,
            (byte) 0xFF,
            (byte) 0xFE
        };
        StringBuilder out = new StringBuilder("\"a");
        for (int i = 0; i < n; i++) {
            out.append((char) (bad[random.nextInt(bad.length)] & 0xFF));
        }
        return new Mutation(
                "invalid UTF-8", out.append('"').toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String deep(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String quoted(String value) {
        return JSON.getNodeFactory().textNode(value).toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The template with the mutation at the path: the property removed, or its value replaced by
     * the mutation's raw bytes (which need not be valid JSON, nor UTF-8). Missing parents are made.
     */
    static byte[] body(ObjectNode template, List<Object> path, Mutation mutation) {
        ObjectNode copy = template.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object next = path.get(i + 1);
            JsonNode child =
                    step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            if (child.isMissingNode() || child.isNull()) {
                child = next instanceof Integer ? JSON.createArrayNode() : JSON.createObjectNode();
                if (step instanceof Integer) {
                    ((ArrayNode) parent).add(child);
                } else {
                    ((ObjectNode) parent).set((String) step, child);
                }
            }
            parent = child;
        }
        Object last = path.get(path.size() - 1);
        if (mutation.raw() == null) {
            if (parent instanceof ObjectNode object) {
                object.remove((String) last);
            }
            return copy.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            if (array.size() > index) {
                array.set(index, JSON.getNodeFactory().textNode("@@mutation@@"));
            } else {
                array.add("@@mutation@@");
            }
        } else {
            ((ObjectNode) parent).put((String) last, "@@mutation@@");
        }
        return splice(copy.toString(), mutation.raw());
    }

    /** The object with extra raw members (already {@code "name":value}) after its last one. */
    static byte[] withMembers(ObjectNode template, List<Object> path, byte[] members) {
        ObjectNode copy = template.deepCopy();
        JsonNode target = copy;
        for (Object step : path) {
            target =
                    step instanceof Integer index ? target.path(index) : target.path((String) step);
        }
        ((ObjectNode) target).put("@@custom@@", "@@mutation@@");
        String text = copy.toString().replace("\"@@custom@@\":" + PLACEHOLDER, PLACEHOLDER);
        return splice(text, members);
    }

    private static byte[] splice(String text, byte[] raw) {
        int at = text.indexOf(PLACEHOLDER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(text.substring(at + PLACEHOLDER.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The template's value at the path, or a missing node. */
    static JsonNode at(JsonNode template, List<Object> path) {
        JsonNode node = template;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }
}
