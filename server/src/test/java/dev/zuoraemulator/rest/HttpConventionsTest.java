package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpConventionsTest {

    private static final String UUID =
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void sendsAZuoraRequestIdOnEveryResponseMatchingTheBody() {
        String header =
                api().get("/v1/invoices/nope")
                        .then()
                        .statusCode(404)
                        .header("Zuora-Request-Id", matchesPattern(UUID))
                        .extract()
                        .header("Zuora-Request-Id");
        api().get("/v1/invoices/nope").then().body("requestId", is(not(header)));
        String inBody = api().get("/v1/invoices/nope").then().extract().path("requestId");
        given().get("/v1/invoices/nope")
                .then()
                .statusCode(401)
                .header("Zuora-Request-Id", matchesPattern(UUID));
        given().get("/q/health/ready").then().header("Zuora-Request-Id", matchesPattern(UUID));
        org.junit.jupiter.api.Assertions.assertTrue(inBody.matches(UUID));
    }

    private static org.hamcrest.Matcher<String> not(String value) {
        return org.hamcrest.Matchers.not(value);
    }

    @Test
    void echoesAValidTrackIdAndRefusesAnInvalidOne() {
        api().header("Zuora-Track-Id", "order-42/retry-1")
                .get("/v1/invoices/nope")
                .then()
                .header("Zuora-Track-Id", is("order-42/retry-1"));
        api().get("/v1/invoices/nope").then().header("Zuora-Track-Id", nullValue());
        for (String bad : new String[] {"a:b", "a;b", "a\"b", "a'b", "x".repeat(65)}) {
            api().header("Zuora-Track-Id", bad)
                    .get("/v1/invoices/nope")
                    .then()
                    .statusCode(400)
                    .header("Zuora-Track-Id", nullValue())
                    .body("reasons[0].code", num("50000020"));
        }
        api().header("Zuora-Track-Id", "a:b")
                .contentType("application/json")
                .body("{}")
                .post("/v1/action/execute")
                .then()
                .statusCode(400)
                .body("Success", is(false));
    }

    @Test
    void answersUnknownPathsWrongMethodsAndContentTypesInZuorasShape() {
        api().get("/v1/no-such-thing")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"));
        api().delete("/v1/accounts/A00000001")
                .then()
                .statusCode(405)
                .body("reasons[0].code", num("50000045"));
        api().contentType("text/plain")
                .body("hello")
                .post("/v1/accounts")
                .then()
                .statusCode(415)
                .body("reasons[0].code", num("50000045"));
        api().get("/v1/action/execute").then().statusCode(405).body("Success", is(false));
    }

    @Test
    void actsInTheTokensOnlyEntityAndRefusesAnEntityTheTokenDoesNotCover() {
        api().header("Zuora-Entity-Ids", Api.ENTITY_ID)
                .get("/v1/invoices/nope")
                .then()
                .statusCode(404);
        api().header("Zuora-Entity-Ids", "20000000-0000-4000-8000-000000000002")
                .get("/v1/invoices/nope")
                .then()
                .statusCode(403)
                .body("reasons[0].code", num("50000010"));
        api().header("Zuora-Entity-Ids", "20000000-0000-4000-8000-000000000002")
                .contentType("application/json")
                .body("{}")
                .post("/v1/action/create")
                .then()
                .statusCode(403)
                .body("Success", is(false));
    }

    @Test
    void acceptsWellFormedZuoraHeadersAndRefusesMalformedOnes() {
        api().header("Zuora-Version", "2024-05-20")
                .header("X-Zuora-WSDL-Version", "79")
                .header("Zuora-Org-Ids", "org-1,org-2")
                .get("/v1/invoices/nope")
                .then()
                .statusCode(404);
        api().header("Zuora-Version", "230.0").get("/v1/invoices/nope").then().statusCode(404);
        for (String[] bad :
                new String[][] {
                    {"Zuora-Version", "latest"},
                    {"X-Zuora-WSDL-Version", "v79"},
                    {"Zuora-Org-Ids", "org 1"},
                    {"Zuora-Org-Ids", ""}
                }) {
            api().header(bad[0], bad[1])
                    .get("/v1/invoices/nope")
                    .then()
                    .statusCode(400)
                    .body("reasons[0].code", num("50000020"))
                    .body("reasons[0].message", org.hamcrest.Matchers.startsWith(bad[0]));
        }
    }

    @Test
    void refusesAnOverlongIdempotencyKey() {
        api().header("Idempotency-Key", "k".repeat(256))
                .body("{}")
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("reasons[0].message", matchesPattern("Idempotency-Key: .*"));
    }
}
