package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: {@code emulator.log.json=true} (EMULATOR_LOG_JSON) writes one JSON object per line. */
class JsonLogsIT {

    @Test
    void everyLogLineIsAJsonObject() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "json-logs-");
        try (PackagedServer server = PackagedServer.start(workDir, "emulator.log.json=true")) {
            server.token();
        }
        List<String> lines =
                Files.readAllLines(workDir.resolve("server.log")).stream()
                        .filter(line -> !line.isBlank())
                        .toList();
        ObjectMapper json = new ObjectMapper();
        boolean started = false;
        for (String line : lines) {
            JsonNode record = json.readTree(line); // fails on a line that is not JSON
            assertTrue(record.has("timestamp") && record.has("level"), line);
            started |= record.path("message").asText().contains("started in");
        }
        assertTrue(started, "Quarkus' start line among " + lines.size() + " records");
        assertEquals(
                lines.size(),
                lines.stream().filter(line -> line.startsWith("{")).count(),
                "every line a record");
    }
}
