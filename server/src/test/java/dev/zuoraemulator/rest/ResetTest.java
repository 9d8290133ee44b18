package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static dev.zuoraemulator.rest.Api.api;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResetTest {

    static final String SECOND_ENTITY = "20000000-0000-4000-8000-000000000002";

    @AfterEach
    void configured() {
        Admin.resetAll();
    }

    @Test
    void resetForgetsEveryObjectAndNumbersFromOneAgain() {
        String account = Api.createAccount("USD");
        String invoice = Api.createDraftInvoice(account, "100.00");
        String split = Api.createSplit(invoice);
        String schedule =
                Api.createSchedule(account, Map.of("amount", 10, "runDate", "2026-02-01"));
        api().header("Idempotency-Key", "reset-key")
                .body(Map.of("name", "Keyed", "currency", "USD", "billToContact", contact()))
                .post("/v1/accounts")
                .then()
                .statusCode(200);

        admin().post("/emulator/v1/reset").then().statusCode(204).body(is(""));

        api().get("/v1/accounts/" + account).then().statusCode(404);
        api().get("/v1/invoices/" + invoice).then().statusCode(404);
        api().get("/v1/object/invoice-split/" + split).then().statusCode(404);
        api().get("/v1/invoice-schedules/" + schedule).then().statusCode(404);
        String again = Api.createAccount("USD");
        api().get("/v1/accounts/" + again)
                .then()
                .statusCode(200)
                .body("basicInfo.accountNumber", is("A00000001"));
        String invoiceAgain = Api.createDraftInvoice(again, "5.00");
        api().get("/v1/invoices/" + invoiceAgain).then().body("invoiceNumber", is("INV00000001"));
        // the key is forgotten too: the same key and body run again
        String keyed =
                api().header("Idempotency-Key", "reset-key")
                        .body(
                                Map.of(
                                        "name",
                                        "Keyed",
                                        "currency",
                                        "USD",
                                        "billToContact",
                                        contact()))
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountNumber");
        assertEquals("A00000002", keyed);
    }

    @Test
    void resetOfOneEntityLeavesTheOthers() {
        String first = Api.createAccount("USD");
        String second = secondEntity();

        admin().queryParam("entityId", SECOND_ENTITY)
                .post("/emulator/v1/reset")
                .then()
                .statusCode(204);

        api().get("/v1/accounts/" + first).then().statusCode(200);
        asSecond().get("/v1/accounts/" + second).then().statusCode(404);
        String renumbered = secondEntity();
        asSecond()
                .get("/v1/accounts/" + renumbered)
                .then()
                .body("basicInfo.accountNumber", is("A00000001"));
    }

    @Test
    void resetKeepsCalloutSubscriptionsAndForgetsTheirDeliveriesUnlessAskedToRemoveThem() {
        admin().post("/emulator/v1/reset?callouts=true").then().statusCode(204);
        admin().body(
                        Map.of(
                                "url",
                                "http://127.0.0.1:9/unreachable",
                                "events",
                                List.of("InvoiceSplitCompleted")))
                .post("/emulator/v1/callouts")
                .then()
                .statusCode(200);
        String split = Api.createSplit(Api.createDraftInvoice(Api.createAccount("USD"), "10"));
        Api.awaitSplitInvoicesAfter(split, Api.createSplitItems(split, "50", "50"));
        admin().get("/emulator/v1/callouts/deliveries").then().body("deliveries", hasSize(1));

        admin().post("/emulator/v1/reset").then().statusCode(204);
        admin().get("/emulator/v1/callouts").then().body("callouts", hasSize(1));
        admin().get("/emulator/v1/callouts/deliveries").then().body("deliveries", hasSize(0));

        admin().queryParam("entityId", Api.ENTITY_ID)
                .post("/emulator/v1/reset")
                .then()
                .statusCode(204);
        admin().get("/emulator/v1/callouts").then().body("callouts", hasSize(1));

        admin().post("/emulator/v1/reset?callouts=true").then().statusCode(204);
        admin().get("/emulator/v1/callouts").then().body("callouts", hasSize(0));
    }

    @Test
    void anUnknownEntityIsRefusedInTheAdminShape() {
        admin().queryParam("entityId", "30000000-0000-4000-8000-000000000003")
                .post("/emulator/v1/reset")
                .then()
                .statusCode(400)
                .body("status", is(400))
                .body("error", is("bad_request"))
                .body(
                        "message",
                        org.hamcrest.Matchers.startsWith(
                                "entityId: not one of the configured entities"));
    }

    private static Map<String, String> contact() {
        return Map.of("firstName", "Ada", "lastName", "Lovelace");
    }

    private static io.restassured.specification.RequestSpecification asSecond() {
        String token = Api.secondEntityToken();
        return io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .contentType(io.restassured.http.ContentType.JSON);
    }

    private static String secondEntity() {
        return asSecond()
                .body(Map.of("name", "Second", "currency", "EUR", "billToContact", contact()))
                .post("/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .path("accountId");
    }
}
