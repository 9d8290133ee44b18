package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Zuora client for the tests: a token, and the steps that build state through the public API. */
public final class Api {

    public static final String CLIENT_ID = "00000000-0000-0000-0000-000000000001";
    public static final String CLIENT_SECRET = "emulator-secret";
    public static final String ENTITY_ID = "10000000-0000-4000-8000-000000000001";
    private static String token;

    private Api() {}

    /**
     * Matches a JSON number by value, whatever type the JSON reader chose (Integer, BigDecimal,
     * ...).
     */
    public static org.hamcrest.Matcher<Object> num(String expected) {
        BigDecimal value = new BigDecimal(expected);
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n
                        && new BigDecimal(n.toString()).compareTo(value) == 0;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("the number " + expected);
            }
        };
    }

    /** A JSON number as an exact decimal. */
    public static BigDecimal decimal(Object number) {
        return new BigDecimal(String.valueOf(number));
    }

    public static synchronized String token() {
        if (token == null) {
            token =
                    given().formParam("client_id", CLIENT_ID)
                            .formParam("client_secret", CLIENT_SECRET)
                            .formParam("grant_type", "client_credentials")
                            .post("/oauth/token")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("access_token");
        }
        return token;
    }

    /**
     * Forgets the token: the next request asks for a new one (after a test moved the clock past its
     * expiry).
     */
    /**
     * A new token of the test profile's client {@code second}, whose only entity is the second one
     * ({@code EntitiesTest.SECOND}): how a test acts as another entity.
     */
    public static String secondEntityToken() {
        return io.restassured.RestAssured.given()
                .formParam("client_id", "00000000-0000-0000-0000-000000000003")
                .formParam("client_secret", "second-secret")
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    public static synchronized void forgetToken() {
        token = null;
    }

    /** Every request reads JSON numbers as BigDecimal: money is compared exactly. */
    public static RequestSpecification api() {
        return given().config(
                        RestAssured.config()
                                .jsonConfig(
                                        JsonConfig.jsonConfig()
                                                .numberReturnType(
                                                        JsonPathConfig.NumberReturnType
                                                                .BIG_DECIMAL)))
                .header("Authorization", "Bearer " + token())
                .contentType(ContentType.JSON);
    }

    public static String createAccount(String currency) {
        return createAccount(currency, null);
    }

    public static String createAccount(String currency, String paymentTerm) {
        Map<String, Object> body =
                new java.util.HashMap<>(
                        Map.of(
                                "name",
                                "Test account",
                                "currency",
                                currency,
                                "billToContact",
                                Map.of("firstName", "Ada", "lastName", "Lovelace")));
        if (paymentTerm != null) {
            body.put("paymentTerm", paymentTerm);
        }
        return api().body(body)
                .post("/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .path("accountId");
    }

    /** A Draft invoice of the account with one item per amount (strings, so they stay exact). */
    public static String createDraftInvoice(String accountId, String... amounts) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            items.add(
                    Map.of(
                            "amount",
                            new BigDecimal(amounts[i]),
                            "serviceStartDate",
                            "2026-01-01",
                            "serviceEndDate",
                            "2026-12-31",
                            "chargeName",
                            "Charge " + (i + 1)));
        }
        return api().body(
                        Map.of(
                                "accountId",
                                accountId,
                                "invoiceDate",
                                "2026-01-01",
                                "invoiceItems",
                                items))
                .post("/v1/invoices")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /** An invoice schedule of the account with the one item given: answers its ID. */
    public static String createSchedule(String accountId, Map<String, Object> item) {
        return api().body(Map.of("accountKey", accountId, "scheduleItems", List.of(item)))
                .post("/v1/invoice-schedules")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /**
     * A schedule of one item of 30 on the run date, executed: answers the Pending bill run's ID.
     */
    public static String executeNewSchedule(String accountId, String runDate) {
        String schedule = createSchedule(accountId, Map.of("amount", 30, "runDate", runDate));
        return api().body(Map.of())
                .post("/v1/invoice-schedules/" + schedule + "/execute")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.is("Pending"))
                .extract()
                .path("id");
    }

    public static String createSplit(String invoiceId) {
        return api().body(
                        Map.of(
                                "type",
                                "InvoiceSplit",
                                "objects",
                                List.of(Map.of("InvoiceId", invoiceId))))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].Id");
    }

    /**
     * One InvoiceSplitItem per percentage, dated a month apart from 2026-01-01, in creation order.
     */
    public static List<String> createSplitItems(String splitId, String... percentages) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (int i = 0; i < percentages.length; i++) {
            objects.add(
                    Map.of(
                            "InvoiceSplitId",
                            splitId,
                            "InvoiceDate",
                            "2026-0" + (i % 9 + 1) + "-01",
                            "SplitPercentage",
                            new BigDecimal(percentages[i])));
        }
        List<String> ids =
                api().body(Map.of("type", "InvoiceSplitItem", "objects", objects))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("Id");
        return ids;
    }

    public static void execute(String splitId) {
        api().body(Map.of("ids", List.of(splitId), "synchronous", false, "type", "InvoiceSplit"))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Success", org.hamcrest.Matchers.is(true));
    }

    /** Executes the split and waits for its invoices. */
    public static List<String> awaitSplitInvoicesAfter(String splitId, List<String> itemIds) {
        execute(splitId);
        return awaitSplitInvoices(itemIds);
    }

    /** Waits until every item has its split invoice; answers their IDs in item order. */
    public static List<String> awaitSplitInvoices(List<String> itemIds) {
        List<String> invoiceIds = new ArrayList<>();
        for (String itemId : itemIds) {
            String invoiceId =
                    await().atMost(Duration.ofSeconds(20))
                            .pollInterval(Duration.ofMillis(50))
                            .until(
                                    () ->
                                            api().get("/v1/object/invoice-split-item/" + itemId)
                                                    .then()
                                                    .statusCode(200)
                                                    .extract()
                                                    .<String>path("InvoiceId"),
                                    id -> id != null);
            invoiceIds.add(invoiceId);
        }
        return invoiceIds;
    }
}
