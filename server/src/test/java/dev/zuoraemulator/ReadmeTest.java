package dev.zuoraemulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's JUnit example is the test the build runs, word for word. */
class ReadmeTest {

    @Test
    void theJUnitExampleIsTheOneTheBuildRuns() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String example =
                Files.readString(Path.of("src/test/java/com/example/billing/SplitRetryIT.java"));
        assertTrue(
                readme.contains("```java\n" + example + "```\n"),
                "README.md must show SplitRetryIT.java as it is");
    }
}
