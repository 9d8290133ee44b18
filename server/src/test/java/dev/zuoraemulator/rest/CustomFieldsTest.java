package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decision C10: custom fields ({@code <name>__c}) of accounts, invoices, invoice items, schedules
 * and schedule items are stored, answered on every read, copied by a split and kept per entity.
 */
@QuarkusTest
class CustomFieldsTest {

    private static Map<String, Object> invoiceBody(
            String account, Map<String, Object> invoiceFields, Map<String, Object> itemFields) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("amount", new BigDecimal("100.00"));
        item.put("serviceStartDate", "2026-01-01");
        item.putAll(itemFields);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", account);
        body.put("invoiceDate", "2026-01-01");
        body.put("invoiceItems", List.of(item));
        body.putAll(invoiceFields);
        return body;
    }

    private static Map<String, Object> fields(Object... nameValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put((String) nameValues[i], nameValues[i + 1]);
        }
        return map;
    }

    @Test
    void anInvoiceAndItsItemsKeepTheirCustomFieldsOnCreateAndEveryRead() {
        String account = Api.createAccount("USD");
        Map<String, Object> body =
                invoiceBody(
                        account,
                        fields(
                                "Region__c",
                                "EMEA",
                                "Priority__c",
                                3,
                                "Rate__c",
                                new BigDecimal("12.5"),
                                "Approved__c",
                                true,
                                "Owner__c",
                                null),
                        fields("GlCode__c", "4000-10"));
        String id =
                api().body(body)
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .body("Region__c", is("EMEA"))
                        .body("Priority__c", num("3"))
                        .body("Rate__c", num("12.5"))
                        .body("Approved__c", is(true))
                        .body("$", hasKey("Owner__c"))
                        .body("Owner__c", nullValue())
                        .extract()
                        .path("id");
        api().get("/v1/invoices/" + id)
                .then()
                .statusCode(200)
                .body("Region__c", is("EMEA"))
                .body("Priority__c", num("3"))
                .body("Rate__c", num("12.5"))
                .body("Approved__c", is(true))
                .body("$", hasKey("Owner__c"))
                .body("$", not(hasKey("GlCode__c")))
                // the additional properties are the custom fields, nothing else
                .body("$", not(hasKey("empty")));
        api().get("/v1/invoices/" + id + "/items")
                .then()
                .statusCode(200)
                .body("invoiceItems[0].GlCode__c", is("4000-10"))
                .body("invoiceItems[0]", not(hasKey("Region__c")));
    }

    @Test
    void anAccountAnswersItsCustomFieldsInBasicInfo() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Custom");
        body.put("currency", "USD");
        body.put("billToContact", Map.of("firstName", "A", "lastName", "B"));
        body.put("Segment__c", "Enterprise");
        body.put("Seats__c", 250);
        String account =
                api().body(body)
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        api().get("/v1/accounts/" + account)
                .then()
                .statusCode(200)
                .body("basicInfo.Segment__c", is("Enterprise"))
                .body("basicInfo.Seats__c", num("250"));
    }

    @Test
    void aScheduleUpdateChangesCustomFieldsByName() {
        String account = Api.createAccount("USD");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("amount", "50");
        item.put("runDate", "2026-03-01");
        item.put("Milestone__c", "Kick-off");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountKey", account);
        body.put("scheduleItems", List.of(item));
        body.put("Contract__c", "C-1");
        body.put("Stage__c", "Draft");
        JsonPath created =
                api().body(body)
                        .post("/v1/invoice-schedules")
                        .then()
                        .statusCode(200)
                        .body("Contract__c", is("C-1"))
                        .body("scheduleItems[0].Milestone__c", is("Kick-off"))
                        .extract()
                        .jsonPath();
        String id = created.getString("id");
        String itemId = created.getString("scheduleItems[0].id");

        Map<String, Object> update = new LinkedHashMap<>();
        update.put("Stage__c", "Signed");
        update.put("Contract__c", null);
        update.put("Renewal__c", false);
        update.put("scheduleItems", List.of(Map.of("id", itemId, "Milestone__c", "Go-live")));
        api().body(update)
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(200)
                .body("Stage__c", is("Signed"))
                .body("Renewal__c", is(false));
        api().get("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(200)
                .body("$", hasKey("Contract__c"))
                .body("Contract__c", nullValue())
                .body("Stage__c", is("Signed"))
                .body("Renewal__c", is(false))
                .body("scheduleItems[0].Milestone__c", is("Go-live"))
                .body("scheduleItems[0].amount", num("50"));
        // an update that names no custom field keeps them all
        api().body(Map.of("notes", "n"))
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(200)
                .body("Stage__c", is("Signed"))
                .body("scheduleItems[0].Milestone__c", is("Go-live"));
    }

    @Test
    void splitInvoicesKeepTheOriginalsInvoiceAndItemCustomFields() {
        String account = Api.createAccount("USD");
        String original =
                api().body(
                                invoiceBody(
                                        account,
                                        fields("Region__c", "APAC"),
                                        fields("GlCode__c", 4100)))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        String split = Api.createSplit(original);
        List<String> invoices =
                Api.awaitSplitInvoicesAfter(split, Api.createSplitItems(split, "40", "60"));
        for (String invoice : invoices) {
            api().get("/v1/invoices/" + invoice)
                    .then()
                    .statusCode(200)
                    .body("Region__c", is("APAC"));
            api().get("/v1/invoices/" + invoice + "/items")
                    .then()
                    .statusCode(200)
                    .body("invoiceItems[0].GlCode__c", num("4100"));
        }
    }

    @Test
    void rejectUnknownFieldsRefusesOtherNamesButNotCustomFields() {
        String account = Api.createAccount("USD");
        api().body(invoiceBody(account, fields("Region__c", "EU"), fields("GlCode__c", "1")))
                .post("/v1/invoices?rejectUnknownFields=true")
                .then()
                .statusCode(200)
                .body("Region__c", is("EU"));
        api().body(invoiceBody(account, fields("Region__c", "EU"), fields("glCode", "1")))
                .post("/v1/invoices?rejectUnknownFields=true")
                .then()
                .statusCode(400)
                .body(containsString("unrecognised"));
        // without the flag, other unknown names are ignored, not stored
        String id =
                api().body(invoiceBody(account, fields("region", "EU"), Map.of()))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        api().get("/v1/invoices/" + id).then().statusCode(200).body("$", not(hasKey("region")));
    }

    static List<Object[]> refused() {
        Map<String, Object> tooMany = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            tooMany.put("F" + i + "__c", i);
        }
        return List.of(
                new Object[] {"an object", fields("Nested__c", Map.of("a", 1)), "Nested__c"},
                new Object[] {"an array", fields("List__c", List.of(1, 2)), "List__c"},
                new Object[] {"a long string", fields("Long__c", "x".repeat(256)), "Long__c"},
                new Object[] {"a digit first", fields("1st__c", "x"), "1st__c"},
                new Object[] {"a dash", fields("Bad-name__c", "x"), "Bad-name__c"},
                new Object[] {
                    "a 65-character name", fields("N".repeat(62) + "__c", "x"), "N".repeat(62)
                },
                new Object[] {"a control character", fields("Ctl__c", "a\u0001b"), "Ctl__c"},
                new Object[] {"101 fields", tooMany, "at most 100"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesInvalidCustomFieldsWithCategory20NamingTheField(
            String what, Map<String, Object> invalid, String named) {
        String account = Api.createAccount("USD");
        api().body(invoiceBody(account, invalid, Map.of()))
                .post("/v1/invoices")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000020"))
                .body("reasons[0].message", containsString(named));
        api().body(invoiceBody(account, Map.of(), invalid))
                .post("/v1/invoices")
                .then()
                .statusCode(400)
                .body("reasons[0].message", containsString("invoiceItems[0]"));
    }

    @Test
    void eachEntitySeesOnlyItsOwnObjectsCustomFields() {
        String first = Api.createAccount("USD");
        String firstInvoice =
                api().body(invoiceBody(first, fields("Owner__c", "first"), Map.of()))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        String token =
                given().formParam("client_id", "00000000-0000-0000-0000-000000000002")
                        .formParam("client_secret", "multi-secret")
                        .formParam("grant_type", "client_credentials")
                        .header("Zuora-Entity-Ids", EntitiesTest.SECOND)
                        .post("/oauth/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
        Supplier<RequestSpecification> second =
                () ->
                        given().header("Authorization", "Bearer " + token)
                                .header("Zuora-Entity-Ids", EntitiesTest.SECOND)
                                .contentType(ContentType.JSON);
        String secondAccount =
                second.get()
                        .body(
                                Map.of(
                                        "name",
                                        "S",
                                        "currency",
                                        "USD",
                                        "billToContact",
                                        Map.of("firstName", "A", "lastName", "B")))
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accountId");
        String secondInvoice =
                second.get()
                        .body(invoiceBody(secondAccount, fields("Owner__c", "second"), Map.of()))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        api().get("/v1/invoices/" + firstInvoice).then().body("Owner__c", is("first"));
        api().get("/v1/invoices/" + secondInvoice).then().statusCode(404);
        second.get()
                .get("/v1/invoices/" + secondInvoice)
                .then()
                .statusCode(200)
                .body("Owner__c", is("second"));
        second.get().get("/v1/invoices/" + firstInvoice).then().statusCode(404);
    }

    @Test
    void aStoredValueKeepsItsTypeAndExactValue() {
        String account = Api.createAccount("USD");
        String id =
                api().body(
                                invoiceBody(
                                        account,
                                        fields(
                                                "Tenth__c",
                                                new BigDecimal("0.1"),
                                                "Code__c",
                                                "007",
                                                "Minus__c",
                                                -5),
                                        Map.of()))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        JsonPath read = api().get("/v1/invoices/" + id).then().extract().jsonPath();
        assertEquals(new BigDecimal("0.1"), read.get("Tenth__c"));
        assertEquals("007", read.get("Code__c"));
        assertEquals(0, new BigDecimal("-5").compareTo(Api.decimal(read.get("Minus__c"))));
    }
}
