package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvoicesTest {

    private static Map<String, Object> item(String amount) {
        return Map.of("amount", new BigDecimal(amount), "serviceStartDate", "2026-01-01");
    }

    @Test
    void createsADraftInvoiceWhoseTotalIsExact() {
        String account = Api.createAccount("USD", "Net 30");
        String number =
                api().body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-10",
                                        "invoiceItems",
                                        List.of(item("0.10"), item("0.20"), item("-0.05"))))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .body("success", is(true))
                        .body("status", is("Draft"))
                        .body("amount", num("0.25"))
                        .body("balance", num("0.25"))
                        .body("currency", is("USD"))
                        .body("accountId", is(account))
                        .body("invoiceDate", is("2026-01-10"))
                        .body("paymentTerm", is("Net 30"))
                        .body("dueDate", is("2026-02-09"))
                        .body("id", matchesPattern("[0-9a-f]{32}"))
                        .body("invoiceNumber", matchesPattern("INV\\d{8}"))
                        .body(
                                "createdDate",
                                matchesPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"))
                        .body("sourceType", is("Standalone"))
                        .extract()
                        .path("invoiceNumber");
        api().get("/v1/invoices/" + number)
                .then()
                .statusCode(200)
                .body("invoiceNumber", is(number))
                .body("amount", num("0.25"));
    }

    @Test
    void takesTheAccountByNumberAndAnExplicitTermAndDueDate() {
        String account = Api.createAccount("EUR");
        String accountNumber =
                api().get("/v1/accounts/" + account)
                        .then()
                        .extract()
                        .path("basicInfo.accountNumber");
        api().body(
                        Map.of(
                                "accountNumber",
                                accountNumber,
                                "invoiceDate",
                                "2026-03-01",
                                "paymentTerm",
                                "Net 15",
                                "invoiceItems",
                                List.of(item("5"))))
                .post("/v1/invoices")
                .then()
                .statusCode(200)
                .body("dueDate", is("2026-03-16"));
        api().body(
                        Map.of(
                                "accountNumber",
                                accountNumber,
                                "invoiceDate",
                                "2026-03-01",
                                "dueDate",
                                "2026-04-30",
                                "invoiceItems",
                                List.of(item("5"))))
                .post("/v1/invoices")
                .then()
                .statusCode(200)
                .body("dueDate", is("2026-04-30"))
                .body("paymentTerm", is("Due Upon Receipt"));
    }

    @Test
    void pagesTheItemsInTheirOrder() {
        String account = Api.createAccount("USD");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            items.add(
                    Map.of(
                            "amount",
                            new BigDecimal(i),
                            "serviceStartDate",
                            "2026-01-01",
                            "chargeName",
                            "c" + i,
                            "quantity",
                            2,
                            "unitPrice",
                            new BigDecimal(i).divide(BigDecimal.valueOf(2))));
        }
        String id =
                api().body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        items))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .body("amount", num("1035"))
                        .extract()
                        .path("id");
        api().get("/v1/invoices/" + id + "/items")
                .then()
                .statusCode(200)
                .body("invoiceItems", hasSize(20))
                .body("invoiceItems[0].chargeName", is("c1"))
                .body("invoiceItems[0].chargeAmount", num("1"))
                .body("invoiceItems[0].processingType", is("Charge"))
                .body("invoiceItems[0].serviceStartDate", is("2026-01-01"))
                .body("nextPage", is("/v1/invoices/" + id + "/items?page=2&pageSize=20"));
        api().get("/v1/invoices/" + id + "/items?page=2&pageSize=40")
                .then()
                .statusCode(200)
                .body("invoiceItems", hasSize(5))
                .body("invoiceItems[0].chargeName", is("c41"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("nextPage")))
                .body("success", is(true));
        api().get("/v1/invoices/" + id + "/items?page=9")
                .then()
                .statusCode(200)
                .body("invoiceItems", hasSize(0));
        api().get("/v1/invoices/" + id + "/items?page=2147483647&pageSize=40")
                .then()
                .statusCode(200)
                .body("invoiceItems", hasSize(0))
                .body("nextPage", nullValue());
    }

    @Test
    void refusesBadItemsWithoutWritingAnything() {
        String account = Api.createAccount("JPY");
        // the second item has decimals that JPY does not have: nothing is written, posted balance
        // stays 0
        api().body(
                        Map.of(
                                "accountId",
                                account,
                                "invoiceDate",
                                "2026-01-01",
                                "status",
                                "Posted",
                                "invoiceItems",
                                List.of(item("100"), item("1.5"))))
                .post("/v1/invoices")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000020"))
                .body("reasons[0].message", startsWith("invoiceItems[1].amount"));
        api().get("/v1/accounts/" + account).then().body("metrics.balance", num("0"));
    }

    @Test
    void refusesInvalidRequestsInZuorasShape() {
        String account = Api.createAccount("USD");
        record Bad(Object body, int code, String field) {}
        for (Bad bad :
                List.of(
                        new Bad(
                                Map.of(
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        List.of(item("1"))),
                                50000022,
                                "accountId"),
                        new Bad(
                                Map.of("accountId", account, "invoiceItems", List.of(item("1"))),
                                50000022,
                                "invoiceDate"),
                        new Bad(
                                Map.of("accountId", account, "invoiceDate", "2026-01-01"),
                                50000022,
                                "invoiceItems"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        List.of()),
                                50000020,
                                "invoiceItems"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-02-30",
                                        "invoiceItems",
                                        List.of(item("1"))),
                                50000020,
                                "invoiceDate"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "dueDate",
                                        "2025-12-31",
                                        "invoiceItems",
                                        List.of(item("1"))),
                                50000020,
                                "dueDate"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        "nope",
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        List.of(item("1"))),
                                50000020,
                                "accountId"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "status",
                                        "Paid",
                                        "invoiceItems",
                                        List.of(item("1"))),
                                50000020,
                                "status"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        "1.2e1",
                                                        "serviceStartDate",
                                                        "2026-01-01"))),
                                50000020,
                                "invoiceItems[0].amount"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        new BigDecimal("1e16"),
                                                        "serviceStartDate",
                                                        "2026-01-01"))),
                                50000020,
                                "invoiceItems[0].amount"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        1,
                                                        "serviceStartDate",
                                                        "2026-02-01",
                                                        "serviceEndDate",
                                                        "2026-01-01"))),
                                50000020,
                                "invoiceItems[0].serviceEndDate"),
                        new Bad(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "invoiceItems",
                                        List.of(Map.of("amount", 1))),
                                50000022,
                                "invoiceItems[0].serviceStartDate"))) {
            api().body(bad.body())
                    .post("/v1/invoices")
                    .then()
                    .statusCode(400)
                    .body("success", is(false))
                    .body("reasons[0].code", num(String.valueOf(bad.code())))
                    .body("reasons[0].message", startsWith(bad.field()));
        }
    }

    @Test
    void refusesMalformedJsonWithCategory90() {
        api().body("{\"accountId\": ")
                .post("/v1/invoices")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000090"));
        api().body("{\"accountId\": \"a\", \"accountId\": \"b\"}")
                .post("/v1/invoices")
                .then()
                .statusCode(400)
                .body("reasons[0].code", notNullValue());
    }

    @Test
    void answersUnknownInvoicesWith404() {
        api().get("/v1/invoices/INV99999999")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"))
                .body(
                        "reasons[0].message",
                        is("Cannot find a Invoice instance with id INV99999999."));
        api().get("/v1/invoices/INV99999999/items").then().statusCode(404);
        api().get("/v1/invoices/INV99999999/items?pageSize=41").then().statusCode(400);
        api().get("/v1/invoices/INV99999999/items?page=0").then().statusCode(400);
    }
}
