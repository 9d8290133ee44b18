package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** The test controls from a test: requests to {@code /emulator/v1}, and what tests reset. */
public final class Admin {

    private Admin() {}

    public static RequestSpecification admin() {
        return given().contentType(ContentType.JSON);
    }

    /**
     * Everything back as configured: data, clock, job mode, and the callout subscriptions a test
     * made (a reset keeps them unless asked); the test's token is asked anew (a test may have
     * expired it).
     */
    public static void resetAll() {
        admin().post("/emulator/v1/reset?callouts=true").then().statusCode(204);
        Api.forgetToken();
    }

    public static void manualJobs() {
        admin().body("{\"mode\": \"manual\"}").put("/emulator/v1/jobs/mode").then().statusCode(200);
    }

    /** Sets the clock; the test's token stays valid (tokens expire on real time, T1). */
    public static JsonPath setClock(String now, boolean frozen) {
        JsonPath clock =
                admin().body(Map.of("now", now, "frozen", frozen))
                        .put("/emulator/v1/clock")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        return clock;
    }

    public static JsonPath advanceClock(String duration) {
        return admin().body(Map.of("duration", duration))
                .post("/emulator/v1/clock/advance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** {@code POST /emulator/v1/jobs/run} with the body given; answers what ran. */
    public static JsonPath runJobs(String body) {
        return admin().body(body)
                .post("/emulator/v1/jobs/run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
