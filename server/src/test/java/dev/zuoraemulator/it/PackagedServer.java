package dev.zuoraemulator.it;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The packaged server as an operating-system process, in a working directory of its own (so ./data
 * is its own).
 */
final class PackagedServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private PackagedServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PackagedServer start(Path workDir, String... properties) throws IOException {
        return start(workDir, Map.of(), properties);
    }

    /** As {@link #start(Path, String...)}, with environment variables added to the process's. */
    static PackagedServer start(Path workDir, Map<String, String> environment, String... properties)
            throws IOException {
        Path jar =
                Path.of(System.getProperty("emulator.runner", "target/quarkus-app/quarkus-run.jar"))
                        .toAbsolutePath();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Dquarkus.http.port=" + port,
                                "-Dquarkus.http.host=127.0.0.1"));
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-jar", jar.toString()));
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process =
                builder.directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(
                                        workDir.resolve("server.log").toFile()))
                        .start();
        PackagedServer server = new PackagedServer(process, port);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                // not answering yet is ignored; an exited server ends the wait with its log
                .ignoreExceptionsMatching(e -> !(e instanceof ServerExited))
                .until(
                        () -> {
                            if (!process.isAlive()) {
                                throw new ServerExited(
                                        "the server exited: "
                                                + Files.readString(workDir.resolve("server.log")));
                            }
                            return RestAssured.given()
                                            .baseUri(server.baseUrl())
                                            .get("/q/health/ready")
                                            .statusCode()
                                    == 200;
                        });
        return server;
    }

    /** The server process ended before it was ready; the message holds its log. */
    static final class ServerExited extends IllegalStateException {
        ServerExited(String message) {
            super(message);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A request to this server with a fresh token of the default client. */
    io.restassured.specification.RequestSpecification api() {
        return api(token());
    }

    /** A new token of the default client. */
    String token() {
        return RestAssured.given()
                .baseUri(baseUrl())
                .formParam("client_id", "00000000-0000-0000-0000-000000000001")
                .formParam("client_secret", "emulator-secret")
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A request to this server with the token given. */
    io.restassured.specification.RequestSpecification api(String token) {
        return RestAssured.given()
                .baseUri(baseUrl())
                .header("Authorization", "Bearer " + token)
                .contentType(io.restassured.http.ContentType.JSON);
    }

    /** Kills the process without letting it shut down: a crash. */
    void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as an orchestrator stops a container; answers the exit code once it has exited. */
    int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
