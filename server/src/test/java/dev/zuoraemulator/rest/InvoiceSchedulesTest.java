package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvoiceSchedulesTest {

    private static Map<String, Object> item(String amount, String runDate) {
        Map<String, Object> item = new HashMap<>();
        item.put("amount", new BigDecimal(amount));
        if (runDate != null) {
            item.put("runDate", runDate);
        }
        return item;
    }

    private static JsonPath createSchedule(String accountId, List<Map<String, Object>> items) {
        return api().body(Map.of("accountKey", accountId, "scheduleItems", items))
                .post("/v1/invoice-schedules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath execute(String schedule, Object body) {
        return api().body(body)
                .post("/v1/invoice-schedules/" + schedule + "/execute")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void awaitCompleted(String billRun) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () ->
                                api().get("/v1/bill-runs/" + billRun)
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .<String>path("status"),
                        "Completed"::equals);
    }

    @Test
    void runsTheWholeLifeCycleAndSplitsTheLastInvoice() {
        String account = Api.createAccount("USD", "Net 30");
        JsonPath schedule =
                createSchedule(
                        account,
                        List.of(
                                item("50000", "2022-12-03"),
                                item("10000", "2022-12-08"),
                                item("10200", "2023-01-08")));
        String id = schedule.getString("id");
        List<String> items = schedule.getList("scheduleItems.id");
        assertEquals("Pending", schedule.getString("status"));

        // item 1 by ID
        JsonPath run1 = execute(id, Map.of("scheduleItemId", items.get(0)));
        assertEquals("Pending", run1.getString("status"));
        assertEquals(items.get(0), run1.getString("billRunFilters[0].invoiceScheduleItemId"));
        awaitCompleted(run1.getString("id"));
        String invoice1 =
                api().get("/v1/invoice-schedules/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", is("PartiallyProcessed"))
                        .body("billedAmount", num("50000"))
                        .body("unbilledAmount", num("20200"))
                        .body("actualAmount", num("20200"))
                        .body("totalAmount", num("70200"))
                        .body("nextRunDate", is("2022-12-08"))
                        .body("scheduleItems[0].status", is("Processed"))
                        .body("scheduleItems[0].actualAmount", num("0"))
                        .extract()
                        .path("scheduleItems[0].invoiceId");
        api().get("/v1/invoices/" + invoice1)
                .then()
                .statusCode(200)
                .body("status", is("Draft"))
                .body("amount", num("50000"))
                .body("invoiceDate", is("2022-12-03"))
                .body("targetDate", is("2022-12-03"))
                .body("dueDate", is("2023-01-02"))
                .body("billRunId", is(run1.getString("id")))
                .body("source", is("BillRun"))
                .body("accountId", is(account));
        api().get("/v1/invoices/" + invoice1 + "/items")
                .then()
                .body("invoiceItems[0].invoiceScheduleId", is(id))
                .body("invoiceItems[0].invoiceScheduleItemId", is(items.get(0)));

        // without an item ID: item 2
        JsonPath run2 = execute(id, Map.of());
        assertEquals(null, run2.getString("billRunFilters[0].invoiceScheduleItemId"));
        assertEquals("2022-12-08", run2.getString("invoiceDate"));
        awaitCompleted(run2.getString("billRunNumber"));

        // paused: refused, nothing changes
        api().put("/v1/invoice-schedules/" + id + "/pause")
                .then()
                .statusCode(200)
                .body("status", is("Paused"));
        api().body(Map.of())
                .post("/v1/invoice-schedules/" + id + "/execute")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000030"))
                .body("reasons[0].message", containsString("Paused"));
        api().get("/v1/invoice-schedules/" + id)
                .then()
                .body("scheduleItems[2].status", is("Pending"));
        api().put("/v1/invoice-schedules/" + id + "/resume")
                .then()
                .statusCode(200)
                .body("status", is("PartiallyProcessed"));

        // item 3: the schedule is fully processed
        JsonPath run3 = execute(id, Map.of("scheduleItemId", items.get(2)));
        awaitCompleted(run3.getString("id"));
        String invoice3 =
                api().get("/v1/invoice-schedules/" + schedule.getString("number"))
                        .then()
                        .body("status", is("FullyProcessed"))
                        .body("nextRunDate", nullValue())
                        .body("billedAmount", num("70200"))
                        .body("unbilledAmount", num("0"))
                        .extract()
                        .path("scheduleItems[2].invoiceId");
        api().body(Map.of())
                .post("/v1/invoice-schedules/" + id + "/execute")
                .then()
                .statusCode(400)
                .body("reasons[0].message", containsString("no Pending item"));

        // the invoice of item 3 is an ordinary draft: split it
        String split = Api.createSplit(invoice3);
        List<String> splitInvoices =
                Api.awaitSplitInvoicesAfter(split, Api.createSplitItems(split, "50", "50"));
        assertEquals(
                0,
                Api.decimal(
                                api().get("/v1/invoices/" + splitInvoices.get(0))
                                        .then()
                                        .extract()
                                        .path("amount"))
                        .compareTo(new BigDecimal("5100")));
        api().get("/v1/invoices/" + invoice3).then().statusCode(404);
        api().get("/v1/invoices/" + splitInvoices.get(1) + "/items")
                .then()
                .body("invoiceItems[0].invoiceScheduleItemId", is(items.get(2)));
    }

    @Test
    void answersTheExecuteSampleShape() {
        String account = Api.createAccount("USD");
        JsonPath schedule = createSchedule(account, List.of(item("100", "2022-12-03")));
        String itemId = schedule.getString("scheduleItems[0].id");
        api().body(Map.of("scheduleItemId", itemId))
                .post("/v1/invoice-schedules/" + schedule.getString("number") + "/execute")
                .then()
                .statusCode(200)
                .body("id", matchesPattern("[0-9a-f]{32}"))
                .body("billRunNumber", matchesPattern("BR-\\d{8}"))
                .body("autoEmail", is(false))
                .body("autoPost", is(false))
                .body("autoRenewal", is(false))
                .body("billCycleDay", nullValue())
                .body("noEmailForZeroAmountInvoice", is(false))
                .body("status", is("Pending"))
                .body("invoiceDate", is("2022-12-03"))
                .body("targetDate", is("2022-12-03"))
                .body("targetDateOffset", nullValue())
                .body("invoiceDateOffset", nullValue())
                .body("scheduledExecutionTime", nullValue())
                .body("batches", nullValue())
                .body("schedule", nullValue())
                .body("createdDate", matchesPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"))
                .body("chargeTypeToExclude", is(List.of("Usage")))
                .body("billRunFilters", hasSize(1))
                .body("billRunFilters[0].filterType", is("InvoiceSchedule"))
                .body("billRunFilters[0].accountId", is(account))
                .body("billRunFilters[0].subscriptionId", nullValue())
                .body("billRunFilters[0].invoiceScheduleId", is(schedule.getString("id")))
                .body("billRunFilters[0].invoiceScheduleItemId", is(itemId))
                .body("success", is(true))
                .body("$", org.hamcrest.Matchers.hasKey("schedule"));
    }

    @Test
    void datesTheInvoiceTodayWhenTheItemHasNoRunDate() {
        JsonPath schedule = createSchedule(Api.createAccount("USD"), List.of(item("10", null)));
        JsonPath run = execute(schedule.getString("id"), Map.of());
        assertEquals(
                LocalDate.now(java.time.ZoneOffset.UTC).toString(), run.getString("targetDate"));
        awaitCompleted(run.getString("id"));
    }

    @Test
    void refusesAnItemThatIsNotTheEarliestPendingOneOrUnknown() {
        JsonPath schedule =
                createSchedule(
                        Api.createAccount("USD"),
                        List.of(item("10", "2026-01-01"), item("20", "2026-02-01")));
        String id = schedule.getString("id");
        api().body(Map.of("scheduleItemId", schedule.getString("scheduleItems[1].id")))
                .post("/v1/invoice-schedules/" + id + "/execute")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000030"))
                .body("reasons[0].message", containsString("earliest"));
        api().body(Map.of("scheduleItemId", "00000000000000000000000000000000"))
                .post("/v1/invoice-schedules/" + id + "/execute")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"));
        api().body(Map.of())
                .post("/v1/invoice-schedules/IS-99999999/execute")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"));
        api().get("/v1/invoice-schedules/" + id)
                .then()
                .body("status", is("Pending"))
                .body("scheduleItems[0].status", is("Pending"))
                .body("scheduleItems[1].status", is("Pending"));
        api().body("{")
                .post("/v1/invoice-schedules/" + id + "/execute")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000090"));
        api().post("/v1/invoice-schedules/" + id + "/execute").then().statusCode(400);
    }

    @Test
    void refusesInvalidSchedules() {
        String account = Api.createAccount("JPY");
        record Bad(Object body, String code, String field) {}
        List<Map<String, Object>> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add(item("1", null));
        }
        for (Bad bad :
                List.of(
                        new Bad(
                                Map.of("scheduleItems", List.of(item("1", null))),
                                "50000022",
                                "accountKey"),
                        new Bad(Map.of("accountKey", account), "50000022", "scheduleItems"),
                        new Bad(
                                Map.of("accountKey", account, "scheduleItems", List.of()),
                                "50000020",
                                "scheduleItems"),
                        new Bad(
                                Map.of("accountKey", account, "scheduleItems", fiftyOne),
                                "50000020",
                                "scheduleItems"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        "nope",
                                        "scheduleItems",
                                        List.of(item("1", null))),
                                "50000020",
                                "accountKey"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(Map.of("runDate", "2026-01-01"))),
                                "50000022",
                                "scheduleItems[0].amount"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(item("0", null))),
                                "50000020",
                                "scheduleItems[0].amount"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(item("-5", null))),
                                "50000020",
                                "scheduleItems[0].amount"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(item("1.5", null))),
                                "50000020",
                                "scheduleItems[0].amount"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(Map.of("amount", 5, "percentage", 5))),
                                "50000020",
                                "scheduleItems[0]"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(Map.of("percentage", 100))),
                                "50000030",
                                "scheduleItems[0].percentage"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(item("1", "2026-02-01"), item("1", "2026-01-01"))),
                                "50000020",
                                "scheduleItems[1].runDate"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "scheduleItems",
                                        List.of(item("1", null), item("1", "2026-01-01"))),
                                "50000020",
                                "scheduleItems[1].runDate"),
                        new Bad(
                                Map.of(
                                        "accountKey",
                                        account,
                                        "notes",
                                        "x".repeat(256),
                                        "scheduleItems",
                                        List.of(item("1", null))),
                                "50000020",
                                "notes"))) {
            api().body(bad.body())
                    .post("/v1/invoice-schedules")
                    .then()
                    .statusCode(400)
                    .body("success", is(false))
                    .body("reasons[0].code", num(bad.code()))
                    .body("reasons[0].message", startsWith(bad.field()));
        }
    }

    @Test
    void pagesItemsAndReadsBySNumber() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            items.add(item(String.valueOf(i), null));
        }
        JsonPath schedule = createSchedule(Api.createAccount("USD"), items);
        assertEquals(25, schedule.getList("scheduleItems").size());
        api().get("/v1/invoice-schedules/" + schedule.getString("number"))
                .then()
                .statusCode(200)
                .body("scheduleItems", hasSize(20))
                .body("totalAmount", num("325"));
        api().get("/v1/invoice-schedules/" + schedule.getString("id") + "?page=2&pageSize=20")
                .then()
                .body("scheduleItems", hasSize(5))
                .body("scheduleItems[0].amount", num("21"));
        api().get("/v1/invoice-schedules/IS-99999999")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"));
    }

    @Test
    void updatesPendingItemsAndKeepsProcessedOnes() {
        JsonPath schedule =
                createSchedule(
                        Api.createAccount("USD"),
                        List.of(
                                item("10", "2026-01-01"),
                                item("20", "2026-02-01"),
                                item("30", "2026-03-01")));
        String id = schedule.getString("id");
        List<String> ids = schedule.getList("scheduleItems.id");
        awaitCompleted(execute(id, Map.of()).getString("id"));

        // item 1 is processed: kept as is; item 2 changed; item 3 removed; a new item added
        api().body(
                        Map.of(
                                "notes",
                                "revised",
                                "scheduleItems",
                                List.of(
                                        Map.of("id", ids.get(0)),
                                        Map.of(
                                                "id",
                                                ids.get(1),
                                                "amount",
                                                25,
                                                "runDate",
                                                "2026-02-15"),
                                        item("5", "2026-04-01"))))
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(200)
                .body("notes", is("revised"))
                .body("scheduleItems", hasSize(3))
                .body("scheduleItems[0].id", is(ids.get(0)))
                .body("scheduleItems[0].status", is("Processed"))
                .body("scheduleItems[1].amount", num("25"))
                .body("scheduleItems[1].runDate", is("2026-02-15"))
                .body("scheduleItems[2].amount", num("5"))
                .body("totalAmount", num("40"))
                .body("nextRunDate", is("2026-02-15"))
                .body("status", is("PartiallyProcessed"));
        api().body(Map.of("nextRunDate", "2026-02-20"))
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(200)
                .body("nextRunDate", is("2026-02-20"));

        // a processed item can be neither changed nor removed; nothing is applied
        api().body(Map.of("scheduleItems", List.of(Map.of("id", ids.get(0), "amount", 11))))
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000030"));
        api().body(Map.of("scheduleItems", List.of(item("1", null))))
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(400)
                .body("reasons[0].message", containsString("cannot be removed"));
        api().body(Map.of("scheduleItems", List.of(Map.of("id", "nope"))))
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000020"));
        api().get("/v1/invoice-schedules/" + id)
                .then()
                .body("scheduleItems", hasSize(3))
                .body("totalAmount", num("40"));

        api().put("/v1/invoice-schedules/" + id + "/pause").then().statusCode(200);
        api().body(Map.of("notes", "x"))
                .put("/v1/invoice-schedules/" + id)
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000030"));
    }

    @Test
    void deletesOnlyPendingSchedules() {
        String account = Api.createAccount("USD");
        String pending = createSchedule(account, List.of(item("10", null))).getString("id");
        api().delete("/v1/invoice-schedules/" + pending)
                .then()
                .statusCode(200)
                .body("success", is(true))
                .body("requestId", matchesPattern(".{36}"));
        api().get("/v1/invoice-schedules/" + pending).then().statusCode(404);
        api().delete("/v1/invoice-schedules/" + pending).then().statusCode(404);

        String executed =
                createSchedule(account, List.of(item("10", null), item("10", null)))
                        .getString("id");
        awaitCompleted(execute(executed, Map.of()).getString("id"));
        api().delete("/v1/invoice-schedules/" + executed)
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000030"));
    }

    @Test
    void pausesInAnyStatusAndResumesOnlyAPausedSchedule() {
        String id =
                createSchedule(Api.createAccount("USD"), List.of(item("10", null))).getString("id");
        api().put("/v1/invoice-schedules/" + id + "/resume")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000030"));
        api().put("/v1/invoice-schedules/" + id + "/pause")
                .then()
                .statusCode(200)
                .body("status", is("Paused"));
        api().put("/v1/invoice-schedules/" + id + "/pause")
                .then()
                .statusCode(200)
                .body("status", is("Paused"));
        api().put("/v1/invoice-schedules/" + id + "/resume")
                .then()
                .statusCode(200)
                .body("status", is("Pending"));
        api().put("/v1/invoice-schedules/IS-99999999/pause").then().statusCode(404);
    }

    @Test
    void answersUnknownBillRunsWith404() {
        api().get("/v1/bill-runs/BR-99999999")
                .then()
                .statusCode(404)
                .body("reasons[0].code", num("50000040"));
    }
}
