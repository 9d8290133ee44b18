package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Admin.admin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalloutsTest {

    /** What the receiver got: headers of interest and the body. */
    record Received(String event, String deliveryId, String signature, String body) {}

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws Exception {
        Admin.resetAll();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext(
                "/events",
                exchange -> {
                    String body =
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8);
                    received.add(
                            new Received(
                                    exchange.getRequestHeaders().getFirst("Emulator-Event"),
                                    exchange.getRequestHeaders().getFirst("Emulator-Delivery-Id"),
                                    exchange.getRequestHeaders().getFirst("Emulator-Signature"),
                                    body));
                    int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        Admin.resetAll();
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events";
    }

    @Test
    void aBillRunCompletionReachesTheReceiverSignedAndIsRetriedAfterAFailure() throws Exception {
        Admin.setClock("2027-01-01T00:00:00Z", true);
        Admin.manualJobs();
        admin().body(Map.of("url", url(), "events", List.of("BillRunCompleted"), "secret", "whsec"))
                .post("/emulator/v1/callouts")
                .then()
                .statusCode(200)
                .body("signed", is(true))
                .body("secret", org.hamcrest.Matchers.nullValue());
        failuresLeft.set(1);
        String billRun = Api.executeNewSchedule(Api.createAccount("USD"), "2027-01-01");

        // the bill run's two steps, then the first delivery, which the receiver refuses
        JsonPath ran = Admin.runJobs("{}");
        assertEquals(List.of("BillRun", "BillRun", "Callout"), ran.getList("ran.kind"));
        assertEquals(1, received.size());
        admin().get("/emulator/v1/callouts/deliveries")
                .then()
                .body("deliveries", hasSize(1))
                .body("deliveries[0].status", is("Pending"))
                .body("deliveries[0].attempts", is(1))
                .body("deliveries[0].lastStatus", is(503));
        // the retry waits a second by the emulator's clock
        assertEquals(
                0,
                admin().body("{}")
                        .post("/emulator/v1/jobs/run")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("ran")
                        .size());
        Admin.advanceClock("PT1S");
        admin().body("{}").post("/emulator/v1/jobs/run").then().body("ran[0].kind", is("Callout"));

        assertEquals(2, received.size());
        Received delivered = received.get(1);
        assertEquals(received.get(0).deliveryId(), delivered.deliveryId(), "the same delivery");
        assertEquals("BillRunCompleted", delivered.event());
        JsonPath body = new JsonPath(delivered.body());
        assertEquals("BillRunCompleted", body.getString("event"));
        assertEquals("BillRun", body.getString("objectType"));
        assertEquals(billRun, body.getString("objectId"));
        assertTrue(body.getString("objectNumber").startsWith("BR-"), delivered.body());
        assertEquals("Completed", body.getString("status"));
        assertEquals(1, body.getList("invoices").size());
        assertTrue(body.getString("invoices[0].number").startsWith("INV"), delivered.body());
        assertEquals("2027-01-01T00:00:00Z", body.getString("time"));
        // the signature: t=<seconds>,v1=HMAC-SHA256(secret, t + "." + body)
        String t = delivered.signature().split(",")[0].substring(2);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                HexFormat.of()
                        .formatHex(
                                mac.doFinal(
                                        (t + "." + delivered.body())
                                                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("t=" + t + ",v1=" + expected, delivered.signature());
        admin().get("/emulator/v1/callouts/deliveries")
                .then()
                .body("deliveries[0].status", is("Delivered"))
                .body("deliveries[0].attempts", is(2))
                .body("deliveries[0].lastStatus", is(204))
                .body("deliveries[0].deliveredAt", is("2027-01-01T00:00:01Z"));
    }

    @Test
    void aRefusedDeliveryIsTriedAfter1248SecondsAndGivenUpAfterFiveAttempts() {
        Admin.setClock("2027-01-01T00:00:00Z", true);
        Admin.manualJobs();
        admin().body(Map.of("url", url(), "events", List.of("BillRunCompleted")))
                .post("/emulator/v1/callouts")
                .then()
                .statusCode(200);
        failuresLeft.set(Integer.MAX_VALUE);
        Api.executeNewSchedule(Api.createAccount("USD"), "2027-01-01");
        assertEquals(
                List.of("BillRun", "BillRun", "Callout"),
                Admin.runJobs("{}").getList("ran.kind", String.class));
        for (int wait : new int[] {1, 2, 4, 8}) {
            int attempts = received.size();
            // half a second early: not due yet
            Admin.advanceClock("PT" + (wait - 0.5) + "S");
            assertEquals(List.of(), Admin.runJobs("{}").getList("ran.kind", String.class));
            Admin.advanceClock("PT0.5S");
            assertEquals(List.of("Callout"), Admin.runJobs("{}").getList("ran.kind", String.class));
            assertEquals(attempts + 1, received.size());
        }
        admin().get("/emulator/v1/callouts/deliveries")
                .then()
                .body("deliveries", hasSize(1))
                .body("deliveries[0].status", is("Failed"))
                .body("deliveries[0].attempts", is(5))
                .body("deliveries[0].lastStatus", is(503));
        // the fifth was the last: nothing is tried again, however long one waits
        Admin.advanceClock("P1D");
        assertEquals(List.of(), Admin.runJobs("{}").getList("ran.kind", String.class));
        assertEquals(5, received.size());
    }

    @Test
    void aSplitCompletionIsDeliveredByItselfInAutoMode() {
        admin().body(Map.of("url", url(), "events", List.of("InvoiceSplitCompleted")))
                .post("/emulator/v1/callouts")
                .then()
                .statusCode(200)
                .body("signed", is(false));
        String account = Api.createAccount("USD");
        String invoice = Api.createDraftInvoice(account, "10.00");
        String split = Api.createSplit(invoice);
        List<String> items = Api.createSplitItems(split, "50", "50");
        List<String> invoices = Api.awaitSplitInvoicesAfter(split, items);
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        Received delivered = received.get(0);
        assertEquals(null, delivered.signature());
        JsonPath body = new JsonPath(delivered.body());
        assertEquals("InvoiceSplitCompleted", body.getString("event"));
        assertEquals(split, body.getString("objectId"));
        assertEquals(invoices, body.getList("invoices.id"));
        // no BillRunCompleted callout: a bill run sends nothing. A delivery is recorded in the
        // transaction that completes the work, so once the bill run reads Completed, none can come
        String billRun = Api.executeNewSchedule(Api.createAccount("USD"), "2027-01-01");
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                "Completed"
                                        .equals(
                                                Api.api()
                                                        .get("/v1/bill-runs/" + billRun)
                                                        .path("status")));
        admin().get("/emulator/v1/callouts/deliveries").then().body("deliveries", hasSize(1));
        assertEquals(1, received.size());
    }

    @Test
    void calloutsAreListedRemovedAndChecked() {
        String id =
                admin().body(Map.of("url", url(), "events", List.of("BillRunCompleted")))
                        .post("/emulator/v1/callouts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        admin().get("/emulator/v1/callouts").then().body("callouts", hasSize(1));
        admin().delete("/emulator/v1/callouts/" + id).then().statusCode(204);
        admin().delete("/emulator/v1/callouts/" + id).then().statusCode(404);
        for (Object bad :
                List.of(
                        Map.of("url", "ftp://x/y", "events", List.of("BillRunCompleted")),
                        Map.of("url", "/relative", "events", List.of("BillRunCompleted")),
                        Map.of("url", "http://x y", "events", List.of("BillRunCompleted")),
                        Map.of("url", url(), "events", List.of()),
                        Map.of("url", url(), "events", List.of("Sunrise")),
                        Map.of("url", url()))) {
            admin().body(bad).post("/emulator/v1/callouts").then().statusCode(400);
        }
        admin().get("/emulator/v1/callouts").then().body("callouts", hasSize(0));
    }
}
