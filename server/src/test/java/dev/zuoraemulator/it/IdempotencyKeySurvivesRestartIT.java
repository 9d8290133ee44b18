package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decision C3 across a restart: a key used before the restart still replays after it (file
 * database).
 */
class IdempotencyKeySurvivesRestartIT {

    @Test
    void replaysAKeyUsedBeforeTheRestart() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "restart-key-");
        Map<String, Object> account =
                Map.of(
                        "name",
                        "Keyed",
                        "currency",
                        "EUR",
                        "billToContact",
                        Map.of("firstName", "A", "lastName", "B"));
        String first;
        try (PackagedServer server = PackagedServer.start(workDir)) {
            first =
                    server.api()
                            .header("Idempotency-Key", "restart-key-1")
                            .body(account)
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
        }
        try (PackagedServer server = PackagedServer.start(workDir)) {
            String retry =
                    server.api()
                            .header("Idempotency-Key", "restart-key-1")
                            .body(account)
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            assertEquals(first, retry);
            // and the account exists once: a new request without the key gets the next number
            String next =
                    server.api()
                            .body(account)
                            .post("/v1/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("accountNumber");
            assertEquals("A00000002", next);
        }
    }
}
