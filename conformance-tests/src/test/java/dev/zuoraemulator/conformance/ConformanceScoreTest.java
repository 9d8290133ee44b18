package dev.zuoraemulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceScoreTest {

    private static final String CONTRACT =
            """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200': {description: ok}
                    '404': {description: missing}
              /b:
                post:
                  operationId: postB
                  responses:
                    '200': {description: ok}
                    '400': {description: bad}
                    '429': {description: over a limit}
                    '500': {description: fault}
            """;

    private static ConformanceScore score(List<ConformanceScore.Result> results) throws Exception {
        Path contract = Files.createTempFile("contract", ".yaml");
        Files.writeString(contract, CONTRACT);
        return ConformanceScore.of(contract, results);
    }

    @Test
    void countsThePairsWhoseSamplesAllPass() throws Exception {
        ConformanceScore score =
                score(
                        List.of(
                                new ConformanceScore.Result("getA", 200, true),
                                new ConformanceScore.Result("getA", 200, true),
                                new ConformanceScore.Result("postB", 200, true),
                                new ConformanceScore.Result("postB", 400, true),
                                new ConformanceScore.Result("postB", 400, false)));
        // getA 200 and postB 200 count; getA 404 has no sample; postB 400 has a failing one
        assertEquals(50.0, score.score());
        String md = score.markdown();
        assertTrue(md.contains("| getA | 2 | 2 | 200 | 404 |"), md);
        assertTrue(md.contains("| postB | 3 | 2 | 200, 400 | 429, 500 |"), md);
        assertTrue(md.contains("Operations without any sample: none"), md);
        // 429 and 500 are listed apart, with why, and stay out of the denominator
        assertTrue(
                md.contains("- 429 (1 documented pairs): needs a rate or concurrency quota"), md);
        assertTrue(md.contains("- 500 (1 documented pairs): an unexpected server fault"), md);
    }

    @Test
    void namesTheOperationsWithoutAnySample() throws Exception {
        ConformanceScore score = score(List.of(new ConformanceScore.Result("getA", 200, true)));
        assertEquals(25.0, score.score());
        assertTrue(score.markdown().contains("Operations without any sample: postB"));
    }
}
