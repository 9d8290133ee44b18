package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /q/health/group/state}: the sizes of what grows with use (tokens, Idempotency-Keys). */
@QuarkusTest
class StateCheckTest {

    private static JsonPath state() {
        return given().get("/q/health/group/state")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks[0].name", is("state"))
                .extract()
                .jsonPath();
    }

    @Test
    void reportsTokensAndIdempotencyKeys() {
        Api.token();
        JsonPath before = state();
        assertTrue(before.getInt("checks[0].data.tokens") >= 1);
        api().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(
                        Map.of(
                                "name",
                                "State",
                                "currency",
                                "USD",
                                "billToContact",
                                Map.of("firstName", "A", "lastName", "B")))
                .post("/v1/accounts")
                .then()
                .statusCode(200);
        assertEquals(
                before.getLong("checks[0].data.idempotencyKeys") + 1,
                state().getLong("checks[0].data.idempotencyKeys"));
    }
}
