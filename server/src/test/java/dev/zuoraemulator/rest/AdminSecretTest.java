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

    @Test
    void theConsoleAsksForTheSecretOnceAndKeepsAProofOfIt() {
        var noRedirects = io.restassured.RestAssured.given().redirects().follow(false);
        noRedirects
                .get("/emulator/console/jobs")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/emulator/console/login"));
        io.restassured.RestAssured.given()
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", "x")
                .post("/emulator/console/jobs/run")
                .then()
                .statusCode(401);
        io.restassured.RestAssured.given().get("/emulator/console/login").then().statusCode(200);
        io.restassured.RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("secret", "wrong")
                .post("/emulator/console/login")
                .then()
                .statusCode(401)
                .body(org.hamcrest.Matchers.containsString("not the admin secret"));
        io.restassured.response.Response login =
                io.restassured.RestAssured.given()
                        .redirects()
                        .follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("secret", "s3cret")
                        .post("/emulator/console/login");
        login.then().statusCode(303);
        String session = login.cookie("emulator_console_session");
        org.junit.jupiter.api.Assertions.assertFalse(session.contains("s3cret"), session);
        String sessionCookie =
                login.headers().getValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("emulator_console_session="))
                        .findFirst()
                        .orElseThrow()
                        .toLowerCase(java.util.Locale.ROOT);
        org.junit.jupiter.api.Assertions.assertTrue(
                sessionCookie.contains("httponly") && sessionCookie.contains("samesite=strict"),
                sessionCookie);
        io.restassured.RestAssured.given()
                .cookie("emulator_console_session", session)
                .get("/emulator/console/jobs")
                .then()
                .statusCode(200);
        io.restassured.RestAssured.given()
                .cookie("emulator_console_session", session.substring(1) + "0")
                .redirects()
                .follow(false)
                .get("/emulator/console/jobs")
                .then()
                .statusCode(303);
        admin().header("Emulator-Admin-Secret", "s3cret")
                .get("/emulator/console/clock")
                .then()
                .statusCode(200);
        // the proof opens the console, not the test controls' JSON operations
        io.restassured.RestAssured.given()
                .cookie("emulator_console_session", session)
                .get("/emulator/v1/clock")
                .then()
                .statusCode(401);
    }
}
