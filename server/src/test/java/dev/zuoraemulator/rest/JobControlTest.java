package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static dev.zuoraemulator.rest.Api.api;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobControlTest {

    /**
     * Before too: the job lists below count exactly, so jobs another test class left (a bill run
     * still processing, a callout to retry) must not be there.
     */
    @BeforeEach
    @AfterEach
    void configured() {
        Admin.resetAll();
    }

    @Test
    void manualModeKeepsABillRunPendingUntilJobsRun() throws InterruptedException {
        admin().body("{\"mode\": \"manual\"}")
                .put("/emulator/v1/jobs/mode")
                .then()
                .statusCode(200)
                .body("mode", is("manual"))
                .body("delay", is("PT0S"));
        String account = Api.createAccount("USD");
        String billRun = Api.executeNewSchedule(account, "2026-03-01");

        Thread.sleep(1_500); // three poll intervals of the worker: nothing runs by itself
        api().get("/v1/bill-runs/" + billRun).then().body("status", is("Pending"));
        admin().get("/emulator/v1/jobs")
                .then()
                .statusCode(200)
                .body("jobs", hasSize(1))
                .body("jobs[0].kind", is("BillRun"))
                .body("jobs[0].objectId", is(billRun))
                .body("jobs[0].status", is("Pending"))
                .body("jobs[0].attempts", is(0))
                .body("jobs[0].finishedAt", nullValue());

        // one step: Pending -> Processing
        JsonPath first = Admin.runJobs("{\"max\": 1}");
        assertEquals(List.of("Done"), first.getList("ran.status"));
        api().get("/v1/bill-runs/" + billRun).then().body("status", is("Processing"));

        // the rest: the invoice
        JsonPath rest = Admin.runJobs("{}");
        assertEquals(1, rest.getList("ran").size());
        assertEquals(billRun, rest.getString("ran[0].objectId"));
        api().get("/v1/bill-runs/" + billRun).then().body("status", is("Completed"));
        assertEquals(0, Admin.runJobs("{}").getList("ran").size());
        admin().queryParam("status", "Pending")
                .get("/emulator/v1/jobs")
                .then()
                .body("jobs", hasSize(0));
    }

    @Test
    void aSplitWaitsInManualModeWithTheOriginalStillThere() {
        Admin.manualJobs();
        String account = Api.createAccount("USD");
        String invoice = Api.createDraftInvoice(account, "100.00");
        String split = Api.createSplit(invoice);
        List<String> items = Api.createSplitItems(split, "40", "60");
        Api.execute(split);

        api().get("/v1/invoices/" + invoice).then().statusCode(200).body("status", is("Draft"));
        admin().get("/emulator/v1/jobs")
                .then()
                .body("jobs[0].kind", is("InvoiceSplit"))
                .body("jobs[0].objectId", is(split));

        JsonPath ran =
                admin().post("/emulator/v1/jobs/run").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("InvoiceSplit"), ran.getList("ran.kind"));
        api().get("/v1/invoices/" + invoice).then().statusCode(404);
        assertEquals(2, Api.awaitSplitInvoices(items).size());
    }

    @Test
    void aDelayMakesWorkDueLaterByTheClock() {
        Admin.setClock("2027-01-01T00:00:00Z", true);
        admin().body("{\"mode\": \"manual\", \"delay\": \"PT2S\"}")
                .put("/emulator/v1/jobs/mode")
                .then()
                .body("delay", is("PT2S"));
        String billRun = Api.executeNewSchedule(Api.createAccount("USD"), "2026-03-01");
        admin().get("/emulator/v1/jobs").then().body("jobs[0].dueAt", is("2027-01-01T00:00:02Z"));

        assertEquals(0, Admin.runJobs("{}").getList("ran").size(), "not due yet");
        Admin.advanceClock("PT2S");
        assertEquals(
                1, Admin.runJobs("{}").getList("ran").size(), "due; its next step waits 2 s more");
        api().get("/v1/bill-runs/" + billRun).then().body("status", is("Processing"));

        // back in auto mode, due work runs by itself once the clock gets there
        admin().body("{\"mode\": \"auto\"}").put("/emulator/v1/jobs/mode").then().statusCode(200);
        Admin.advanceClock("PT2S");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(
                        () ->
                                "Completed"
                                        .equals(
                                                api().get("/v1/bill-runs/" + billRun)
                                                        .then()
                                                        .extract()
                                                        .path("status")));
    }

    @Test
    void badModesAreRefused() {
        admin().body("{\"mode\": \"sometimes\"}")
                .put("/emulator/v1/jobs/mode")
                .then()
                .statusCode(400)
                .body("error", is("bad_request"));
        admin().body("{\"delay\": \"-PT1S\"}")
                .put("/emulator/v1/jobs/mode")
                .then()
                .statusCode(400)
                .body("message", is("delay: must not be negative"));
        admin().body("{\"max\": 0}").post("/emulator/v1/jobs/run").then().statusCode(400);
        admin().queryParam("status", "Sleeping").get("/emulator/v1/jobs").then().statusCode(400);
        admin().get("/emulator/v1/jobs/mode").then().body("mode", is("auto"));
    }
}
