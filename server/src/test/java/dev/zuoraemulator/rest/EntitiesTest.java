package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.num;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Multi-entity tenants: the test configuration adds a client of two entities and one of the second
 * only.
 */
@QuarkusTest
class EntitiesTest {

    static final String FIRST = Api.ENTITY_ID;
    static final String SECOND = "20000000-0000-4000-8000-000000000002";

    private static String token(String clientId, String secret, String entity) {
        var request =
                given().formParam("client_id", clientId)
                        .formParam("client_secret", secret)
                        .formParam("grant_type", "client_credentials");
        if (entity != null) {
            request.header("Zuora-Entity-Ids", entity);
        }
        return request.post("/oauth/token").then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification as(String token, String entity) {
        RequestSpecification spec =
                given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        return entity == null ? spec : spec.header("Zuora-Entity-Ids", entity);
    }

    private static final Map<String, Object> ACCOUNT =
            Map.of(
                    "name",
                    "E",
                    "currency",
                    "USD",
                    "billToContact",
                    Map.of("firstName", "A", "lastName", "B"));

    @Test
    void aTokenForSeveralEntitiesNeedsTheHeaderAndActsInTheOneNamed() {
        String multi = token("00000000-0000-0000-0000-000000000002", "multi-secret", null);
        as(multi, null)
                .get("/v1/accounts/A00000001")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000020"))
                .body("reasons[0].message", containsString("Zuora-Entity-Ids"));
        as(multi, "30000000-0000-4000-8000-000000000003")
                .get("/v1/accounts/A00000001")
                .then()
                .statusCode(403)
                .body("reasons[0].code", num("50000010"));
        as(multi, null)
                .body("{}")
                .post("/v1/action/execute")
                .then()
                .statusCode(400)
                .body("Success", is(false));

        String inSecond =
                as(multi, SECOND)
                        .body(ACCOUNT)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        as(multi, SECOND).get("/v1/accounts/" + inSecond).then().statusCode(200);
        // the same object asked for from the first entity is unknown there, exactly like an unknown
        // ID
        String unknown =
                as(multi, FIRST)
                        .get("/v1/accounts/" + inSecond)
                        .then()
                        .statusCode(404)
                        .extract()
                        .path("reasons[0].message");
        assertEquals("Cannot find a Account instance with id " + inSecond + ".", unknown);
        Api.api().get("/v1/accounts/" + inSecond).then().statusCode(404);
    }

    @Test
    void keepsEveryKindOfObjectInItsEntity() {
        String second = token("00000000-0000-0000-0000-000000000003", "second-secret", null);
        String account =
                as(second, null)
                        .body(ACCOUNT)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        String invoice =
                as(second, null)
                        .body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        10,
                                                        "serviceStartDate",
                                                        "2026-01-01"))))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        String split =
                as(second, null)
                        .body(
                                Map.of(
                                        "type",
                                        "InvoiceSplit",
                                        "objects",
                                        List.of(Map.of("InvoiceId", invoice))))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].Id");
        String schedule =
                as(second, null)
                        .body(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(Map.of("amount", 5))))
                        .post("/v1/invoice-schedules")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");

        Api.api().get("/v1/invoices/" + invoice).then().statusCode(404);
        Api.api().get("/v1/invoices/" + invoice + "/items").then().statusCode(404);
        Api.api()
                .body(Map.of("Status", "Canceled"))
                .put("/v1/object/invoice/" + invoice)
                .then()
                .statusCode(404);
        Api.api()
                .body(Map.of("comments", "x"))
                .put("/v1/invoices/" + invoice)
                .then()
                .statusCode(404);
        Api.api().delete("/v1/invoices/" + invoice).then().statusCode(404);
        Api.api()
                .body(Map.of("invoices", List.of(Map.of("id", invoice))))
                .post("/v1/invoices/bulk-post")
                .then()
                .statusCode(200)
                .body("invoices[0].reasons[0].code", is(50000040));
        Api.api().get("/v1/transactions/invoices/accounts/" + account).then().statusCode(404);
        as(second, null).get("/v1/invoices/" + invoice).then().body("status", is("Draft"));
        Api.api().get("/v1/object/invoice-split/" + split).then().statusCode(404);
        Api.api().get("/v1/invoice-schedules/" + schedule).then().statusCode(404);
        Api.api()
                .body(Map.of())
                .post("/v1/invoice-schedules/" + schedule + "/execute")
                .then()
                .statusCode(404);
        Api.api()
                .body(
                        Map.of(
                                "type",
                                "InvoiceSplit",
                                "objects",
                                List.of(Map.of("InvoiceId", invoice))))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("[0].Success", is(false));
        Api.api()
                .body(Map.of("ids", List.of(split), "synchronous", false, "type", "InvoiceSplit"))
                .post("/v1/action/execute")
                .then()
                .statusCode(200)
                .body("[0].Errors[0].Code", is("INVALID_ID"));
        // numbering is per entity: the second entity's first schedule is IS-00000001 whatever the
        // first has done
        as(second, null)
                .get("/v1/invoice-schedules/" + schedule)
                .then()
                .body("number", not(is((Object) null)));
    }

    @Test
    void narrowsATokenToTheEntityNamedWhenItIsIssued() {
        String narrowed = token("00000000-0000-0000-0000-000000000002", "multi-secret", SECOND);
        as(narrowed, null).body(ACCOUNT).post("/v1/accounts").then().statusCode(200);
        as(narrowed, FIRST).get("/v1/accounts/A00000001").then().statusCode(403);
        given().formParam("client_id", Api.CLIENT_ID)
                .formParam("client_secret", Api.CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .header("Zuora-Entity-Ids", SECOND)
                .post("/oauth/token")
                .then()
                .statusCode(403)
                .body("reasons[0].code", num("50000010"));
        given().formParam("client_id", Api.CLIENT_ID)
                .formParam("client_secret", Api.CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .header("Zuora-Entity-Ids", "not-a-uuid")
                .post("/oauth/token")
                .then()
                .statusCode(400);
    }

    @Test
    void scopesIdempotencyKeysByEntity() {
        String key = UUID.randomUUID().toString();
        String first = token("00000000-0000-0000-0000-000000000002", "multi-secret", FIRST);
        String second = token("00000000-0000-0000-0000-000000000002", "multi-secret", SECOND);
        String a =
                as(first, null)
                        .header("Idempotency-Key", key)
                        .body(ACCOUNT)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        String b =
                as(second, null)
                        .header("Idempotency-Key", key)
                        .body(ACCOUNT)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }
}
