package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The documentation's examples run as printed. A fenced block preceded by {@code <!-- checked:
 * <session> -->} belongs to that session; a session's blocks, from the README and then the guides
 * of {@code docs/} in name order, run as one script (one shell: variables carry over) against a
 * fresh packaged emulator, the address {@code http://localhost:8080} replaced by its own. A comment
 * line straight after a command (no blank line between) is output the reader is shown: everything
 * the commands print since the previous such output must be exactly those lines, {@code ...}
 * standing for any text.
 */
class DocExamplesIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String MARK = "@@shown-output@@";

    private static PackagedServer server;
    private static Path work;

    @BeforeAll
    static void start() throws IOException {
        work = Files.createTempDirectory(Path.of("target"), "doc-examples-");
        server = PackagedServer.start(work.resolve("server"), Map.of("EMULATOR_STORAGE", "memory"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCheckedExampleRunsAsPrinted() throws IOException {
        Map<String, Session> sessions = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.startsWith("<!-- checked: ") && line.endsWith("-->")) {
                    String name = line.substring(14, line.length() - 3).trim();
                    String fence = lines.get(i + 1);
                    String language = fence.substring(3).trim();
                    List<String> block = new ArrayList<>();
                    for (int j = i + 2; !lines.get(j).startsWith("```"); j++) {
                        block.add(lines.get(j));
                    }
                    sessions.computeIfAbsent(name, n -> new Session(n, language))
                            .add(ROOT.relativize(file).toString(), i + 3, block);
                }
            }
        }
        assertTrue(sessions.containsKey("walkthrough"), "no checked walk-through found");
        return sessions.values().stream()
                .map(s -> DynamicTest.dynamicTest(s.name + " (" + s.where + ")", s::run));
    }

    /** One script, its blocks in order, with the output shown after each of its commands. */
    private static final class Session {
        final String name;
        final String language;
        final List<String> script = new ArrayList<>();
        final List<List<String>> shown = new ArrayList<>();
        final List<String> shownAt = new ArrayList<>();
        String where = "";

        Session(String name, String language) {
            this.name = name;
            this.language = language;
        }

        /** The block whose first line is line {@code first} of the file. */
        void add(String file, int first, List<String> block) {
            String at = file + ":" + first;
            where = where.isEmpty() ? at : where + ", " + at;
            String previous = "";
            for (int i = 0; i < block.size(); i++) {
                String line = block.get(i);
                boolean comment = line.startsWith("# ") || line.equals("#");
                boolean afterCommand = !previous.isBlank() && !previous.startsWith("#");
                if (comment && afterCommand) {
                    int shownLine = first + i;
                    List<String> output = new ArrayList<>();
                    while (i < block.size() && block.get(i).startsWith("#")) {
                        output.add(block.get(i).replaceFirst("^# ?", ""));
                        i++;
                    }
                    i--;
                    shown.add(output);
                    shownAt.add(file + ":" + shownLine);
                    // on a line of its own, also after an answer without a final newline
                    script.add(
                            "python".equals(language)
                                    ? "print('\\n" + MARK + "', flush=True)"
                                    : "printf '\\n%s\\n' " + MARK);
                    previous = "";
                } else {
                    script.add(line.replace("http://localhost:8080", server.baseUrl()));
                    previous = line;
                }
            }
        }

        void run() throws Exception {
            List<String> command;
            if ("python".equals(language)) {
                Assumptions.assumeTrue(
                        exitCode(List.of("python3", "-c", "import requests")) == 0,
                        "python3 with requests is not installed");
                command = List.of("timeout", "300", "python3", "-");
            } else {
                command = List.of("timeout", "300", "bash", "-s");
            }
            Process process =
                    new ProcessBuilder(command)
                            .directory(work.toFile())
                            .redirectErrorStream(true)
                            .start();
            process.getOutputStream()
                    .write((String.join("\n", script) + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String printed =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // the timeout ends a script that waits for ever (a poll that never sees its state)
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), name + " did not finish");
            String[] segments = printed.split("(?m)^" + MARK + "$", -1);
            assertTrue(
                    segments.length > shown.size(),
                    name
                            + ": the script stopped before its output "
                            + segments.length
                            + ":\n"
                            + printed);
            for (int k = 0; k < shown.size(); k++) {
                String segment = segments[k].replaceAll("^\n+|\n+$", "");
                List<String> actual =
                        segment.isEmpty() ? List.of() : List.of(segment.split("\n", -1));
                List<String> expected = shown.get(k);
                String context = name + ", output shown at " + shownAt.get(k);
                assertEquals(expected.size(), actual.size(), context + ": printed " + actual);
                for (int l = 0; l < expected.size(); l++) {
                    assertTrue(
                            matches(expected.get(l), actual.get(l)),
                            context
                                    + ": shown\n  "
                                    + expected.get(l)
                                    + "\nprinted\n  "
                                    + actual.get(l));
                }
            }
        }
    }

    /** The shown line, its {@code ...} standing for any text. */
    static boolean matches(String shown, String printed) {
        StringBuilder pattern = new StringBuilder();
        String[] parts = shown.split("\\.\\.\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                pattern.append(".*");
            }
            pattern.append(java.util.regex.Pattern.quote(parts[i]));
        }
        return printed.matches(pattern.toString());
    }

    private static int exitCode(List<String> command) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        return process.waitFor();
    }
}
