package dev.zuoraemulator.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Decision C3 across a restart: a key used before the restart still replays after it (file database). */
class IdempotencyKeySurvivesRestartIT {

    private static RequestSpecification api(String baseUrl) {
        String token = given().baseUri(baseUrl).formParam("client_id", "00000000-0000-0000-0000-000000000001")
                .formParam("client_secret", "emulator-secret").formParam("grant_type", "client_credentials")
                .post("/oauth/token").then().statusCode(200).extract().path("access_token");
        return given().baseUri(baseUrl).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    @Test
    void replaysAKeyUsedBeforeTheRestart() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "restart-key-");
        Map<String, Object> account = Map.of("name", "Keyed", "currency", "EUR",
                "billToContact", Map.of("firstName", "A", "lastName", "B"));
        String first;
        try (PackagedServer server = PackagedServer.start(workDir)) {
            first = api(server.baseUrl()).header("Idempotency-Key", "restart-key-1").body(account)
                    .post("/v1/accounts").then().statusCode(200).extract().asString();
        }
        try (PackagedServer server = PackagedServer.start(workDir)) {
            String retry = api(server.baseUrl()).header("Idempotency-Key", "restart-key-1").body(account)
                    .post("/v1/accounts").then().statusCode(200).extract().asString();
            assertEquals(first, retry);
            // and the account exists once: a new request without the key gets the next number
            String next = api(server.baseUrl()).body(account).post("/v1/accounts").then().statusCode(200)
                    .extract().path("accountNumber");
            assertEquals("A00000002", next);
        }
    }
}
