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
 * Decision C9, at run time: every answer object, the answer itself and each object nested in it,
 * carries every property of Zuora's response schema for it, {@code null} included, so that a
 * generated client reading one without a null check finds it. A nested object answered {@code null}
 * has nothing to check.
 */
@QuarkusTest
class CompleteAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void carriesZuorasProperties(String operationId, ValidatableResponse answer)
            throws IOException {
        JsonNode objects =
                JSON.readTree(
                                new File(
                                        "../openapi/src/main/openapi/zuora-response-properties.json"))
                        .get(operationId);
        String text = answer.extract().asString();
        assertEquals(200, answer.extract().statusCode(), operationId + ": " + text);
        JsonNode body = JSON.readTree(text);
        TreeSet<String> absent = new TreeSet<>();
        objects.fieldNames()
                .forEachRemaining(
                        path -> {
                            for (JsonNode object : at(body, path)) {
                                objects.get(path)
                                        .forEach(
                                                name -> {
                                                    if (!object.has(name.asText())) {
                                                        absent.add(
                                                                (path.isEmpty() ? "" : path + ".")
                                                                        + name.asText());
                                                    }
                                                });
                            }
                        });
        assertTrue(absent.isEmpty(), operationId + " answered without " + absent);
    }

    /**
     * The objects at the path ({@code "basicInfo"}, {@code "scheduleItems[]"}, ...), nulls left
     * out.
     */
    private static List<JsonNode> at(JsonNode body, String path) {
        List<JsonNode> objects = List.of(body);
        if (path.isEmpty()) {
            return objects;
        }
        for (String step : path.split("\\.")) {
            boolean array = step.endsWith("[]");
            String name = array ? step.substring(0, step.length() - 2) : step;
            List<JsonNode> next = new java.util.ArrayList<>();
            for (JsonNode object : objects) {
                JsonNode value = object.get(name);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (array) {
                    value.forEach(next::add);
                } else {
                    next.add(value);
                }
            }
            objects = next;
        }
        return objects;
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

    @Test
    void invoiceLifecycleAnswersAreComplete() throws IOException {
        String accountId = Api.createAccount("USD");
        String first = Api.createDraftInvoice(accountId, "10.00");
        String second = Api.createDraftInvoice(accountId, "20.00");
        carriesZuorasProperties(
                "Object_PUTInvoice",
                api().body(Map.of("Status", "Canceled")).put("/v1/object/invoice/" + first).then());
        carriesZuorasProperties(
                "POST_PostInvoices",
                api().body(Map.of("invoices", List.of(Map.of("id", second))))
                        .post("/v1/invoices/bulk-post")
                        .then());
        carriesZuorasProperties(
                "PUT_UpdateInvoice",
                api().body(Map.of("comments", "c")).put("/v1/invoices/" + second).then());
        carriesZuorasProperties(
                "GET_TransactionInvoice",
                api().get("/v1/transactions/invoices/accounts/" + accountId).then());
        carriesZuorasProperties(
                "DELETE_DeleteInvoice", api().delete("/v1/invoices/" + first).then());
    }
}
