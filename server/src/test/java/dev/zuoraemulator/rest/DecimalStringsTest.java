package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decision C8: a decimal of a REST body may be a JSON number or a string of a plain decimal. */
@QuarkusTest
class DecimalStringsTest {

    /** What an invoice says about its amounts, without what differs between two invoices. */
    private static Map<String, Object> amountsOf(String invoiceId) {
        JsonPath invoice =
                api().get("/v1/invoices/" + invoiceId).then().statusCode(200).extract().jsonPath();
        JsonPath items =
                api().get("/v1/invoices/" + invoiceId + "/items")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        Map<String, Object> amounts = new LinkedHashMap<>();
        amounts.put("amount", invoice.get("amount"));
        amounts.put("balance", invoice.get("balance"));
        amounts.put("chargeAmount", items.getList("invoiceItems.chargeAmount"));
        amounts.put("quantity", items.getList("invoiceItems.quantity"));
        amounts.put("unitPrice", items.getList("invoiceItems.unitPrice"));
        return amounts;
    }

    private static String invoice(String account, Object amount, Object quantity, Object price) {
        return api().body(
                        Map.of(
                                "accountId",
                                account,
                                "invoiceDate",
                                "2026-01-10",
                                "invoiceItems",
                                List.of(
                                        Map.of(
                                                "amount",
                                                amount,
                                                "quantity",
                                                quantity,
                                                "unitPrice",
                                                price,
                                                "serviceStartDate",
                                                "2026-01-01"),
                                        Map.of(
                                                "amount",
                                                amount,
                                                "serviceStartDate",
                                                "2026-01-01"))))
                .post("/v1/invoices")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    @Test
    void anInvoiceOfStringAmountsEqualsTheSameOfNumbers() {
        String account = Api.createAccount("USD");
        String ofStrings = invoice(account, "-12.50", "3", "0.1");
        String ofNumbers =
                invoice(
                        account,
                        new java.math.BigDecimal("-12.50"),
                        3,
                        new java.math.BigDecimal("0.1"));
        assertEquals(amountsOf(ofNumbers), amountsOf(ofStrings));
        // answers send numbers, never strings
        api().get("/v1/invoices/" + ofStrings).then().body("amount", num("-25"));
    }

    @Test
    void aScheduleOfStringAmountsEqualsTheSameOfNumbers() {
        String account = Api.createAccount("USD");
        JsonPath ofStrings = schedule(account, "1000", "200.5");
        JsonPath ofNumbers = schedule(account, 1000, new java.math.BigDecimal("200.5"));
        assertEquals(
                ofNumbers.getList("scheduleItems.amount"),
                ofStrings.getList("scheduleItems.amount"));
        assertEquals(
                ofNumbers.get("totalAmount").toString(), ofStrings.get("totalAmount").toString());
        // and an update (Zuora types UpdateScheduleItems.amount as a string)
        String id = ofStrings.getString("id");
        String first = ofStrings.getString("scheduleItems[0].id");
        String second = ofStrings.getString("scheduleItems[1].id");
        api().body(
                        Map.of(
                                "scheduleItems",
                                List.of(
                                        Map.of("id", first),
                                        Map.of("id", second, "amount", "300"))))
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(200)
                .body("scheduleItems[1].amount", num("300"))
                .body("totalAmount", num("1300"));
    }

    private static JsonPath schedule(String account, Object first, Object second) {
        return api().body(
                        Map.of(
                                "accountKey",
                                account,
                                "scheduleItems",
                                List.of(
                                        Map.of("amount", first, "runDate", "2026-01-15"),
                                        Map.of("amount", second, "runDate", "2026-02-15"))))
                .post("/v1/invoice-schedules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1e3", "1,000", " 12", "12 ", "NaN", "", "+5", "12.", ".5", "0x10", "１２"})
    void aStringThatIsNotAPlainDecimalIsRefusedNamingTheField(String bad) {
        api().body(
                        Map.of(
                                "accountId",
                                Api.createAccount("USD"),
                                "invoiceItems",
                                List.of(Map.of("amount", bad, "serviceStartDate", "2026-01-01"))))
                .post("/v1/invoices")
                .then()
                .statusCode(400)
                .body("success", is(false))
                .body("reasons[0].code", num("50000020"))
                .body("reasons[0].message", containsString("invoiceItems[0].amount"));
    }
}
