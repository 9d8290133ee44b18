package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.zuoraemulator.common.ZuoraTime;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decision C11 with {@code emulator.rate-limit.enforce=true} and a quota of 5 requests a minute:
 * the 6th is answered 429 with Zuora's headers, runs nothing and leaves its Idempotency-Key free;
 * once the window resets, requests pass again. The emulator's clock is moved, not waited for.
 */
@QuarkusTest
@TestProfile(RateLimitEnforcementTest.FivePerMinute.class)
class RateLimitEnforcementTest {

    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "emulator.rate-limit.enforce", "true",
                    "emulator.rate-limit.api-per-minute", "5");
        }
    }

    @Inject ZuoraTime time;
    private String token;

    /** A new token, and the clock frozen one second into a minute no request has used yet. */
    @BeforeEach
    void freshMinute() {
        time.set(time.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(61), true);
        token =
                given().formParam("client_id", Api.CLIENT_ID)
                        .formParam("client_secret", Api.CLIENT_SECRET)
                        .formParam("grant_type", "client_credentials")
                        .post("/oauth/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    private RequestSpecification api() {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> invoice(String account) {
        return Map.of(
                "accountId",
                account,
                "invoiceDate",
                "2026-01-01",
                "invoiceItems",
                List.of(Map.of("amount", 10, "serviceStartDate", "2026-01-01")));
    }

    @Test
    void theSixthRequestOfAMinuteIsRefusedAndChangesNothing() {
        String account =
                api().body(
                                Map.of(
                                        "name",
                                        "Limited",
                                        "currency",
                                        "USD",
                                        "billToContact",
                                        Map.of("firstName", "A", "lastName", "B")))
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .header("RateLimit-Remaining", "4")
                        .extract()
                        .path("accountId");
        String first =
                api().header("Idempotency-Key", "limits-first")
                        .body(invoice(account))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .header("RateLimit-Remaining", "3")
                        .extract()
                        .path("invoiceNumber");
        for (String remaining : List.of("2", "1", "0")) {
            api().get("/v1/accounts/" + account)
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Remaining", remaining)
                    .header("RateLimit-Reset", "59");
        }

        double refusals =
                OperationsEndpointsTest.metric("zuora_rate_limit_refusals_total", "limit=\"rate\"");
        // the 6th: refused before it runs
        api().header("Idempotency-Key", "limits-refused")
                .body(invoice(account))
                .post("/v1/invoices")
                .then()
                .statusCode(429)
                .header("Retry-After", "59")
                .header("RateLimit-Limit", startsWith("5, 5;w=60, "))
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", "59")
                .header("Concurrency-Limit-Type", "Default")
                .header("Zuora-Request-Id", org.hamcrest.Matchers.matchesPattern(".{36}"))
                .body("success", is(false))
                .body("reasons[0].code", Api.num("50000070"))
                .body(
                        "reasons[0].message",
                        is("API Rate limit exceeded for the minute, retry after 59 seconds"));
        // Actions operations answer in their own shape
        api().body(Map.of("type", "InvoiceSplit", "objects", List.of(Map.of("InvoiceId", "x"))))
                .post("/v1/action/create")
                .then()
                .statusCode(429)
                .header("Retry-After", "59")
                .body("Success", is(false))
                .body("Errors[0].Code", is("REQUEST_EXCEEDED_LIMIT"));
        assertEquals(
                refusals + 2,
                OperationsEndpointsTest.metric(
                        "zuora_rate_limit_refusals_total", "limit=\"rate\""));

        // after RateLimit-Reset the quota is back; the refused key was never stored
        time.advance(Duration.ofSeconds(59));
        String retried =
                api().header("Idempotency-Key", "limits-refused")
                        .body(invoice(account))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .header("RateLimit-Remaining", "4")
                        .header("RateLimit-Reset", "60")
                        .extract()
                        .path("invoiceNumber");
        assertNotEquals(first, retried);
        // the refused requests took no invoice number: the retry got the next one
        assertEquals(number(first) + 1, number(retried));
    }

    private static long number(String invoiceNumber) {
        return Long.parseLong(invoiceNumber.replaceAll("\\D", ""));
    }
}
