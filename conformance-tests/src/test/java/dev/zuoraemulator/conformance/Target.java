package dev.zuoraemulator.conformance;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The server under test: the one at {@code conformance.baseUrl} with the given credentials, or,
 * when no base URL is given, the packaged emulator started here on a free loopback port with an
 * empty in-memory database. The suite knows the server only through HTTP.
 */
public final class Target {

    /** The emulator's documented default client, used when the suite starts the emulator itself. */
    private static final String DEFAULT_CLIENT_ID = "00000000-0000-0000-0000-000000000001";

    private static final String DEFAULT_CLIENT_SECRET = "emulator-secret";

    private static Target instance;

    private final String baseUrl;
    private final String clientId;
    private final String clientSecret;
    private final String entityId;
    private String token;

    private Target(String baseUrl, String clientId, String clientSecret, String entityId) {
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.entityId = entityId;
    }

    public static synchronized Target get() {
        if (instance == null) {
            String baseUrl = setting("conformance.baseUrl", "CONFORMANCE_BASE_URL");
            if (baseUrl == null) {
                instance = startEmulator("conformance");
            } else {
                String clientId = setting("conformance.clientId", "CONFORMANCE_CLIENT_ID");
                String secret = setting("conformance.clientSecret", "CONFORMANCE_CLIENT_SECRET");
                instance =
                        new Target(
                                baseUrl.replaceAll("/+$", ""),
                                clientId == null ? DEFAULT_CLIENT_ID : clientId,
                                secret == null ? DEFAULT_CLIENT_SECRET : secret,
                                setting("conformance.entityId", "CONFORMANCE_ENTITY_ID"));
            }
        }
        return instance;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The entity to send as {@code Zuora-Entity-Ids}, or null. */
    public String entityId() {
        return entityId;
    }

    public synchronized String token() {
        if (token == null) {
            String form =
                    "client_id="
                            + encode(clientId)
                            + "&client_secret="
                            + encode(clientSecret)
                            + "&grant_type=client_credentials";
            var request =
                    given().baseUri(baseUrl)
                            .filter(Contract.filter())
                            .contentType("application/x-www-form-urlencoded")
                            .body(form);
            if (entityId != null) {
                request.header("Zuora-Entity-Ids", entityId);
            }
            token =
                    request.post("/oauth/token")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("access_token");
        }
        return token;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Starts the packaged emulator on a free loopback port with an empty in-memory database of the
     * given name (its log under {@code target/emulator-run-<name>}, or {@code target/emulator-run}
     * for the suite's own), stopped when the test JVM exits.
     */
    static Target startEmulator(String database) {
        String runner =
                System.getProperty(
                        "emulator.runner", "../server/target/quarkus-app/quarkus-run.jar");
        Path jar = Path.of(runner);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "No conformance.baseUrl was given and the packaged emulator "
                            + jar
                            + " does not exist: build it with ./mvnw install -DskipTests, or give a base URL");
        }
        int port = freePort();
        Path workDir =
                Path.of(
                        "target",
                        database.equals("conformance")
                                ? "emulator-run"
                                : "emulator-run-" + database);
        try {
            Files.createDirectories(workDir);
            List<String> command =
                    new ArrayList<>(
                            List.of(
                                    Path.of(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "-Dquarkus.http.port=" + port,
                                    "-Dquarkus.http.host=127.0.0.1",
                                    "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:"
                                            + database
                                            + ";DB_CLOSE_DELAY=-1",
                                    "-jar",
                                    jar.toAbsolutePath().toString()));
            Process process =
                    new ProcessBuilder(command)
                            .directory(workDir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(workDir.resolve("emulator.log").toFile())
                            .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            String baseUrl = "http://127.0.0.1:" + port;
            awaitReady(baseUrl, process, workDir.resolve("emulator.log"));
            return new Target(baseUrl, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, null);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the emulator", e);
        }
    }

    private static void awaitReady(String baseUrl, Process process, Path log) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The emulator exited at start:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> response =
                        client.send(
                                HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(
                        100); // polling a process we do not control; there is nothing to wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException(
                "The emulator was not ready within 60 s:\n" + Files.readString(log));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
