package dev.zuoraemulator.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** Replays every sample file under {@code samples/} against the target. */
@Tag("samples")
class SampleReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The samples this suite ships: fewer means some went missing. */
    static final int MIN_SAMPLES = 34;

    static List<Path> sampleFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(SampleReplayTest.class.getResource("/samples").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> replaysEveryDocumentedSample() throws IOException, URISyntaxException {
        Target target = Target.get();
        Replayer replayer =
                new Replayer(target.baseUrl(), target::token, target.entityId(), Contract.filter())
                        .withContractWithoutCredentials(Contract.withoutCredentials())
                        .withCredentials(target.clientId(), target.clientSecret());
        String wanted = System.getProperty("conformance.sampleTags", "");
        java.util.Set<String> tags =
                java.util.Arrays.stream(wanted.split(","))
                        .map(String::trim)
                        .filter(t -> !t.isEmpty())
                        .collect(java.util.stream.Collectors.toSet());
        List<Sample> selected =
                sampleFiles().stream()
                        .map(SampleReplayTest::read)
                        .filter(
                                sample ->
                                        tags.isEmpty()
                                                || (sample.tags() != null
                                                        && sample.tags().stream()
                                                                .anyMatch(tags::contains)))
                        .toList();
        // an empty folder, a missing file or a tag filter that matches nothing is a failure, not
        // a pass
        int minimum =
                tags.isEmpty() ? Integer.getInteger("conformance.minSamples", MIN_SAMPLES) : 1;
        if (selected.size() < minimum) {
            fail(
                    selected.size()
                            + " samples selected"
                            + (tags.isEmpty() ? "" : " by conformance.sampleTags=" + wanted)
                            + "; at least "
                            + minimum
                            + " expected (conformance.minSamples)");
        }
        List<ConformanceScore.Result> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        Stream<DynamicTest> replays =
                selected.stream()
                        .map(
                                sample ->
                                        DynamicTest.dynamicTest(
                                                sample.name() + " [" + sample.operation() + "]",
                                                () -> replay(replayer, sample, results)));
        return Stream.concat(replays, Stream.of(score(results)));
    }

    /**
     * Last: the coverage of the contract and the score, written to {@code
     * target/conformance-score.md}; below {@code -Dconformance.minScore} (percent) it fails.
     */
    private static DynamicTest score(List<ConformanceScore.Result> results) {
        return DynamicTest.dynamicTest(
                "conformance score",
                () -> {
                    ConformanceScore score = ConformanceScore.of(Contract.spec(), results);
                    score.write(Path.of("target", "conformance-score.md"));
                    System.out.println(score.markdown());
                    String minimum = System.getProperty("conformance.minScore", "");
                    if (!minimum.isBlank() && score.score() < Double.parseDouble(minimum)) {
                        fail(
                                String.format(
                                        java.util.Locale.ROOT,
                                        "conformance score %.1f%% is below"
                                                + " conformance.minScore=%s",
                                        score.score(),
                                        minimum));
                    }
                });
    }

    private static void replay(
            Replayer replayer, Sample sample, List<ConformanceScore.Result> results) {
        boolean passed = false;
        try {
            Optional<String> difference = replayer.replay(sample);
            passed = difference.isEmpty();
            if (difference.isPresent()) {
                fail(sample.name() + " (" + sample.source() + "): " + difference.get());
            }
        } finally {
            results.add(
                    new ConformanceScore.Result(
                            sample.operation(), sample.response().status(), passed));
        }
    }

    static Sample read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Sample.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "unreadable sample " + file + ": " + e.getMessage(), e);
        }
    }
}
