package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code emulator.admin.secret}, the test controls need it. */
@QuarkusTest
@TestProfile(AdminSecretTest.WithSecret.class)
class AdminSecretTest {

    public static class WithSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("emulator.admin.secret", "s3cret");
        }
    }

    @Test
    void theSecretIsNeeded() {
        admin().get("/emulator/v1/clock")
                .then()
                .statusCode(401)
                .body("status", is(401))
                .body("error", is("unauthorized"))
                .body("message", is("Emulator-Admin-Secret: missing or wrong"));
        admin().header("Emulator-Admin-Secret", "s3cre")
                .post("/emulator/v1/reset")
                .then()
                .statusCode(401);
        admin().header("Emulator-Admin-Secret", "s3cret")
                .get("/emulator/v1/clock")
                .then()
                .statusCode(200)
                .body("frozen", is(false));
        // Zuora's operations do not take it
        Api.api().get("/v1/accounts/0000").then().statusCode(404);
    }
}
