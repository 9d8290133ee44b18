package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The scripts the CI recipes of docs/ci.md call, run as a CI job runs them: start the packaged
 * emulator in the background, a request, the journal printed; and a start that fails says why.
 */
class CiScriptsIT {

    private static final Path SCRIPTS = Path.of("../docs/ci").toAbsolutePath().normalize();
    private static final Path JAR =
            Path.of(System.getProperty("emulator.runner", "target/quarkus-app/quarkus-run.jar"))
                    .toAbsolutePath();

    private record Run(int exit, String output) {}

    @Test
    void startThenPrintTheJournal() throws Exception {
        Path job = Files.createTempDirectory(Path.of("target"), "ci-job-");
        String port = String.valueOf(freePort());
        Map<String, String> environment = Map.of("EMULATOR_PORT", port);
        try {
            Run started = run(job, environment, "start-emulator.sh", JAR.toString());
            assertEquals(0, started.exit(), started.output());
            assertTrue(
                    started.output()
                            .startsWith("the emulator is ready on http://localhost:" + port + " "),
                    started.output());
            RestAssured.given()
                    .baseUri("http://localhost:" + port)
                    .header("Idempotency-Key", "ci-1")
                    .get("/v1/accounts/A00000001")
                    .then()
                    .statusCode(401);
            Run journal = run(job, environment, "print-journal.sh", "5");
            assertEquals(0, journal.exit(), journal.output());
            assertTrue(
                    journal.output().contains(" GET /v1/accounts/A00000001 -> 401"),
                    journal.output());
            assertTrue(
                    journal.output()
                            .contains("responseBody: {\"message\":\"Authentication error\"}"),
                    journal.output());
        } finally {
            stop(job);
        }
    }

    @Test
    void aStartThatFailsShowsTheLog() throws Exception {
        Path job = Files.createTempDirectory(Path.of("target"), "ci-job-");
        Map<String, String> environment =
                Map.of("EMULATOR_PORT", String.valueOf(freePort()), "EMULATOR_STORAGE", "disk");
        try {
            Run failed = run(job, environment, "start-emulator.sh", JAR.toString());
            assertEquals(1, failed.exit(), failed.output());
            assertTrue(failed.output().contains("the emulator exited; its log:"), failed.output());
            assertTrue(failed.output().contains("file,memory"), failed.output());
            Run noJar = run(job, environment, "start-emulator.sh", "no/such.jar");
            assertEquals(1, noJar.exit());
            assertTrue(noJar.output().startsWith("no emulator jar at no/such.jar"), noJar.output());
        } finally {
            stop(job);
        }
    }

    private static Run run(Path directory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of("bash"));
        line.add(SCRIPTS.resolve(command[0]).toString());
        line.addAll(List.of(command).subList(1, command.length));
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile());
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(
                process.waitFor(90, TimeUnit.SECONDS), String.join(" ", command) + ": " + output);
        return new Run(process.exitValue(), output);
    }

    private static void stop(Path job) throws IOException, InterruptedException {
        Path pid = job.resolve("emulator.pid");
        if (Files.exists(pid)) {
            long id = Long.parseLong(Files.readString(pid).trim());
            ProcessHandle.of(id)
                    .ifPresent(
                            p -> {
                                p.destroy();
                                p.onExit().join();
                            });
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
