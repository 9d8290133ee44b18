package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static dev.zuoraemulator.rest.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClockTest {

    private static final String NEW_YEAR = "2027-01-01T00:00:00Z";

    @AfterEach
    void configured() {
        Admin.resetAll();
    }

    @Test
    void theControlsAreOpenByDefaultAndOutsideZuorasLimits() {
        admin().get("/emulator/v1/clock")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", nullValue())
                .header("Concurrency-Limit-Limit", nullValue());
    }

    @Test
    void aFrozenClockStandsStillAndDatesFollowIt() throws InterruptedException {
        JsonPath set = Admin.setClock(NEW_YEAR, true);
        assertEquals(NEW_YEAR, set.getString("now"));
        assertTrue(set.getBoolean("frozen"));
        Thread.sleep(20);
        admin().get("/emulator/v1/clock").then().body("now", is(NEW_YEAR)).body("frozen", is(true));

        String account = Api.createAccount("USD");
        String first = Api.createDraftInvoice(account, "10.00");
        String second = Api.createDraftInvoice(account, "20.00");
        String created = api().get("/v1/invoices/" + first).then().extract().path("createdDate");
        assertEquals("2027-01-01 00:00:00", created);
        api().get("/v1/invoices/" + second).then().body("createdDate", is(created));
        // a schedule item without a run date bills "today" of the clock (I4)
        String schedule = Api.createSchedule(account, Map.of("amount", 30));
        String billRun =
                api().body(Map.of())
                        .post("/v1/invoice-schedules/" + schedule + "/execute")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        api().get("/v1/bill-runs/" + billRun)
                .then()
                .body("targetDate", is("2027-01-01"))
                .body("createdDate", is("2027-01-01 00:00:00"));
    }

    @Test
    void advancingExpiresAnIdempotencyKeyButNotATokenWhichTheControlsExpire() {
        Admin.setClock(NEW_YEAR, true);
        String token = token();
        Map<String, Object> body =
                Map.of(
                        "name",
                        "Keyed",
                        "currency",
                        "USD",
                        "billToContact",
                        Map.of("firstName", "Ada", "lastName", "Lovelace"));
        String first = keyedAccount(token, body);
        assertEquals(first, keyedAccount(token, body), "replayed within the retention");

        // T1: a client keeps its token by its own clock; the emulator's clock does not expire it
        Admin.advanceClock("PT2H");
        given().header("Authorization", "Bearer " + token)
                .get("/v1/accounts/" + first)
                .then()
                .statusCode(200);

        Admin.advanceClock("P1D"); // the key's 24 hours are over: the same key and body run again
        String again = keyedAccount(token, body);
        assertNotEquals(first, again);
        admin().get("/emulator/v1/clock")
                .then()
                .body("now", is("2027-01-02T02:00:00Z"))
                .body("frozen", is(true));

        // the test controls expire it, for a test of the client's token refresh
        admin().post("/emulator/v1/tokens/expire")
                .then()
                .statusCode(200)
                .body("expired", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().header("Authorization", "Bearer " + token)
                .get("/v1/accounts/" + first)
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + token())
                .get("/v1/accounts/" + first)
                .then()
                .statusCode(200);
    }

    @Test
    void tokensOfOneClientAreExpiredAndAnUnknownClientIsRefused() {
        String mine = token();
        String other = Api.secondEntityToken();
        admin().queryParam("clientId", "00000000-0000-0000-0000-000000000003")
                .post("/emulator/v1/tokens/expire")
                .then()
                .statusCode(200)
                .body("expired", is(1));
        given().header("Authorization", "Bearer " + other)
                .get("/v1/bill-runs/BR-1")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + mine)
                .get("/v1/bill-runs/BR-1")
                .then()
                .statusCode(404);
        admin().queryParam("clientId", "no-such-client")
                .post("/emulator/v1/tokens/expire")
                .then()
                .statusCode(400)
                .body("error", is("bad_request"))
                .body("message", org.hamcrest.Matchers.startsWith("clientId: not one of"));
    }

    @Test
    void aRunningClockMovesOnFromTheTimeSet() throws InterruptedException {
        Admin.setClock(NEW_YEAR, false);
        Thread.sleep(50);
        JsonPath clock = admin().get("/emulator/v1/clock").then().extract().jsonPath();
        Instant now = Instant.parse(clock.getString("now"));
        assertTrue(now.isAfter(Instant.parse(NEW_YEAR)), now.toString());
        assertTrue(now.isBefore(Instant.parse(NEW_YEAR).plusSeconds(60)), now.toString());
        assertEquals(false, clock.getBoolean("frozen"));
    }

    @Test
    void aCalendarMonthIsAddedInUtc() {
        Admin.setClock("2027-01-31T12:00:00Z", true);
        assertEquals("2027-02-28T12:00:00Z", Admin.advanceClock("P1M").getString("now"));
        assertEquals("2027-03-30T12:00:00Z", Admin.advanceClock("P30D").getString("now"));
    }

    @Test
    void deleteReturnsToRealTime() {
        Admin.setClock(NEW_YEAR, true);
        JsonPath real =
                admin().delete("/emulator/v1/clock").then().statusCode(200).extract().jsonPath();
        assertEquals(false, real.getBoolean("frozen"));
        Instant now = Instant.parse(real.getString("now"));
        assertTrue(Duration.between(now, Instant.now()).abs().toSeconds() < 60, now.toString());
    }

    @Test
    void badSettingsAreRefusedInTheAdminShape() {
        for (String duration : List.of("-PT1S", "P-1D", "soon", "", "PT")) {
            admin().body(Map.of("duration", duration))
                    .post("/emulator/v1/clock/advance")
                    .then()
                    .statusCode(400)
                    .body("status", is(400))
                    .body("error", is("bad_request"))
                    .body("message", startsWith("duration: "));
        }
        // the years a billing system dates (and the database holds): nothing changes on a refusal
        for (String now : List.of("2200-01-01T00:00:00Z", "1899-12-31T23:59:59Z")) {
            admin().body(Map.of("now", now))
                    .put("/emulator/v1/clock")
                    .then()
                    .statusCode(400)
                    .body(
                            "message",
                            is("now: the clock must stay between the years 1900 and 2199"));
        }
        Admin.setClock(NEW_YEAR, true);
        for (String duration : List.of("P200Y", "P100000D")) {
            admin().body(Map.of("duration", duration))
                    .post("/emulator/v1/clock/advance")
                    .then()
                    .statusCode(400)
                    .body(
                            "message",
                            is("duration: the clock must stay between the years 1900 and 2199"));
        }
        admin().body("{\"now\": \"tomorrow\"}")
                .put("/emulator/v1/clock")
                .then()
                .statusCode(400)
                .body("error", is("bad_request"));
        admin().body("{\"frozen\": true}")
                .put("/emulator/v1/clock")
                .then()
                .statusCode(400)
                .body("message", is("now: is required"));
        admin().body("{\"now\": \"" + NEW_YEAR + "\", \"frozn\": true}")
                .put("/emulator/v1/clock")
                .then()
                .statusCode(400)
                .body("message", is("frozn: no such property in this request"));
        admin().body("{\"now\": ")
                .put("/emulator/v1/clock")
                .then()
                .statusCode(400)
                .body("error", is("bad_request"));
        // no refusal changed the clock
        admin().get("/emulator/v1/clock").then().body("now", is(NEW_YEAR)).body("frozen", is(true));
        admin().get("/emulator/v1/nothing-here")
                .then()
                .statusCode(404)
                .body("status", is(404))
                .body("error", is("not_found"));
        admin().patch("/emulator/v1/clock")
                .then()
                .statusCode(405)
                .body("error", is("method_not_allowed"));
    }

    private static String token() {
        return given().formParam("client_id", Api.CLIENT_ID)
                .formParam("client_secret", Api.CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String keyedAccount(String token, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "clock-key")
                .contentType(io.restassured.http.ContentType.JSON)
                .body(body)
                .post("/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .path("accountId");
    }
}
