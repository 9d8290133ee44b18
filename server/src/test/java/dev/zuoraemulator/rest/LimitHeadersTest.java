package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decision C11: Zuora's limit headers on every /v1 answer, errors included, and on tokens. */
@QuarkusTest
class LimitHeadersTest {

    private static void carriesLimitHeaders(Response answer, String type, String limit) {
        answer.then()
                .header(
                        "RateLimit-Limit",
                        matchesPattern("\\d+, \\d+;w=60, \\d+;w=3600, \\d+;w=86400"))
                .header("RateLimit-Remaining", matchesPattern("\\d+"))
                .header("RateLimit-Reset", matchesPattern("\\d+"))
                .header("Concurrency-Limit-Type", is(type))
                .header("Concurrency-Limit-Limit", is(limit))
                .header("Concurrency-Limit-Remaining", matchesPattern("\\d+"));
    }

    @Test
    void everyV1AnswerCarriesThemErrorsIncluded() {
        Response read = api().get("/v1/invoices/INV99999999");
        read.then().statusCode(404);
        carriesLimitHeaders(read, "Default", "40");
        Response next = api().get("/v1/invoices/INV99999998");
        assertTrue(
                Integer.parseInt(next.header("RateLimit-Remaining"))
                        < Integer.parseInt(read.header("RateLimit-Remaining")),
                "each request counts");

        Response unauthenticated = given().get("/v1/invoices/INV1");
        unauthenticated.then().statusCode(401);
        carriesLimitHeaders(unauthenticated, "Default", "40");

        Response account =
                api().body(
                                Map.of(
                                        "name",
                                        "Limits",
                                        "currency",
                                        "USD",
                                        "billToContact",
                                        Map.of("firstName", "A", "lastName", "B")))
                        .post("/v1/accounts");
        account.then().statusCode(200);
        carriesLimitHeaders(account, "High-volume transactions", "200");
    }

    @Test
    void tokenAnswersCarryTheAuthenticationLimit() {
        given().formParams(
                        Map.of(
                                "client_id",
                                Api.CLIENT_ID,
                                "client_secret",
                                Api.CLIENT_SECRET,
                                "grant_type",
                                "client_credentials"))
                .post("/oauth/token")
                .then()
                .statusCode(200)
                .header("X-RateLimit-Limit-minute", is("100"))
                .header("X-RateLimit-Remaining-minute", matchesPattern("\\d+"));
    }
}
