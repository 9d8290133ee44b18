package dev.zuoraemulator.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** Replays every sample file under {@code samples/} against the target. */
@Tag("samples")
@DisabledIfSystemProperty(
        named = "conformance.record",
        matches = ".+",
        disabledReason = "recording mode: RecordSamplesTest runs the samples instead")
class SampleReplayTest {

    /** The samples this suite ships: fewer means some went missing. */
    static final int MIN_SAMPLES = 221;

    @TestFactory
    Stream<DynamicTest> replaysEveryDocumentedSample() throws IOException, URISyntaxException {
        Target target = Target.get();
        Replayer replayer =
                new Replayer(target.baseUrl(), target::token, target.entityId(), Contract.filter())
                        .withContractWithoutCredentials(Contract.withoutCredentials())
                        .withContractForBadRequests(Contract.forBadRequests())
                        .withCredentials(target.clientId(), target.clientSecret());
        Path folder = Samples.givenFolder();
        Set<String> tags = Samples.wantedTags();
        List<Sample> selected =
                Samples.in(folder == null ? Samples.shippedFolder() : folder, tags).stream()
                        .map(Samples.File::sample)
                        .toList();
        // an empty folder, a missing file or a tag filter that matches nothing is a failure, not
        // a pass
        int minimum =
                Integer.getInteger(
                        "conformance.minSamples",
                        tags.isEmpty() && folder == null ? MIN_SAMPLES : 1);
        if (selected.size() < minimum) {
            fail(
                    selected.size()
                            + " samples selected"
                            + (folder == null ? "" : " in " + folder)
                            + (tags.isEmpty() ? "" : " by conformance.sampleTags=" + tags)
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
}
