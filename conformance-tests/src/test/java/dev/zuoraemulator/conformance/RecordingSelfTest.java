package dev.zuoraemulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The recording mode end to end: every shipped sample recorded against the suite's emulator, then
 * replayed against a second emulator whose numbering has moved on (its own database, each scenario
 * run there once first): all pass, because what differs between servers became rules; a recorded
 * value changed by hand, or the rules dropped, fails. Needs the packaged emulator, so it does not
 * run against a given base URL.
 */
@Tag("self-test")
@DisabledIfSystemProperty(named = "conformance.baseUrl", matches = ".+")
@DisabledIfSystemProperty(named = "conformance.record", matches = ".+")
class RecordingSelfTest {

    @Test
    void samplesRecordedOnOneEmulatorReplayOnAnother() throws IOException {
        Path out = Path.of("target", "recorded-samples");
        deleteFolder(out);
        Target recorded = Target.get();
        Recorder recorder = RecordSamplesTest.recorder(recorded);
        List<Samples.File> shipped = Samples.in(Samples.shippedFolder(), java.util.Set.of());
        for (Samples.File file : shipped) {
            RecordSamplesTest.record(recorder, recorded, file, out);
        }
        List<Samples.File> recordings = Samples.in(out, java.util.Set.of());
        assertEquals(shipped.size(), recordings.size());

        Sample execute = recording(recordings, "invoice-schedule-execute-with-item-id.json");
        assertEquals("regex:[0-9a-f]{32}", execute.rules().get("$.id"));
        assertEquals("regex:BR-\\d{8}", execute.rules().get("$.billRunNumber"));
        assertEquals("var:accountId", execute.rules().get("$.billRunFilters[0].accountId"));
        assertEquals(
                "var:firstItemId",
                execute.rules().get("$.billRunFilters[0].invoiceScheduleItemId"));
        assertEquals("2022-12-03", execute.response().body().get("invoiceDate").asText());
        assertTrue(!execute.rules().containsKey("$.invoiceDate"), "a date of the request is kept");
        Sample token = recording(recordings, "spec-createToken-defaultClient.json");
        assertEquals("same:$.access_token", token.rules().get("$.jti"));
        assertEquals("regex:[0-9a-f]{32}", token.rules().get("$.access_token"));
        assertTrue(token.response().headers().get("Zuora-Request-Id").startsWith("regex:"));

        Target other = Target.startEmulator("recording-replay");
        Replayer replayer =
                new Replayer(other.baseUrl(), other::token, null, Contract.filter())
                        .withContractWithoutCredentials(Contract.withoutCredentials())
                        .withContractForBadRequests(Contract.forBadRequests())
                        .withCredentials(other.clientId(), other.clientSecret());
        for (Samples.File file : recordings) {
            replayer.exchange(file.sample()); // moves the other emulator's numbering on
        }
        List<String> failures = new ArrayList<>();
        for (Samples.File file : recordings) {
            replayer.replay(file.sample())
                    .ifPresent(why -> failures.add(file.path().getFileName() + ": " + why));
        }
        assertEquals(List.of(), failures);

        ObjectNode changed = (ObjectNode) token.response().body().deepCopy();
        changed.put("token_type", "Bearer");
        Optional<String> drift = replayer.replay(withAnswer(token, changed, token.rules()));
        assertTrue(drift.orElse("").startsWith("$.token_type"), drift.toString());
        Optional<String> withoutRules =
                replayer.replay(withAnswer(execute, execute.response().body(), null));
        assertTrue(withoutRules.orElse("").startsWith("$.id"), withoutRules.toString());
    }

    private static Sample recording(List<Samples.File> recordings, String name) {
        return recordings.stream()
                .filter(file -> file.path().getFileName().toString().equals(name))
                .findFirst()
                .orElseThrow()
                .sample();
    }

    private static Sample withAnswer(
            Sample sample,
            com.fasterxml.jackson.databind.JsonNode body,
            java.util.Map<String, String> rules) {
        return new Sample(
                sample.name(),
                sample.source(),
                sample.operation(),
                sample.tags(),
                sample.setup(),
                sample.request(),
                new Sample.Response(sample.response().status(), sample.response().headers(), body),
                rules);
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
