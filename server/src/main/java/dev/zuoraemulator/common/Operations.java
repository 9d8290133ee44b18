package dev.zuoraemulator.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the served contracts (Zuora's and the test controls'), so that a request can be
 * named by its {@code operationId} (the journal, fault rules). Read once from the contract files
 * the server serves: their {@code paths} are written one path, method and {@code operationId} per
 * line at fixed indents, which {@code OperationsTest} checks against a full YAML parse.
 */
@ApplicationScoped
public class Operations {

    static final List<String> CONTRACTS =
            List.of("META-INF/openapi.yaml", "META-INF/emulator-admin.yaml");

    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD =
            Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");
    private static final Pattern OPERATION_ID =
            Pattern.compile("^      operationId:\\s*(\\S+)\\s*$");

    /** One operation: its method, its path template as a pattern, its ID. */
    public record Operation(String method, String template, Pattern path, String operationId) {}

    private final List<Operation> operations;

    Operations() {
        List<Operation> found = new ArrayList<>();
        for (String contract : CONTRACTS) {
            found.addAll(read(contract));
        }
        this.operations = List.copyOf(found);
    }

    public List<Operation> all() {
        return operations;
    }

    /** The operationId of a request, if it is one of the contracts' operations. */
    public Optional<String> operationId(String method, String path) {
        for (Operation operation : operations) {
            if (operation.method.equals(method) && operation.path.matcher(path).matches()) {
                return Optional.of(operation.operationId);
            }
        }
        return Optional.empty();
    }

    /** Whether the operation is one of the test controls'. */
    public boolean isAdmin(String operationId) {
        return operations.stream()
                .anyMatch(
                        o ->
                                o.operationId.equals(operationId)
                                        && o.template.startsWith("/emulator/"));
    }

    public boolean exists(String operationId) {
        return operations.stream().anyMatch(o -> o.operationId.equals(operationId));
    }

    static List<Operation> read(String resource) {
        InputStream in = Operations.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    "the contract " + resource + " is not on the class path");
        }
        List<Operation> found = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean inPaths = false;
            String path = null;
            String method = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith(" ") && !line.isBlank()) {
                    inPaths = line.startsWith("paths:");
                    continue;
                }
                if (!inPaths) {
                    continue;
                }
                Matcher m;
                if ((m = PATH.matcher(line)).matches()) {
                    path = m.group(1);
                    method = null;
                } else if ((m = METHOD.matcher(line)).matches()) {
                    method = m.group(1).toUpperCase(Locale.ROOT);
                } else if ((m = OPERATION_ID.matcher(line)).matches()
                        && path != null
                        && method != null) {
                    found.add(new Operation(method, path, template(path), m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** {@code /v1/bill-runs/{billRunId}} matches {@code /v1/bill-runs/} and one segment. */
    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = Pattern.compile("\\{[^}/]+}").matcher(path);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(at, parameter.start()))).append("[^/]+");
            at = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(at)));
        return Pattern.compile(regex.toString());
    }
}
