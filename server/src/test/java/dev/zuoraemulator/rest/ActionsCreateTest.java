package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionsCreateTest {

    private static Map<String, Object> item(String splitId, Object percentage) {
        Map<String, Object> item = new HashMap<>();
        item.put("InvoiceSplitId", splitId);
        item.put("InvoiceDate", "2026-02-01");
        item.put("SplitPercentage", percentage);
        return item;
    }

    @Test
    void createsAnInvoiceSplitAndItsItems() {
        String invoice = Api.createDraftInvoice(Api.createAccount("USD"), "100");
        String split = Api.createSplit(invoice);
        api().body(
                        Map.of(
                                "type",
                                "InvoiceSplitItem",
                                "objects",
                                List.of(
                                        Map.of(
                                                "InvoiceSplitId",
                                                split,
                                                "InvoiceDate",
                                                "2026-01-01",
                                                "SplitPercentage",
                                                60,
                                                "PaymentTerm",
                                                "Net 30"),
                                        Map.of(
                                                "InvoiceSplitId",
                                                split,
                                                "InvoiceDate",
                                                "2026-04-01",
                                                "SplitPercentage",
                                                new BigDecimal("40.000000000")))))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].Success", is(true))
                .body("[0].Id", matchesPattern("[0-9a-f]{32}"))
                .body("[0].Errors", nullValue())
                .body("[1].Success", is(true));
    }

    @Test
    void failsABadObjectAloneAndCreatesTheOthers() {
        String account = Api.createAccount("USD");
        String draft = Api.createDraftInvoice(account, "10");
        String posted =
                api().body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "status",
                                        "Posted",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        1,
                                                        "serviceStartDate",
                                                        "2026-01-01"))))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        api().body(
                        Map.of(
                                "type",
                                "InvoiceSplit",
                                "objects",
                                Arrays.asList(
                                        Map.of("InvoiceId", draft),
                                        Map.of(),
                                        Map.of("InvoiceId", "00000000000000000000000000000000"),
                                        Map.of("InvoiceId", posted),
                                        Map.of("InvoiceId", 42),
                                        null)))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("", hasSize(6))
                .body("[0].Success", is(true))
                .body("[1].Success", is(false))
                .body("[1].Errors[0].Code", is("MISSING_REQUIRED_VALUE"))
                .body("[1].Errors[0].Message", startsWith("InvoiceId"))
                .body("[2].Errors[0].Code", is("INVALID_VALUE"))
                .body("[3].Errors[0].Message", containsString("only a Draft invoice can be split"))
                .body("[4].Errors[0].Code", is("INVALID_VALUE"))
                .body("[5].Errors[0].Message", containsString("null"));
    }

    @Test
    void checksSplitItemFieldsAtCreate() {
        String split = Api.createSplit(Api.createDraftInvoice(Api.createAccount("USD"), "10"));
        Map<String, Object> badDate = item(split, 10);
        badDate.put("InvoiceDate", "2026-02-30");
        Map<String, Object> badTerm = item(split, 10);
        badTerm.put("PaymentTerm", "Net 366");
        Map<String, Object> noDate = item(split, 10);
        noDate.remove("InvoiceDate");
        api().body(
                        Map.of(
                                "type",
                                "InvoiceSplitItem",
                                "objects",
                                List.of(
                                        item(split, 0),
                                        item(split, new BigDecimal("100.000000001")),
                                        item(split, new BigDecimal("-5")),
                                        item(split, new BigDecimal("0.0000000001")),
                                        item(split, "50"),
                                        item("nope", 10),
                                        badDate,
                                        badTerm,
                                        noDate,
                                        item(split, new BigDecimal("0.000000001")),
                                        item(split, 100))))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("[0].Errors[0].Message", startsWith("SplitPercentage"))
                .body("[1].Errors[0].Message", startsWith("SplitPercentage"))
                .body("[2].Errors[0].Message", startsWith("SplitPercentage"))
                .body("[3].Errors[0].Message", containsString("9 decimals"))
                .body("[4].Errors[0].Message", containsString("without quotes"))
                .body("[5].Errors[0].Message", startsWith("InvoiceSplitId"))
                .body("[6].Errors[0].Message", startsWith("InvoiceDate"))
                .body("[7].Errors[0].Message", startsWith("PaymentTerm"))
                .body("[8].Errors[0].Code", is("MISSING_REQUIRED_VALUE"))
                .body("[9].Success", is(true))
                .body("[10].Success", is(true));
    }

    @Test
    void refusesRequestLevelProblemsWith400() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Map.of("InvoiceId", "x"));
        }
        api().body(Map.of("type", "InvoiceSplit", "objects", many))
                .post("/v1/action/create")
                .then()
                .statusCode(400)
                .body("Success", is(false))
                .body("Errors[0].Code", is("INVALID_VALUE"));
        api().body(Map.of("type", "Account", "objects", List.of(Map.of("Name", "x"))))
                .post("/v1/action/create")
                .then()
                .statusCode(400)
                .body("Errors[0].Code", is("INVALID_TYPE"));
        api().body(Map.of("objects", List.of(Map.of("InvoiceId", "x"))))
                .post("/v1/action/create")
                .then()
                .statusCode(400)
                .body("Errors[0].Code", is("MISSING_REQUIRED_VALUE"));
        api().body(Map.of("type", "InvoiceSplit", "objects", List.of()))
                .post("/v1/action/create")
                .then()
                .statusCode(400)
                .body("Errors[0].Code", is("INVALID_VALUE"));
        api().body("[").post("/v1/action/create").then().statusCode(400).body("Success", is(false));
    }

    @Test
    void rejectsUnknownFieldsOnlyWhenAsked() {
        String invoice = Api.createDraftInvoice(Api.createAccount("USD"), "10");
        Map<String, Object> object = Map.of("InvoiceId", invoice, "Colour", "blue");
        api().body(Map.of("type", "InvoiceSplit", "objects", List.of(object)))
                .post("/v1/action/create?rejectUnknownFields=true")
                .then()
                .statusCode(400)
                .body("message", is("Error - unrecognised fields"));
        api().body(
                        Map.of(
                                "type",
                                "InvoiceSplit",
                                "objects",
                                List.of(Map.of("InvoiceId", invoice)),
                                "extra",
                                1))
                .post("/v1/action/create?rejectUnknownFields=true")
                .then()
                .statusCode(400)
                .body("message", is("Error - unrecognised fields"));
        api().body(Map.of("type", "InvoiceSplit", "objects", List.of(object)))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("[0].Success", is(true));
    }

    @Test
    void refusesItemsForAnExecutedSplit() {
        String split = Api.createSplit(Api.createDraftInvoice(Api.createAccount("USD"), "10"));
        List<String> items = Api.createSplitItems(split, "50", "50");
        Api.execute(split);
        api().body(Map.of("type", "InvoiceSplitItem", "objects", List.of(item(split, 10))))
                .post("/v1/action/create")
                .then()
                .statusCode(200)
                .body("[0].Success", is(false))
                .body("[0].Errors[0].Message", containsString("has been executed"));
        Api.awaitSplitInvoices(items);
    }
}
