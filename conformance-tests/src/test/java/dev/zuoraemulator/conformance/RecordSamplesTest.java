package dev.zuoraemulator.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Recording mode ({@code -Dconformance.record=<dir>}): runs the scenario of every sample (the
 * shipped ones, or those of {@code -Dconformance.samples}, filtered by {@code
 * -Dconformance.sampleTags}) twice against the target and writes what it answered to {@code
 * <dir>/<sample file name>}, volatile values made into rules ({@link Recorder}). Replaying that
 * folder against another server ({@code -Dconformance.samples=<dir>}) shows where it differs from
 * the recorded one.
 */
@Tag("record")
@EnabledIfSystemProperty(named = "conformance.record", matches = ".+")
class RecordSamplesTest {

    @TestFactory
    Stream<DynamicTest> recordsEverySample() {
        Path out = Path.of(System.getProperty("conformance.record").trim()).toAbsolutePath();
        Path folder = Samples.givenFolder();
        List<Samples.File> scenarios =
                Samples.in(folder == null ? Samples.shippedFolder() : folder, Samples.wantedTags());
        if (scenarios.isEmpty()) {
            fail("no sample to record (conformance.samples, conformance.sampleTags)");
        }
        System.out.println("recording " + scenarios.size() + " samples into " + out);
        Recorder recorder = recorder(Target.get());
        return scenarios.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        "record " + file.path().getFileName(),
                                        () -> record(recorder, Target.get(), file, out)));
    }

    static Recorder recorder(Target target) {
        return new Recorder(
                new Replayer(target.baseUrl(), target::token, target.entityId(), Contract.filter())
                        .withContractWithoutCredentials(Contract.withoutCredentials())
                        .withContractForBadRequests(Contract.forBadRequests())
                        .withCredentials(target.clientId(), target.clientSecret()),
                Clock.systemUTC());
    }

    /** Records one sample's scenario into {@code out}; fails when nothing could be recorded. */
    static Sample record(Recorder recorder, Target target, Samples.File file, Path out) {
        String name = file.path().getFileName().toString();
        Recorder.Recording recording =
                recorder.record(
                        file.sample(),
                        "recorded from "
                                + target.baseUrl()
                                + " at "
                                + Instant.now()
                                + " (conformance.record), running the scenario of "
                                + name);
        if (recording.failure() != null) {
            fail(name + ": " + recording.failure());
        }
        recording.notes().forEach(note -> System.out.println(name + ": " + note));
        Samples.write(out.resolve(name), recording.sample());
        return recording.sample();
    }
}
