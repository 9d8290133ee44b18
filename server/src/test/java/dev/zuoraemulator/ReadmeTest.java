package dev.zuoraemulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's JUnit example is the test the build runs, word for word; and nothing in the
 * repository sends a reader to files outside it.
 */
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

    @Test
    void noFileRefersToSourcesOutsideTheRepository() throws IOException {
        List<String> outside;
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            outside =
                    files.filter(Files::isRegularFile)
                            .filter(f -> !f.toString().contains("/target/"))
                            .filter(f -> !f.toString().contains("/.git/"))
                            .filter(f -> f.toString().matches(".*\\.(md|json|yaml|java|sql|py)$"))
                            .filter(ReadmeTest::pointsOutside)
                            .map(Path::toString)
                            .toList();
        }
        assertEquals(List.of(), outside, "write what they need into docs/ instead");
    }

    /**
     * The team's folder beside the repository, which users do not have: its name is kept apart from
     * the paths below so that this guard does not itself name them.
     */
    private static final String TEAM_FOLDER = "sha" + "red";

    private static final java.util.regex.Pattern OUTSIDE =
            java.util.regex.Pattern.compile(
                    "\\.\\./" + TEAM_FOLDER + "/|" + TEAM_FOLDER + "/(reference|zuora-facts)");

    private static boolean pointsOutside(Path file) {
        try {
            String text = Files.readString(file);
            return OUTSIDE.matcher(text).find();
        } catch (IOException e) {
            return false;
        }
    }
}
