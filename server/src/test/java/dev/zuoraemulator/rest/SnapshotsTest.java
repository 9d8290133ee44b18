package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static dev.zuoraemulator.rest.Api.api;
import static dev.zuoraemulator.rest.Api.num;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SnapshotsTest {

    @BeforeEach
    @AfterEach
    void configured() {
        Admin.resetAll();
        for (String name :
                admin().get("/emulator/v1/snapshots")
                        .then()
                        .extract()
                        .jsonPath()
                        .<String>getList("snapshots.name")) {
            admin().delete("/emulator/v1/snapshots/" + name).then().statusCode(204);
        }
    }

    /** Every read a client could make of the state, as the client sees it. */
    private static Map<String, String> reads(List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            answers.put(path, api().get(path).then().extract().asString());
        }
        return answers;
    }

    /** The same keyed invoice request, before the snapshot and after its restore. */
    private static io.restassured.response.Response keyedInvoice(String account) {
        return api().header("Idempotency-Key", "snap-key")
                .body(
                        Map.of(
                                "accountId",
                                account,
                                "invoiceDate",
                                "2027-01-05",
                                "invoiceItems",
                                List.of(Map.of("amount", 5, "serviceStartDate", "2027-01-01"))))
                .post("/v1/invoices");
    }

    @Test
    void restoreBringsBackExactlyWhatWasSaved() {
        Admin.setClock("2027-01-01T00:00:00Z", true);
        String account = Api.createAccount("USD");
        String invoice = Api.createDraftInvoice(account, "100.00", "20.00");
        String split = Api.createSplit(invoice);
        List<String> items = Api.createSplitItems(split, "25", "75");
        String done = Api.createDraftInvoice(account, "9.99");
        String doneSplit = Api.createSplit(done);
        List<String> doneItems = Api.createSplitItems(doneSplit, "50", "50");
        List<String> splitInvoices = Api.awaitSplitInvoicesAfter(doneSplit, doneItems);
        String keyed = keyedInvoice(account).then().statusCode(200).extract().path("id");
        String newer = Api.createDraftInvoice(account, "30.00");
        JsonPath newerSplit = SplitInvoiceTest.splitDone(newer, SplitInvoiceTest.byAmount(10, 20));
        List<String> paths = new ArrayList<>();
        paths.add("/v1/accounts/" + account);
        paths.add("/v1/operations/jobs/" + newerSplit.getString("jobId"));
        for (String id :
                List.of(
                        invoice,
                        keyed,
                        splitInvoices.get(0),
                        splitInvoices.get(1),
                        newer,
                        newerSplit.getString("invoices[1].id"))) {
            paths.add("/v1/invoices/" + id);
            paths.add("/v1/invoices/" + id + "/items");
        }
        paths.add("/v1/object/invoice-split/" + split);
        for (String item : items) {
            paths.add("/v1/object/invoice-split-item/" + item);
        }
        for (String item : doneItems) {
            paths.add("/v1/object/invoice-split-item/" + item);
        }
        Map<String, String> saved = reads(paths);

        JsonPath snapshot =
                admin().body(Map.of("name", "before-execute"))
                        .post("/emulator/v1/snapshots")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals("before-execute", snapshot.getString("name"));
        assertEquals("2027-01-01T00:00:00Z", snapshot.getString("createdAt"));
        assertTrue(snapshot.getLong("objects") >= 15, snapshot.prettify());

        // change everything: execute the split, add an account, move the clock, then reset
        Api.awaitSplitInvoicesAfter(split, items);
        Api.createAccount("EUR");
        Admin.advanceClock("P3D");
        assertNotEquals(saved, reads(paths));
        admin().post("/emulator/v1/reset").then().statusCode(204);
        Api.forgetToken();

        admin().post("/emulator/v1/snapshots/before-execute/restore")
                .then()
                .statusCode(200)
                .body("name", is("before-execute"));
        Api.forgetToken(); // the clock is back at New Year: a token of real time has expired
        assertEquals(saved, reads(paths));
        api().get("/v1/invoices/" + done).then().statusCode(404); // split before the snapshot
        admin().get("/emulator/v1/clock")
                .then()
                .body("now", is("2027-01-01T00:00:00Z"))
                .body("frozen", is(true));
        // numbering goes on from the snapshot, the key replays, the pending split runs
        String next = Api.createAccount("USD");
        api().get("/v1/accounts/" + next).then().body("basicInfo.accountNumber", is("A00000002"));
        keyedInvoice(account).then().statusCode(200).body("id", is(keyed));
        assertEquals(2, Api.awaitSplitInvoicesAfter(split, items).size());
    }

    @Test
    void snapshotsAreListedExportedAndDeleted() {
        Api.createAccount("USD");
        admin().body(Map.of("name", "one")).post("/emulator/v1/snapshots").then().statusCode(200);
        admin().body(Map.of("name", "one"))
                .post("/emulator/v1/snapshots")
                .then()
                .statusCode(409)
                .body("error", is("conflict"));
        admin().get("/emulator/v1/snapshots")
                .then()
                .body("snapshots", hasSize(1))
                .body("snapshots[0].name", is("one"))
                .body("snapshots[0].objects", is(1));
        JsonPath file =
                admin().get("/emulator/v1/snapshots/one/export")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals("zuora-execute-emulator-snapshot", file.getString("format"));
        assertEquals(1, file.getInt("version"));
        assertEquals(1, file.getList("tables.account.rows").size());
        assertTrue(file.getList("tables.account.columns").contains("account_number"));

        admin().delete("/emulator/v1/snapshots/one").then().statusCode(204);
        admin().delete("/emulator/v1/snapshots/one")
                .then()
                .statusCode(404)
                .body("error", is("not_found"));
        admin().post("/emulator/v1/snapshots/one/restore").then().statusCode(404);
        admin().get("/emulator/v1/snapshots/one/export").then().statusCode(404);
        for (String bad : List.of("", "a b", "../x", "x".repeat(101))) {
            admin().body(Map.of("name", bad))
                    .post("/emulator/v1/snapshots")
                    .then()
                    .statusCode(400)
                    .body("error", is("bad_request"));
        }
    }

    /**
     * 10,000 objects come back whole after a reset (how long it takes is the benchmark's figure:
     * {@code bench/run --sections controls}).
     */
    @Test
    void tenThousandObjectsComeBackWholeAfterAReset() {
        String account = Api.createAccount("USD");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 9_998; i++) {
            items.add(Map.of("amount", 1, "serviceStartDate", "2027-01-01", "chargeName", "c" + i));
        }
        String invoice =
                api().body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2027-01-01",
                                        "invoiceItems",
                                        items))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        admin().body(Map.of("name", "big")).post("/emulator/v1/snapshots").then().statusCode(200);
        admin().post("/emulator/v1/reset").then().statusCode(204);
        api().get("/v1/invoices/" + invoice).then().statusCode(404);
        admin().post("/emulator/v1/snapshots/big/restore")
                .then()
                .statusCode(200)
                .body("objects", is(10_000));
        api().get("/v1/invoices/" + invoice).then().statusCode(200).body("amount", num("9998"));
        api().get("/v1/invoices/" + invoice + "/items?page=250&pageSize=40")
                .then()
                .statusCode(200)
                .body("invoiceItems", hasSize(38))
                .body("invoiceItems[37].chargeName", is("c9997"));
    }

    @Test
    void theLifecycleStatesComeBackWithASnapshot() {
        String account = Api.createAccount("USD");
        List<String> group =
                InvoiceLifecycleFlowsTest.splitByPut(Api.createDraftInvoice(account, "100.00"));
        InvoiceLifecycleFlowsTest.setStatus(group.get(0), "Posted").statusCode(200);
        String canceled = Api.createDraftInvoice(account, "5.00");
        InvoiceLifecycleFlowsTest.setStatus(canceled, "Canceled").statusCode(200);
        List<String> paths = new java.util.ArrayList<>();
        for (String id : List.of(group.get(0), group.get(1), canceled)) {
            paths.add("/v1/invoices/" + id);
        }
        paths.add("/v1/transactions/invoices/accounts/" + account);
        Map<String, String> saved = reads(paths);
        admin().body(Map.of("name", "lifecycle"))
                .post("/emulator/v1/snapshots")
                .then()
                .statusCode(200);

        // unpost and cancel the group, delete the canceled invoice
        InvoiceLifecycleFlowsTest.setStatus(group.get(1), "Draft").statusCode(200);
        InvoiceLifecycleFlowsTest.setStatus(group.get(1), "Canceled").statusCode(200);
        api().delete("/v1/invoices/" + canceled).then().statusCode(200);
        assertNotEquals(saved, reads(paths));

        admin().post("/emulator/v1/snapshots/lifecycle/restore").then().statusCode(200);
        Api.forgetToken();
        assertEquals(saved, reads(paths));
        // the group is still a group after the restore: unposting one unposts both
        InvoiceLifecycleFlowsTest.setStatus(group.get(1), "Draft").statusCode(200);
        assertEquals(List.of("Draft", "Draft"), InvoiceLifecycleFlowsTest.statuses(group));
    }
}
