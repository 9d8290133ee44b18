import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step (run by the server module's {@code package} phase, as a single-file program on the
 * JDK that runs Maven): starts the packaged emulator once, sends it the requests of a typical
 * session, stops it, and keeps what the JVM learnt about the classes it loaded:
 *
 * <ul>
 *   <li>JDK 25 or newer: an AOT cache ({@code -XX:AOTCacheOutput}, JEP 483/514/515);
 *   <li>JDK 17 to 24: a dynamic AppCDS archive ({@code -XX:ArchiveClassesAtExit}).
 * </ul>
 *
 * It then writes {@code emulator.jvm}, a java argument file ({@code java @file}) holding the
 * option that uses the archive and the runtime options it was trained with, so the README's start
 * command is {@code java @server/target/quarkus-app/emulator.jvm -jar
 * server/target/quarkus-app/quarkus-run.jar}. A JVM that cannot use the archive (another JDK, a
 * rebuilt jar) warns and starts without it.
 *
 * <p>Arguments: the quarkus-app directory, a scratch directory, the runtime JVM options (one
 * argument, separated by spaces), and {@code train} or {@code options-only} (write {@code
 * emulator.jvm} with the runtime options and no archive: the PostgreSQL build, whose training run
 * would write into the configured database).
 */
public class StartupTraining {

    private static final String TOKEN_FORM =
            "client_id=00000000-0000-0000-0000-000000000001&client_secret=emulator-secret"
                    + "&grant_type=client_credentials";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;

    private StartupTraining(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]).toAbsolutePath();
        Path scratch = Path.of(args[1]).toAbsolutePath();
        List<String> runtimeOptions =
                args.length > 2 && !args[2].isBlank() ? List.of(args[2].trim().split("\\s+")) : List.of();
        boolean aotCache = Runtime.version().feature() >= 25;
        Path archive = app.resolve(aotCache ? "app.aot" : "app.jsa");
        Files.deleteIfExists(archive);
        if (args.length > 3 && args[3].equals("options-only")) {
            // the PostgreSQL build: a training run would write into the configured database
            List<String> argfile = new ArrayList<>();
            argfile.add("# written by the build (StartupTraining, no training run): java @this-file -jar quarkus-run.jar");
            argfile.addAll(runtimeOptions);
            Files.write(app.resolve("emulator.jvm"), argfile, StandardCharsets.UTF_8);
            System.out.printf("[startup training] skipped; %s holds the runtime options%n", app.resolve("emulator.jvm"));
            return;
        }
        deleteTree(scratch);
        Files.createDirectories(scratch);

        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
        command.addAll(runtimeOptions);
        command.addAll(
                List.of(
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.http.host=127.0.0.1",
                        "-jar",
                        app.resolve("quarkus-run.jar").toString()));
        Path log = scratch.resolve("training.log");
        Process server =
                new ProcessBuilder(command)
                        .directory(scratch.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        try {
            new StartupTraining(port).session(server);
        } catch (Exception | AssertionError e) {
            server.destroyForcibly();
            System.err.println(Files.readString(log));
            throw e;
        }
        server.destroy(); // SIGTERM: the JVM writes the archive as it exits
        if (!server.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            server.destroyForcibly();
            throw new IllegalStateException("the training run did not stop; see " + log);
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the JVM wrote no archive; see " + log);
        }
        List<String> argfile = new ArrayList<>();
        argfile.add("# written by the build (StartupTraining): java @this-file -jar quarkus-run.jar");
        argfile.add((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + quote(archive));
        if (aotCache) {
            argfile.add("-Xlog:aot*=error"); // not the notes on code it could not reuse, at every start
        }
        runtimeOptions.forEach(argfile::add);
        Files.write(app.resolve("emulator.jvm"), argfile, StandardCharsets.UTF_8);
        System.out.printf(
                "[startup training] %s %s (%d MiB) and %s%n",
                aotCache ? "AOT cache" : "AppCDS archive",
                archive,
                Files.size(archive) >> 20,
                app.resolve("emulator.jvm"));
        deleteTree(scratch);
    }

    /** The requests of a typical session: a split and a schedule run to completion, and errors. */
    private void session(Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the emulator exited during the training run");
            }
            try {
                HttpResponse<String> answer =
                        send("POST", "/oauth/token", TOKEN_FORM, "application/x-www-form-urlencoded");
                if (answer.statusCode() == 200) {
                    token = field(answer.body(), "access_token");
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the emulator did not answer within 120 s");
            }
            Thread.sleep(50);
        }
        String account =
                field(
                        ok(
                                "POST",
                                "/v1/accounts",
                                "{\"name\":\"Training\",\"currency\":\"USD\",\"paymentTerm\":\"Net 30\","
                                        + "\"billToContact\":{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}}"),
                        "accountId");
        String invoiceBody =
                "{\"accountId\":\""
                        + account
                        + "\",\"invoiceDate\":\"2026-01-01\",\"invoiceItems\":["
                        + "{\"amount\":1000.00,\"chargeName\":\"Annual Fee\","
                        + "\"serviceStartDate\":\"2026-01-01\"},"
                        + "{\"amount\":200.00,\"chargeName\":\"Onboarding\","
                        + "\"serviceStartDate\":\"2026-01-01\"}]}";
        String invoice = field(ok("POST", "/v1/invoices", invoiceBody), "id");
        ok("GET", "/v1/invoices/" + invoice, null);
        ok("GET", "/v1/invoices/" + invoice + "/items", null);
        String split =
                field(
                        ok(
                                "POST",
                                "/v1/action/create",
                                "{\"type\":\"InvoiceSplit\",\"objects\":[{\"InvoiceId\":\""
                                        + invoice
                                        + "\"}]}"),
                        "Id");
        ok(
                "POST",
                "/v1/action/create",
                "{\"type\":\"InvoiceSplitItem\",\"objects\":["
                        + "{\"InvoiceSplitId\":\""
                        + split
                        + "\",\"InvoiceDate\":\"2026-01-01\",\"SplitPercentage\":80},"
                        + "{\"InvoiceSplitId\":\""
                        + split
                        + "\",\"InvoiceDate\":\"2026-04-01\",\"SplitPercentage\":20}]}");
        ok(
                "POST",
                "/v1/action/execute",
                "{\"ids\":[\"" + split + "\"],\"synchronous\":false,\"type\":\"InvoiceSplit\"}");
        // the split is done when the original invoice is gone
        await(
                "the split of " + invoice,
                () -> send("GET", "/v1/invoices/" + invoice, null, null).statusCode() == 404);
        ok("GET", "/v1/object/invoice-split/" + split, null);
        // the newer split, done within the request
        String another = field(ok("POST", "/v1/invoices", invoiceBody), "id");
        String job =
                field(
                        ok(
                                "PUT",
                                "/v1/invoices/" + another + "/split",
                                "{\"splitType\":\"Amount\",\"splits\":[{\"splitAmount\":700},"
                                        + "{\"splitAmount\":500}]}"),
                        "jobId");
        ok("GET", "/v1/operations/jobs/" + job, null);

        String schedule =
                field(
                        ok(
                                "POST",
                                "/v1/invoice-schedules",
                                "{\"accountKey\":\""
                                        + account
                                        + "\",\"scheduleItems\":[{\"amount\":120,\"runDate\":\"2026-01-15\"}]}"),
                        "id");
        String billRun = field(ok("POST", "/v1/invoice-schedules/" + schedule + "/execute", "{}"), "id");
        await(
                "bill run " + billRun,
                () -> "Completed".equals(field(ok("GET", "/v1/bill-runs/" + billRun, null), "status")));
        ok("GET", "/v1/invoice-schedules/" + schedule, null);

        expect(400, "POST", "/v1/invoices", "{\"accountId\":\"" + account + "\",\"bogus\":1}");
        expect(404, "GET", "/v1/invoices/INV99999999", null);
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> done)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not complete within 60 s");
            }
            Thread.sleep(20);
        }
    }

    private String ok(String method, String path, String body) throws Exception {
        return expect(200, method, path, body);
    }

    private String expect(int status, String method, String path, String body) throws Exception {
        HttpResponse<String> answer = send(method, path, body, "application/json");
        if (answer.statusCode() != status) {
            throw new IllegalStateException(
                    method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    private HttpResponse<String> send(String method, String path, String body, String type)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", type)
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first string value of a property in a JSON answer (enough for the answers used here). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String quote(Path path) {
        String text = path.toString();
        return text.matches("[^\\s\"'#\\\\]*") ? text : '"' + text.replace("\\", "\\\\") + '"';
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
