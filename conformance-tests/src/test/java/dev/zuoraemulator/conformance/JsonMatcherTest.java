package dev.zuoraemulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison must be able to fail: each kind of drift is reported with its JSON path. */
class JsonMatcherTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENTED =
            "[{\"Success\": true, \"Id\": \"x\", \"amount\": 1.50}]";

    private static Optional<String> diff(String actual) throws Exception {
        JsonNode expected = JSON.readTree(DOCUMENTED);
        return new JsonMatcher(Map.of("$[0].Id", "regex:[0-9a-f]{32}"), Map.of())
                .firstDifference(expected, JSON.readTree(actual));
    }

    @Test
    void acceptsTheSameAnswerWithAGeneratedIdAndNumbersEqualByValue() throws Exception {
        assertEquals(
                Optional.empty(),
                diff(
                        "[{\"Id\": \"2c93808457d787030157e031d5844c53\", \"Success\": true, \"amount\": 1.5}]"));
    }

    @Test
    void reportsARenamedFieldAtItsPath() throws Exception {
        assertEquals(
                Optional.of("$[0].Success: missing"),
                diff(
                        "[{\"success\": true, \"Id\": \"2c93808457d787030157e031d5844c53\", \"amount\": 1.5}]"));
    }

    @Test
    void reportsAnExtraFieldAWrongValueAndAGeneratedValueOutOfFormat() throws Exception {
        assertTrue(
                diff("[{\"Success\": true, \"Id\": \"2c93808457d787030157e031d5844c53\", \"amount\": 1.5, \"x\": 1}]")
                        .orElseThrow()
                        .startsWith("$[0].x"));
        assertTrue(
                diff("[{\"Success\": false, \"Id\": \"2c93808457d787030157e031d5844c53\", \"amount\": 1.5}]")
                        .orElseThrow()
                        .startsWith("$[0].Success"));
        assertTrue(
                diff("[{\"Success\": true, \"Id\": \"ID-1\", \"amount\": 1.5}]")
                        .orElseThrow()
                        .startsWith("$[0].Id"));
        assertTrue(diff("[]").orElseThrow().startsWith("$: expected 1 elements"));
    }

    @Test
    void aFieldOfZuorasSchemaMayBeAddedOnlyToTheObjectThatDocumentsIt() throws Exception {
        JsonMatcher matcher =
                new JsonMatcher(
                        Map.of(),
                        Map.of(),
                        Map.of("", java.util.Set.of("extra"), "list[]", java.util.Set.of("label")));
        assertEquals(
                Optional.empty(),
                matcher.firstDifference(
                        JSON.readTree("{\"list\": [{\"b\": 1}, {\"b\": 2}]}"),
                        JSON.readTree("{\"list\": [{\"b\": 1, \"label\": null}, {\"b\": 2}]}")));
        assertEquals(
                Optional.of("$.list[1].extra: not in the documented answer"),
                matcher.firstDifference(
                        JSON.readTree("{\"list\": [{\"b\": 1}, {\"b\": 2}]}"),
                        JSON.readTree("{\"list\": [{\"b\": 1}, {\"b\": 2, \"extra\": 1}]}")));
        JsonNode expected = JSON.readTree("{\"a\": {\"b\": 1}}");
        assertEquals(
                Optional.empty(),
                matcher.firstDifference(
                        expected, JSON.readTree("{\"a\": {\"b\": 1}, \"extra\": null}")));
        assertEquals(
                Optional.of("$.a.extra: not in the documented answer"),
                matcher.firstDifference(
                        expected, JSON.readTree("{\"a\": {\"b\": 1, \"extra\": null}}")));
        assertEquals(
                Optional.of("$.other: not in the documented answer"),
                matcher.firstDifference(
                        expected, JSON.readTree("{\"a\": {\"b\": 1}, \"other\": 1}")));
    }

    @Test
    void aSameRuleComparesWithAnotherFieldOfTheAnswer() throws Exception {
        JsonMatcher matcher = new JsonMatcher(Map.of("$.jti", "same:$.access_token"), Map.of());
        JsonNode expected = JSON.readTree("{\"access_token\": \"x\", \"jti\": \"x\"}");
        assertEquals(
                Optional.empty(),
                matcher.firstDifference(
                        expected, JSON.readTree("{\"access_token\": \"x\", \"jti\": \"x\"}")));
        assertEquals(
                Optional.of("$.jti: expected the value of $.access_token, \"x\", got \"y\""),
                matcher.firstDifference(
                        expected, JSON.readTree("{\"access_token\": \"x\", \"jti\": \"y\"}")));
    }
}
