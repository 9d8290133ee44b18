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

    /**
     * The samples this suite ships, by file name, one a line: a replay of the shipped folder must
     * find exactly these, so that a sample lost (or added without being listed) fails the build.
     */
    static final String MANIFEST = "MANIFEST";

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
        List<Samples.File> files =
                Samples.in(folder == null ? Samples.shippedFolder() : folder, tags);
        List<Sample> selected = files.stream().map(Samples.File::sample).toList();
        if (folder == null && tags.isEmpty()) {
            assertShipped(files);
        }
        // an empty folder or a tag filter that matches nothing is a failure, not a pass
        int minimum = Integer.getInteger("conformance.minSamples", 1);
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

    /** The shipped folder holds exactly the samples its manifest lists. */
    private static void assertShipped(List<Samples.File> files) throws IOException {
        Set<String> listed =
                new java.util.TreeSet<>(
                        java.nio.file.Files.readAllLines(
                                Samples.shippedFolder().resolve(MANIFEST)));
        listed.remove("");
        Set<String> found = new java.util.TreeSet<>();
        files.forEach(f -> found.add(f.path().getFileName().toString()));
        Set<String> lost = new java.util.TreeSet<>(listed);
        lost.removeAll(found);
        Set<String> unlisted = new java.util.TreeSet<>(found);
        unlisted.removeAll(listed);
        if (!lost.isEmpty() || !unlisted.isEmpty()) {
            fail(
                    "the shipped samples differ from samples/"
                            + MANIFEST
                            + ": lost "
                            + lost
                            + ", not listed "
                            + unlisted);
        }
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
