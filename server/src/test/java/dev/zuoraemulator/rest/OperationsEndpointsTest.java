package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 13: health for orchestrators, metrics for Prometheus. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void livenessAndReadinessIncludeTheDatabaseAndItsMigrations() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database migrations"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database migrations' }.data.pending", is(0))
                .body("checks.find { it.name == 'Database migrations' }.data.version", is("13"))
                // the test profile runs H2 in memory (emulator.storage=memory), or a PostgreSQL
                // server
                .body(
                        "checks.find { it.name == 'Storage' }.data.mode",
                        is(h2() ? "memory" : "server"))
                .body("checks.find { it.name == 'Storage' }.data.survivesRestart", is(!h2()));
    }

    /** Whether the suite runs on H2 (then in memory) rather than on a PostgreSQL server. */
    private static boolean h2() {
        return "h2"
                .equals(
                        org.eclipse.microprofile.config.ConfigProvider.getConfig()
                                .getValue("quarkus.datasource.db-kind", String.class));
    }

    @Test
    void requestsAreCountedByOperationAndStatus() {
        double created =
                metric(
                        "zuora_requests_seconds_count",
                        "operationId=\"POST_Account\",status=\"200\"");
        double missing =
                metric(
                        "zuora_requests_seconds_count",
                        "operationId=\"GET_Account\",status=\"404\"");
        double unauthenticated =
                metric(
                        "zuora_requests_seconds_count",
                        "operationId=\"GET_Account\",status=\"401\"");
        Api.createAccount("USD");
        api().get("/v1/accounts/A99999999").then().statusCode(404);
        given().get("/v1/accounts/A99999999").then().statusCode(401);
        assertEquals(
                created + 1,
                metric(
                        "zuora_requests_seconds_count",
                        "operationId=\"POST_Account\",status=\"200\""));
        assertEquals(
                missing + 1,
                metric(
                        "zuora_requests_seconds_count",
                        "operationId=\"GET_Account\",status=\"404\""));
        assertEquals(
                unauthenticated + 1,
                metric(
                        "zuora_requests_seconds_count",
                        "operationId=\"GET_Account\",status=\"401\""));
        assertTrue(
                metric("zuora_requests_seconds_sum", "operationId=\"POST_Account\",status=\"200\"")
                        > 0);
    }

    @Test
    void jobsAndIdempotencyReplaysAreMeasured() {
        double splits =
                metric("zuora_jobs_seconds_count", "kind=\"INVOICE_SPLIT\",outcome=\"done\"");
        double replays = metric("zuora_idempotency_replays_total", "");
        String split = Api.createSplit(Api.createDraftInvoice(Api.createAccount("USD"), "100"));
        List<String> items = Api.createSplitItems(split, "40", "60");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of("ids", List.of(split), "synchronous", false, "type", "InvoiceSplit");
        for (int i = 0; i < 2; i++) {
            api().header("Idempotency-Key", key)
                    .body(body)
                    .post("/v1/action/execute")
                    .then()
                    .statusCode(200);
        }
        Api.awaitSplitInvoices(items);
        assertEquals(replays + 1, metric("zuora_idempotency_replays_total", ""));
        // at least: a split of an earlier test may have finished meanwhile
        assertTrue(
                metric("zuora_jobs_seconds_count", "kind=\"INVOICE_SPLIT\",outcome=\"done\"")
                        >= splits + 1);
        assertTrue(metric("zuora_jobs_wait_seconds_count", "kind=\"INVOICE_SPLIT\"") >= 1);
        // Quarkus' own: the JVM and the connection pool
        String all = scrape();
        assertTrue(all.contains("jvm_memory_used_bytes"), "JVM metrics");
        assertTrue(all.contains("agroal_active_count"), "connection pool metrics");
    }

    @Test
    void thePendingGaugeCountsTheJobsThatWait() {
        Admin.resetAll();
        Admin.manualJobs();
        try {
            // the gauge counts at most once a second: each figure is awaited
            awaitPending(0);
            for (int i = 0; i < 3; i++) {
                String split =
                        Api.createSplit(Api.createDraftInvoice(Api.createAccount("USD"), "9"));
                Api.createSplitItems(split, "50", "50");
                Api.execute(split);
            }
            awaitPending(3);
            Admin.runJobs("{\"max\": 2}");
            awaitPending(1);
        } finally {
            Admin.resetAll();
        }
    }

    private static void awaitPending(int jobs) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> presentMetric("zuora_jobs_pending") == jobs);
    }

    /** A meter's value; a meter that is not exposed fails (where {@link #metric} answers 0). */
    static double presentMetric(String name) {
        Matcher m =
                Pattern.compile(
                                "^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$",
                                Pattern.MULTILINE)
                        .matcher(scrape());
        assertTrue(m.find(), name + " is not exposed");
        return Double.parseDouble(m.group(2));
    }

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A sample's value in the Prometheus text, 0 while it does not exist. */
    static double metric(String name, String labels) {
        Pattern sample =
                Pattern.compile(
                        "^"
                                + Pattern.quote(name)
                                + (labels.isEmpty()
                                        ? "(\\{[^}]*\\})?"
                                        : "\\{[^}]*" + Pattern.quote(labels) + "[^}]*\\}")
                                + " (\\S+)$",
                        Pattern.MULTILINE);
        Matcher m = sample.matcher(scrape());
        return m.find() ? Double.parseDouble(m.group(m.groupCount())) : 0;
    }
}
