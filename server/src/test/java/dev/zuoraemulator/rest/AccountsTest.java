package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountsTest {

    private static Map<String, Object> contact() {
        return Map.of("firstName", "Ada", "lastName", "Lovelace", "workEmail", "ada@example.com");
    }

    @Test
    void createsAnAccountAndReadsItBackByIdAndByNumber() {
        String number = "ACME-" + System.nanoTime();
        String id =
                api().body(
                                Map.of(
                                        "name",
                                        "Acme",
                                        "currency",
                                        "EUR",
                                        "accountNumber",
                                        number,
                                        "billCycleDay",
                                        15,
                                        "paymentTerm",
                                        "net 30",
                                        "billToContact",
                                        contact()))
                        .post("/v1/accounts")
                        .then()
                        .statusCode(200)
                        .body("success", is(true))
                        .body("accountNumber", is(number))
                        .body("accountId", matchesPattern("[0-9a-f]{32}"))
                        .body("billToContactId", matchesPattern("[0-9a-f]{32}"))
                        .extract()
                        .path("accountId");
        for (String key : List.of(id, number)) {
            api().get("/v1/accounts/" + key)
                    .then()
                    .statusCode(200)
                    .body("success", is(true))
                    .body("basicInfo.id", is(id))
                    .body("basicInfo.accountNumber", is(number))
                    .body("basicInfo.name", is("Acme"))
                    .body("basicInfo.status", is("Active"))
                    .body("billingAndPayment.currency", is("EUR"))
                    .body("billingAndPayment.billCycleDay", num("15"))
                    .body("billingAndPayment.paymentTerm", is("Net 30"))
                    .body("billToContact.firstName", is("Ada"))
                    .body("metrics.balance", num("0"));
        }
    }

    @Test
    void numbersAccountsWhenNoNumberIsGivenAndDefaultsTheTerm() {
        String id = Api.createAccount("USD");
        api().get("/v1/accounts/" + id)
                .then()
                .statusCode(200)
                .body("basicInfo.accountNumber", matchesPattern("A\\d{8}"))
                .body("billingAndPayment.paymentTerm", is("Due Upon Receipt"))
                .body("billingAndPayment.billCycleDay", num("1"));
    }

    @Test
    void countsPostedInvoicesOnlyInTheBalance() {
        String id = Api.createAccount("USD");
        Api.createDraftInvoice(id, "100.00");
        api().body(
                        Map.of(
                                "accountId",
                                id,
                                "invoiceDate",
                                "2026-01-01",
                                "status",
                                "Posted",
                                "invoiceItems",
                                List.of(
                                        Map.of(
                                                "amount",
                                                new BigDecimal("12.34"),
                                                "serviceStartDate",
                                                "2026-01-01"))))
                .post("/v1/invoices")
                .then()
                .statusCode(200)
                .body("status", is("Posted"));
        api().get("/v1/accounts/" + id)
                .then()
                .statusCode(200)
                .body("metrics.balance", num("12.34"));
    }

    @Test
    void refusesADuplicateAccountNumber() {
        String number = "DUP-" + System.nanoTime();
        Map<String, Object> body =
                Map.of(
                        "name",
                        "A",
                        "currency",
                        "USD",
                        "accountNumber",
                        number,
                        "billToContact",
                        contact());
        api().body(body).post("/v1/accounts").then().statusCode(200);
        api().body(body)
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000020"))
                .body("reasons[0].message", containsString("already exists"));
    }

    @Test
    void refusesMissingRequiredFieldsWithCategory22AndTheirPath() {
        api().body(Map.of("currency", "USD", "billToContact", contact()))
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000022"))
                .body("reasons[0].message", startsWith("name"));
        api().body(
                        Map.of(
                                "name",
                                "A",
                                "currency",
                                "USD",
                                "billToContact",
                                Map.of("firstName", "A")))
                .post("/v1/accounts")
                .then()
                .statusCode(400)
                .body("reasons[0].message", startsWith("billToContact.lastName"));
    }

    @Test
    void refusesInvalidValuesWithCategory20() {
        for (Map<String, Object> body :
                List.<Map<String, Object>>of(
                        Map.of("name", "A", "currency", "ZZZ", "billToContact", contact()),
                        Map.of("name", "A", "currency", "usd", "billToContact", contact()),
                        Map.of(
                                "name",
                                "A",
                                "currency",
                                "USD",
                                "billToContact",
                                contact(),
                                "paymentTerm",
                                "Net 400"),
                        Map.of(
                                "name",
                                "A",
                                "currency",
                                "USD",
                                "billToContact",
                                contact(),
                                "paymentTerm",
                                "whenever"),
                        Map.of(
                                "name",
                                "A",
                                "currency",
                                "USD",
                                "billToContact",
                                contact(),
                                "billCycleDay",
                                32),
                        Map.of(
                                "name",
                                "A",
                                "currency",
                                "USD",
                                "billToContact",
                                contact(),
                                "billCycleDay",
                                1.5),
                        Map.of(
                                "name",
                                "A",
                                "currency",
                                "USD",
                                "billToContact",
                                contact(),
                                "autoPay",
                                "yes"),
                        Map.of("name", 12, "currency", "USD", "billToContact", contact()),
                        Map.of(
                                "name",
                                "bad\u0000name",
                                "currency",
                                "USD",
                                "billToContact",
                                contact()),
                        Map.of("name", "   ", "currency", "USD", "billToContact", contact()))) {
            api().body(body)
                    .post("/v1/accounts")
                    .then()
                    .statusCode(400)
                    .body("success", is(false))
                    .body("reasons[0].code", num("50000020"))
                    .body("requestId", matchesPattern(".{36}"))
                    .body("processId", matchesPattern("[0-9A-F]{16}"));
        }
    }

    @Test
    void answersAnUnknownAccountWith404() {
        api().get("/v1/accounts/A99999999")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"))
                .body(
                        "reasons[0].message",
                        is("Cannot find a Account instance with id A99999999."));
    }
}
