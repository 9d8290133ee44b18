package dev.zuoraemulator.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The report a person reads: every sample and scenario, pass or fail, and why (the first
 * difference, with its JSON path). Printed at the end and written to {@code
 * target/conformance-report.md} and {@code target/conformance-report.xml} (JUnit XML). Registered
 * through META-INF/services.
 */
public class ConformanceReport implements TestExecutionListener {

    record Row(String name, String kind, boolean passed, String why, double seconds) {}

    private final List<Row> rows = new ArrayList<>();
    private final java.util.Map<String, Long> started =
            new java.util.concurrent.ConcurrentHashMap<>();
    private String target = "";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        rows.clear();
        try {
            Files.deleteIfExists(SCORE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written by the samples' last test (ConformanceScore), appended to the report. */
    private static final Path SCORE = Path.of("target", "conformance-score.md");

    @Override
    public void executionStarted(TestIdentifier id) {
        started.put(id.getUniqueId(), System.nanoTime());
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            return;
        }
        String kind =
                id.getUniqueId().contains("SampleReplayTest")
                        ? "sample"
                        : id.getUniqueId().contains("ScenarioTest") ? "scenario" : "self-test";
        String why =
                result.getThrowable()
                        .map(t -> String.valueOf(t.getMessage()).replaceAll("\\s+", " "))
                        .orElse("");
        long start = started.getOrDefault(id.getUniqueId(), System.nanoTime());
        rows.add(
                new Row(
                        id.getDisplayName(),
                        kind,
                        result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
                        why,
                        (System.nanoTime() - start) / 1e9));
        if (target.isEmpty()) {
            String base = System.getProperty("conformance.baseUrl");
            target = base == null || base.isBlank() ? "the packaged emulator" : base;
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (rows.isEmpty()) {
            return;
        }
        long failed = rows.stream().filter(r -> !r.passed()).count();
        StringBuilder md = new StringBuilder("# Conformance report\n\n");
        md.append("Target: ")
                .append(target)
                .append(". ")
                .append(rows.size() - failed)
                .append(" passed, ")
                .append(failed)
                .append(
                        " failed.\n\n| | kind | sample or scenario | why |\n| --- | --- | --- | --- |\n");
        for (Row row : rows) {
            md.append("| ")
                    .append(row.passed() ? "pass" : "FAIL")
                    .append(" | ")
                    .append(row.kind())
                    .append(" | ")
                    .append(row.name().replace("|", "\\|"))
                    .append(" | ")
                    .append(row.why().replace("|", "\\|"))
                    .append(" |\n");
        }
        try {
            if (Files.exists(SCORE)) {
                md.append('\n').append(Files.readString(SCORE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append(
                String.format(
                        Locale.ROOT,
                        "<testsuite name=\"conformance\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">%n",
                        rows.size(),
                        failed));
        for (Row row : rows) {
            xml.append(
                    String.format(
                            Locale.ROOT,
                            "  <testcase classname=\"conformance.%s\" name=\"%s\" time=\"%.3f\"",
                            row.kind(),
                            escape(row.name()),
                            row.seconds()));
            if (row.passed()) {
                xml.append("/>\n");
            } else {
                xml.append(">\n    <failure message=\"")
                        .append(escape(row.why()))
                        .append("\"/>\n  </testcase>\n");
            }
        }
        xml.append("</testsuite>\n");
        try {
            Path dir = Path.of("target");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("conformance-report.md"), md);
            Files.writeString(dir.resolve("conformance-report.xml"), xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println();
        System.out.println(md);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
