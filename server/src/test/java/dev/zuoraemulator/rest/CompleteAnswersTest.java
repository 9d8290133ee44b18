package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Decision C9, at run time: every answer carries every property of Zuora's response schema for its
 * operation, {@code null} included, so that a generated client reading one without a null check
 * finds it.
 */
@QuarkusTest
class CompleteAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void carriesZuorasProperties(String operationId, ValidatableResponse answer)
            throws IOException {
        JsonNode official =
                JSON.readTree(
                                new File(
                                        "../openapi/src/main/openapi/zuora-response-properties.json"))
                        .get(operationId);
        String text = answer.extract().asString();
        assertEquals(200, answer.extract().statusCode(), operationId + ": " + text);
        JsonNode body = JSON.readTree(text);
        TreeSet<String> absent = new TreeSet<>();
        official.forEach(
                name -> {
                    if (!body.has(name.asText())) {
                        absent.add(name.asText());
                    }
                });
        assertTrue(absent.isEmpty(), operationId + " answered without " + absent);
    }

    @Test
    void accountInvoiceScheduleAndBillRunAnswersAreComplete() throws IOException {
        var account =
                api().body(
                                Map.of(
                                        "name",
                                        "Complete",
                                        "currency",
                                        "USD",
                                        "billToContact",
                                        Map.of("firstName", "Ada", "lastName", "Lovelace")))
                        .post("/v1/accounts")
                        .then();
        carriesZuorasProperties("POST_Account", account);
        String accountId = account.extract().path("accountId");
        carriesZuorasProperties("GET_Account", api().get("/v1/accounts/" + accountId).then());

        var invoice =
                api().body(
                                Map.of(
                                        "accountId",
                                        accountId,
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
                        .then();
        carriesZuorasProperties("POST_StandaloneInvoice", invoice);
        String invoiceId = invoice.extract().path("id");
        carriesZuorasProperties("Get_GetInvoice", api().get("/v1/invoices/" + invoiceId).then());

        var schedule =
                api().body(
                                Map.of(
                                        "accountKey",
                                        accountId,
                                        "scheduleItems",
                                        List.of(Map.of("amount", 120, "runDate", "2026-01-15"))))
                        .post("/v1/invoice-schedules")
                        .then();
        carriesZuorasProperties("POST_CreateInvoiceSchedule", schedule);
        String scheduleId = schedule.extract().path("id");
        carriesZuorasProperties(
                "GET_InvoiceSchedule", api().get("/v1/invoice-schedules/" + scheduleId).then());
        var billRun =
                api().body(Map.of())
                        .post("/v1/invoice-schedules/" + scheduleId + "/execute")
                        .then();
        carriesZuorasProperties("POST_ExecuteInvoiceSchedule", billRun);
        String billRunId = billRun.extract().path("id");
        carriesZuorasProperties("GET_BillRun", api().get("/v1/bill-runs/" + billRunId).then());
    }
}
