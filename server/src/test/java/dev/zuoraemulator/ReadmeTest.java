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
 * The guide's JUnit example is the test the build runs, word for word; the README lists every
 * operation of the contract; and nothing in the repository sends a reader to files outside it.
 */
class ReadmeTest {

    @Test
    void theJUnitExampleIsTheOneTheBuildRuns() throws IOException {
        String guide = Files.readString(Path.of("../docs/testing.md"));
        String example =
                Files.readString(Path.of("src/test/java/com/example/billing/SplitRetryIT.java"));
        assertTrue(
                guide.contains("```java\n" + example + "```\n"),
                "docs/testing.md must show SplitRetryIT.java as it is");
    }

    @Test
    void theReadmeListsEveryOperationOfTheContract() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        java.util.regex.Matcher operation =
                java.util.regex.Pattern.compile("(?m)^ +operationId: (\\S+)$")
                        .matcher(
                                Files.readString(
                                        Path.of("../openapi/src/main/openapi/openapi.yaml")));
        List<String> missing = new java.util.ArrayList<>();
        int found = 0;
        while (operation.find()) {
            found++;
            if (!readme.contains("`" + operation.group(1) + "`")) {
                missing.add(operation.group(1));
            }
        }
        assertTrue(found > 20, found + " operations read from the contract");
        assertEquals(List.of(), missing, "operations missing from the README's table");
    }

    /**
     * Every relative link of the README and the guides leads to a file, and a heading, that exist.
     */
    @Test
    void everyLinkOfTheDocsLeadsSomewhere() throws IOException {
        List<Path> pages = new java.util.ArrayList<>(List.of(Path.of("../README.md")));
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(([^)\\s]+)\\)");
        List<String> broken = new java.util.ArrayList<>();
        for (Path page : pages) {
            java.util.regex.Matcher m = link.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                String file =
                        target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor =
                        target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target);
                } else if (anchor != null && !anchors(resolved).contains(anchor)) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The anchors GitHub gives a page's headings. */
    private static java.util.Set<String> anchors(Path page) throws IOException {
        java.util.Set<String> anchors = new java.util.HashSet<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("#")) {
                anchors.add(
                        line.replaceFirst("^#+\\s*", "")
                                .toLowerCase(java.util.Locale.ROOT)
                                .replaceAll("[^a-z0-9 _-]", "")
                                .replace(' ', '-'));
            }
        }
        return anchors;
    }

    /**
     * The decisions written out in docs/zuora-behaviour.md are exactly those of the contracts'
     * tables (Zuora's operations in openapi.yaml, the test controls in emulator-admin.yaml).
     */
    @Test
    void theDecisionsOfTheDocsAreThoseOfTheContracts() throws IOException {
        java.util.Set<String> contracts = new java.util.TreeSet<>();
        for (String contract : List.of("openapi.yaml", "emulator-admin.yaml")) {
            java.util.regex.Matcher row =
                    java.util.regex.Pattern.compile("(?m)^ +\\| ([A-Z][0-9]+) \\|")
                            .matcher(
                                    Files.readString(
                                            Path.of("../openapi/src/main/openapi/" + contract)));
            while (row.find()) {
                contracts.add(row.group(1));
            }
        }
        java.util.Set<String> docs = new java.util.TreeSet<>();
        java.util.regex.Matcher item =
                java.util.regex.Pattern.compile("(?m)^- \\*\\*([A-Z][0-9]+)\\.\\*\\*")
                        .matcher(Files.readString(Path.of("../docs/zuora-behaviour.md")));
        while (item.find()) {
            docs.add(item.group(1));
        }
        assertTrue(contracts.containsAll(List.of("S1", "C11", "L7", "T2")), contracts.toString());
        assertEquals(contracts, docs);
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
