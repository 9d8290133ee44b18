package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The test controls from a test: requests to {@code /emulator/v1}, and what tests reset. */
public final class Admin {

    private Admin() {}

    public static RequestSpecification admin() {
        return given().contentType(ContentType.JSON);
    }

    /** Everything back as configured: data, clock, job mode; the test's token is asked anew. */
    public static void resetAll() {
        admin().post("/emulator/v1/reset").then().statusCode(204);
        Api.forgetToken();
    }

    public static void manualJobs() {
        admin().body("{\"mode\": \"manual\"}").put("/emulator/v1/jobs/mode").then().statusCode(200);
    }
}
