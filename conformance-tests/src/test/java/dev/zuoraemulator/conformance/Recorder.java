package dev.zuoraemulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recording mode: runs a sample's scenario (its set-up and request) twice against a server and
 * writes what the server answered as a new sample. A value is volatile when it differs between the
 * two runs or carries the current date; each volatile value becomes a rule, in this order: {@code
 * var:<name>} when it is a value captured in set-up (or a built-in one), {@code same:<path>} when
 * it repeats a volatile value shown earlier in the answer, else a {@code regex:} inferred from both
 * values (a UUID, 32 hex digits, a timestamp or date, or the values' common shape with digits
 * generalised, e.g. {@code INV\d{8}}), {@code any} when even that fails (null in one run). Values
 * equal in both runs are kept exactly. A value equal to a captured one always becomes its {@code
 * var:} rule, because the capture differs on another server.
 */
public final class Recorder {

    /** Values shorter than this are not taken for captured ones ("1", "USD"). */
    private static final int MIN_VAR_LENGTH = 6;

    private static final List<Pattern> KNOWN =
            List.of(
                    Pattern.compile(
                            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
                    Pattern.compile("[0-9a-f]{32}"),
                    Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"),
                    Pattern.compile(
                            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?"),
                    Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));

    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T].*)?");

    private final Replayer replayer;
    private final Clock clock;

    public Recorder(Replayer replayer, Clock clock) {
        this.replayer = replayer;
        this.clock = clock;
    }

    /** A recorded sample, with what could not be made into a rule; or why nothing was recorded. */
    public record Recording(Sample sample, List<String> notes, String failure) {}

    public Recording record(Sample scenario, String source) {
        Replayer.Exchange first = replayer.exchange(scenario);
        if (first.setupFailure() != null) {
            return new Recording(null, List.of(), first.setupFailure());
        }
        Replayer.Exchange second = replayer.exchange(scenario);
        if (second.setupFailure() != null) {
            return new Recording(null, List.of(), "second run: " + second.setupFailure());
        }
        Response one = first.response();
        Response two = second.response();
        if (one.statusCode() != two.statusCode()) {
            return new Recording(
                    null,
                    List.of(),
                    "the status differed between the two runs: "
                            + one.statusCode()
                            + " then "
                            + two.statusCode());
        }
        Walk walk = new Walk(first.vars(), second.vars());
        Map<String, String> headers = new LinkedHashMap<>();
        if (scenario.response().headers() != null) {
            for (String name : scenario.response().headers().keySet()) {
                String value = one.header(name);
                if (value == null) {
                    walk.notes.add("header " + name + ": not in the answer, not recorded");
                    continue;
                }
                String rule = walk.ruleFor(null, value, two.header(name));
                headers.put(name, rule == null ? value : rule);
            }
        }
        JsonNode body = null;
        String contentType = one.contentType();
        if (contentType != null && contentType.startsWith("application/json")) {
            body = Replayer.parse(one.asString());
            walk.compare("$", body, Replayer.parse(two.asString()));
        }
        if (scenario.rules() != null) {
            // a field the sample declares volatile ("any": a status that moves on by itself) stays
            // so, even when the two runs happened to see the same value
            scenario.rules()
                    .forEach(
                            (path, rule) -> {
                                if ("any".equals(rule)) {
                                    walk.rules.putIfAbsent(path, rule);
                                }
                            });
        }
        List<String> tags = new ArrayList<>();
        if (scenario.tags() != null) {
            tags.addAll(scenario.tags());
        }
        if (!tags.contains("recorded")) {
            tags.add("recorded");
        }
        Sample recorded =
                new Sample(
                        scenario.name() + " (recorded)",
                        source,
                        scenario.operation(),
                        tags,
                        scenario.setup(),
                        scenario.request(),
                        new Sample.Response(
                                one.statusCode(), headers.isEmpty() ? null : headers, body),
                        walk.rules.isEmpty() ? null : walk.rules);
        return new Recording(recorded, walk.notes, null);
    }

    /** The comparison of the two answers, collecting rules in document order. */
    private final class Walk {
        final Map<String, String> firstVars;
        final Map<String, String> secondVars;
        final Map<String, String> rules = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        /** Volatile values already shown in each run's answer, by value, with their path. */
        final Map<String, String> shownFirst = new HashMap<>();

        final Map<String, String> shownSecond = new HashMap<>();

        Walk(Map<String, String> firstVars, Map<String, String> secondVars) {
            this.firstVars = firstVars;
            this.secondVars = secondVars;
        }

        void compare(String path, JsonNode one, JsonNode two) {
            if (one.isObject()) {
                if (!two.isObject()) {
                    rules.put(path, "any");
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = one.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    compare(
                            path + "." + field.getKey(),
                            field.getValue(),
                            two.path(field.getKey()));
                }
                return;
            }
            if (one.isArray()) {
                if (!two.isArray()) {
                    rules.put(path, "any");
                    return;
                }
                if (one.size() != two.size()) {
                    notes.add(
                            path
                                    + ": "
                                    + one.size()
                                    + " elements, then "
                                    + two.size()
                                    + "; the first run's kept");
                }
                for (int i = 0; i < one.size(); i++) {
                    compare(path + "[" + i + "]", one.get(i), two.path(i));
                }
                return;
            }
            if (one.isNull() || two.isNull() || two.isMissingNode()) {
                if (!one.equals(two)) {
                    rules.put(path, "any");
                }
                return;
            }
            String rule = ruleFor(path, one.asText(), two.asText());
            if (rule != null) {
                rules.put(path, rule);
            }
        }

        /** The rule for a value seen as {@code one} then {@code two}; null to keep it exactly. */
        String ruleFor(String path, String one, String two) {
            if (one.length() >= MIN_VAR_LENGTH) {
                for (Map.Entry<String, String> var : firstVars.entrySet()) {
                    if (one.equals(var.getValue())
                            && two != null
                            && two.equals(secondVars.get(var.getKey()))) {
                        return "var:" + var.getKey();
                    }
                }
            }
            if (one.equals(two) && !current(one)) {
                return null;
            }
            if (path != null) {
                String earlier = shownFirst.get(one);
                if (earlier != null && two != null && earlier.equals(shownSecond.get(two))) {
                    return "same:" + earlier;
                }
                shownFirst.putIfAbsent(one, path);
                if (two != null) {
                    shownSecond.putIfAbsent(two, path);
                }
            }
            return two == null ? "any" : infer(one, two);
        }

        /** Today's, yesterday's or tomorrow's date, alone or opening a timestamp. */
        private boolean current(String value) {
            var m = DATED.matcher(value);
            if (!m.matches()) {
                return false;
            }
            try {
                LocalDate date = LocalDate.parse(m.group(1));
                LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
                return !date.isBefore(today.minusDays(1)) && !date.isAfter(today.plusDays(1));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /** A regex rule both values match: a known format, else their common shape, else any text. */
    static String infer(String one, String two) {
        for (Pattern known : KNOWN) {
            if (known.matcher(one).matches() && known.matcher(two).matches()) {
                return "regex:" + known.pattern();
            }
        }
        String shape = shape(one);
        if (shape.equals(shape(two))) {
            return "regex:" + shape;
        }
        return one.isEmpty() || two.isEmpty() ? "any" : "regex:.+";
    }

    /**
     * The value as a regex with runs of hex digits (8 or more, at least one a digit) and of decimal
     * digits generalised: {@code INV00000012} → {@code INV\d{8}}, {@code item 01a2…63a0} → {@code
     * item [0-9a-f]{32}}; every other character is kept.
     */
    static String shape(String value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int hexEnd = i;
            boolean digit = false;
            boolean lower = false;
            boolean upper = false;
            while (hexEnd < value.length() && HEX.indexOf(value.charAt(hexEnd)) >= 0) {
                char c = value.charAt(hexEnd++);
                digit |= Character.isDigit(c);
                lower |= Character.isLowerCase(c);
                upper |= Character.isUpperCase(c);
            }
            if (hexEnd - i >= 8 && digit && (lower || upper)) {
                out.append(lower && upper ? "[0-9a-fA-F]" : lower ? "[0-9a-f]" : "[0-9A-F]")
                        .append('{')
                        .append(hexEnd - i)
                        .append('}');
                i = hexEnd;
                continue;
            }
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                    i++;
                }
                out.append(i - start == 1 ? "\\d" : "\\d{" + (i - start) + "}");
                continue;
            }
            out.append("\\.[]{}()*+?^$|".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
            i++;
        }
        return out.toString();
    }

    private static final String HEX = "0123456789abcdefABCDEF";
}
