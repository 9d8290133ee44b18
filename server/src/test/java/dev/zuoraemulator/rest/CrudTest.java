package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrudTest {

    private static final String CRUD_TIMESTAMP =
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})";

    @Test
    void readsAnInvoiceSplitInZuorasCrudShape() {
        String invoice = Api.createDraftInvoice(Api.createAccount("USD"), "10");
        String split = Api.createSplit(invoice);
        api().get("/v1/object/invoice-split/" + split)
                .then()
                .statusCode(200)
                .body("Id", is(split))
                .body("InvoiceId", is(invoice))
                .body("CreatedById", matchesPattern("[0-9a-f]{32}"))
                .body("CreatedDate", matchesPattern(CRUD_TIMESTAMP))
                .body("UpdatedDate", matchesPattern(CRUD_TIMESTAMP));
    }

    @Test
    void readsAnInvoiceSplitItemWithoutInvoiceIdUntilItsInvoiceExists() {
        String split = Api.createSplit(Api.createDraftInvoice(Api.createAccount("USD"), "10"));
        String item =
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
                                                        "2011-01-20",
                                                        "SplitPercentage",
                                                        new BigDecimal("50.9"),
                                                        "PaymentTerm",
                                                        "due upon receipt"))))
                        .post("/v1/action/create")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("[0].Id");
        api().get("/v1/object/invoice-split-item/" + item)
                .then()
                .statusCode(200)
                .body("Id", is(item))
                .body("InvoiceSplitId", is(split))
                .body("InvoiceDate", is("2011-01-20"))
                .body("SplitPercentage", num("50.9"))
                .body("PaymentTerm", is("Due Upon Receipt"))
                .body("$", not(hasKey("InvoiceId")));
    }

    @Test
    void narrowsTheAnswerToTheRequestedFields() {
        String split = Api.createSplit(Api.createDraftInvoice(Api.createAccount("USD"), "10"));
        api().get("/v1/object/invoice-split/" + split + "?fields=invoiceid")
                .then()
                .statusCode(200)
                .body("Id", is(split))
                .body("$", hasKey("InvoiceId"))
                .body("$", not(hasKey("CreatedDate")));
        api().get("/v1/object/invoice-split/" + split + "?fields=Colour")
                .then()
                .statusCode(400)
                .body("Success", is(false))
                .body("Errors[0].Code", is("INVALID_VALUE"));
    }

    @Test
    void answersUnknownIdsWith404InTheCrudShape() {
        api().get("/v1/object/invoice-split/00000000000000000000000000000000")
                .then()
                .statusCode(404)
                .body("Success", is(false))
                .body("Errors[0].Code", is("INVALID_ID"));
        api().get("/v1/object/invoice-split-item/nope")
                .then()
                .statusCode(404)
                .body("Errors[0].Code", is("INVALID_ID"));
    }
}
