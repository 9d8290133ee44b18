package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's forms for fault rules, callouts, snapshots and the reset: each does what the test
 * controls' operation does, refuses what it refuses, and the destructive ones want a confirmation.
 */
@QuarkusTest
class ConsoleControlsTest {

    private static final String CONSOLE = "/emulator/console";
    private String csrf;

    @BeforeEach
    void reset() {
        Admin.resetAll();
        Admin.admin().delete("/emulator/v1/snapshots/console-test");
        csrf =
                given().get(CONSOLE + "/faults")
                        .then()
                        .statusCode(200)
                        .extract()
                        .cookie("emulator_console_csrf");
    }

    private Response submit(String path, Map<String, String> form) {
        return given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie("emulator_console_csrf", csrf)
                .formParam("csrf", csrf)
                .formParams(form)
                .post(CONSOLE + path);
    }

    @Test
    void faultRulesAreAddedCheckedAndRemoved() {
        Response added =
                submit(
                        "/faults",
                        Map.of("operationId", "Action_POSTexecute", "status", "503", "times", "2"));
        assertEquals(303, added.statusCode(), added.asString());
        Admin.admin()
                .get("/emulator/v1/faults")
                .then()
                .body("faults", hasSize(1))
                .body("faults[0].status", is(503))
                .body("faults[0].times", is(2));
        String page = given().get(CONSOLE + "/faults").asString();
        assertTrue(page.contains("Action_POSTexecute") && page.contains("status 503"), page);
        // refused as addFault refuses: a status that is not an error, a made-up network fault
        Response notAnError =
                submit("/faults", Map.of("operationId", "createToken", "status", "200"));
        assertEquals(400, notAnError.statusCode());
        assertTrue(notAnError.asString().contains("status"), notAnError.asString());
        assertEquals(
                400, submit("/faults", Map.of("path", ".*", "network", "unplugged")).statusCode());
        Admin.admin().get("/emulator/v1/faults").then().body("faults", hasSize(1));
        String id = Admin.admin().get("/emulator/v1/faults").then().extract().path("faults[0].id");
        assertEquals(303, submit("/faults/remove", Map.of("id", id)).statusCode());
        Admin.admin().get("/emulator/v1/faults").then().body("faults", hasSize(0));
    }

    @Test
    void calloutsAreSubscribedAndRemoved() {
        Response added =
                submit(
                        "/callouts",
                        Map.of(
                                "url", "http://127.0.0.1:9/hook",
                                "events", "BillRunCompleted, InvoiceSplitCompleted",
                                "secret", "shh"));
        assertEquals(303, added.statusCode(), added.asString());
        Admin.admin()
                .get("/emulator/v1/callouts")
                .then()
                .body("callouts", hasSize(1))
                .body("callouts[0].events", hasSize(2))
                .body("callouts[0].signed", is(true));
        assertTrue(
                given().get(CONSOLE + "/callouts").asString().contains("http://127.0.0.1:9/hook"));
        assertEquals(
                400,
                submit("/callouts", Map.of("url", "http://x", "events", "Nothing")).statusCode());
        String id =
                Admin.admin().get("/emulator/v1/callouts").then().extract().path("callouts[0].id");
        assertEquals(303, submit("/callouts/remove", Map.of("id", id)).statusCode());
        Admin.admin().get("/emulator/v1/callouts").then().body("callouts", hasSize(0));
    }

    @Test
    void snapshotsAndTheResetWantAConfirmationToReplaceWhatIsStored() {
        String account = Api.createAccount("USD");
        assertEquals(303, submit("/snapshots", Map.of("name", "console-test")).statusCode());
        assertEquals(400, submit("/snapshots", Map.of("name", "no spaces")).statusCode());
        String file =
                given().get(CONSOLE + "/snapshots/console-test/export")
                        .then()
                        .statusCode(200)
                        .header(
                                "Content-Disposition",
                                org.hamcrest.Matchers.startsWith("attachment"))
                        .extract()
                        .asString();
        assertTrue(file.contains(account), "the export holds the account");

        Response unconfirmed = submit("/reset", Map.of());
        assertEquals(400, unconfirmed.statusCode());
        assertTrue(unconfirmed.asString().contains("confirm"), unconfirmed.asString());
        Api.api().get("/v1/accounts/" + account).then().statusCode(200);
        assertEquals(303, submit("/reset", Map.of("confirm", "yes")).statusCode());
        Api.api().get("/v1/accounts/" + account).then().statusCode(404);

        assertEquals(
                400, submit("/snapshots/restore", Map.of("name", "console-test")).statusCode());
        Api.api().get("/v1/accounts/" + account).then().statusCode(404);
        assertEquals(
                303,
                submit("/snapshots/restore", Map.of("name", "console-test", "confirm", "yes"))
                        .statusCode());
        Api.api().get("/v1/accounts/" + account).then().statusCode(200);
        assertEquals(303, submit("/snapshots/delete", Map.of("name", "console-test")).statusCode());
        Admin.admin()
                .get("/emulator/v1/snapshots")
                .then()
                .body(
                        "snapshots.name",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("console-test")));
        given().get(CONSOLE + "/snapshots/console-test/export").then().statusCode(404);
    }
}
