package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code emulator.admin.enabled=false}, the test controls are gone. */
@QuarkusTest
@TestProfile(AdminDisabledTest.Disabled.class)
class AdminDisabledTest {

    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("emulator.admin.enabled", "false");
        }
    }

    @Test
    void everyAdminPathIsUnknown() {
        admin().post("/emulator/v1/reset")
                .then()
                .statusCode(404)
                .body("success", is(false))
                .body("reasons[0].code", is(50000040))
                .body("reasons[0].message", is("No operation at POST /emulator/v1/reset"));
        admin().get("/emulator/v1/clock").then().statusCode(404);
        admin().get("/emulator/console").then().statusCode(404);
        admin().get("/emulator/console/jobs").then().statusCode(404);
        Api.api().get("/v1/accounts/0000").then().statusCode(404);
    }
}
