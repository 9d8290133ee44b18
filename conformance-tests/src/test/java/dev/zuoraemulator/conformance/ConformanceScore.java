package dev.zuoraemulator.conformance;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How much of the contract the samples cover, and how much of that passes (a coverage index, as
 * Microcks reports one). For every operationId of the contract: samples run and passed, and the
 * documented status codes that no sample exercises. The score is the share of the documented
 * (operation, status) pairs a black box can provoke that have at least one sample and whose samples
 * all passed, in percent; the statuses no client can provoke safely are listed apart, with why.
 */
final class ConformanceScore {

    /** Documented statuses a black-box client cannot provoke safely on a tenant, and why. */
    static final Map<Integer, String> LEFT_OUT =
            Map.of(
                    500,
                    "an unexpected server fault: no request provokes one on purpose",
                    429,
                    "needs a rate or concurrency quota exhausted on purpose, which would harm every"
                            + " other client of the tenant (the emulator's own tests cover it with"
                            + " enforcement turned on)");

    /** One replayed sample: the operation, the status it expects, and whether it passed. */
    record Result(String operationId, int status, boolean passed) {}

    /** Per operation: the documented statuses, and per status the samples run and passed. */
    private final Map<String, TreeMap<Integer, int[]>> table = new TreeMap<>();

    private ConformanceScore() {}

    /** The contract's operations and statuses, with the results laid over them. */
    static ConformanceScore of(Path contract, List<Result> results) {
        OpenAPI api = new OpenAPIV3Parser().read(contract.toString());
        ConformanceScore score = new ConformanceScore();
        for (var path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                TreeMap<Integer, int[]> statuses = new TreeMap<>();
                operation
                        .getResponses()
                        .keySet()
                        .forEach(
                                code -> {
                                    if (code.matches("\\d{3}")) {
                                        statuses.put(Integer.parseInt(code), new int[2]);
                                    }
                                });
                score.table.put(operation.getOperationId(), statuses);
            }
        }
        for (Result result : results) {
            int[] counts =
                    score.table
                            .computeIfAbsent(result.operationId(), op -> new TreeMap<>())
                            .computeIfAbsent(result.status(), status -> new int[2]);
            counts[0]++;
            if (result.passed()) {
                counts[1]++;
            }
        }
        return score;
    }

    /**
     * Percent of the provokable documented (operation, status) pairs exercised by samples that all
     * pass.
     */
    double score() {
        int documented = 0;
        int covered = 0;
        for (TreeMap<Integer, int[]> statuses : table.values()) {
            for (var entry : statuses.entrySet()) {
                if (LEFT_OUT.containsKey(entry.getKey())) {
                    continue;
                }
                int[] counts = entry.getValue();
                documented++;
                if (counts[0] > 0 && counts[1] == counts[0]) {
                    covered++;
                }
            }
        }
        return documented == 0 ? 0 : 100.0 * covered / documented;
    }

    /** How many documented pairs have a status left out of the score. */
    private long leftOutPairs(int status) {
        return table.values().stream().filter(statuses -> statuses.containsKey(status)).count();
    }

    String markdown() {
        StringBuilder md =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "## Conformance score: %.1f%%%n%n"
                                        + "The share of the contract's documented (operation, status)"
                                        + " pairs a black box can provoke that have at least one"
                                        + " sample, all passing.%n%n"
                                        + "| operationId | samples run | passed | statuses with a"
                                        + " sample | documented statuses without one |%n"
                                        + "| --- | --- | --- | --- | --- |%n",
                                score()));
        List<String> untested = new ArrayList<>();
        table.forEach(
                (operation, statuses) -> {
                    int run = 0;
                    int passed = 0;
                    TreeSet<Integer> sampled = new TreeSet<>();
                    TreeSet<Integer> missing = new TreeSet<>();
                    for (var entry : statuses.entrySet()) {
                        run += entry.getValue()[0];
                        passed += entry.getValue()[1];
                        (entry.getValue()[0] > 0 ? sampled : missing).add(entry.getKey());
                    }
                    if (run == 0) {
                        untested.add(operation);
                    }
                    md.append(
                            String.format(
                                    Locale.ROOT,
                                    "| %s | %d | %d | %s | %s |%n",
                                    operation,
                                    run,
                                    passed,
                                    sampled.isEmpty() ? "-" : join(sampled),
                                    missing.isEmpty() ? "-" : join(missing)));
                });
        md.append(
                String.format(
                        Locale.ROOT,
                        "%nOperations without any sample: %s%n",
                        untested.isEmpty() ? "none" : String.join(", ", untested)));
        md.append(String.format(Locale.ROOT, "%nLeft out of the score:%n%n"));
        new TreeMap<>(LEFT_OUT)
                .forEach(
                        (status, why) ->
                                md.append(
                                        String.format(
                                                Locale.ROOT,
                                                "- %d (%d documented pairs): %s%n",
                                                status,
                                                leftOutPairs(status),
                                                why)));
        return md.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(TreeSet<Integer> codes) {
        return String.join(", ", codes.stream().map(String::valueOf).toList());
    }
}
