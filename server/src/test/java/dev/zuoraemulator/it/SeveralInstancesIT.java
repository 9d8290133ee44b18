package dev.zuoraemulator.it;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 13: two packaged instances, A and B, on one PostgreSQL database behave as one emulator.
 * Runs in the PostgreSQL build ({@code ./mvnw verify -Ppostgresql}), which packages the PostgreSQL
 * jar; the database is the one of the build's {@code emulator.postgresql.*} settings, emptied when
 * A starts. The last test kills A.
 */
@EnabledIfSystemProperty(named = "emulator.database", matches = "postgresql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {

    private static final int SPLITS = 500;
    private static final int INVOICES = 200;
    private static final int DUPLICATES = 64;

    private static PackagedServer a;
    private static PackagedServer b;
    private static PackagedServer c;
    private static Path work;
    private static String account;

    @BeforeAll
    static void startBoth() throws Exception {
        work = Files.createTempDirectory(Path.of("target"), "instances-");
        a = PackagedServer.start(work.resolve("a"), "quarkus.flyway.clean-at-start=true");
        b = PackagedServer.start(work.resolve("b"));
        account = Work.createAccount(a, a.token(), "Shared");
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        for (PackagedServer server : new PackagedServer[] {a, b, c}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void aTokenOfOneInstanceWorksOnTheOther() {
        String token = a.token();
        b.api(token).get("/v1/accounts/" + account).then().statusCode(200);
        a.api(b.token()).get("/v1/accounts/" + account).then().statusCode(200);
    }

    @Test
    @Order(1)
    void tokensExpiredThroughOneInstanceAreRefusedByTheOther() {
        String token = a.token();
        // B has seen the token: it holds the grant in memory
        b.api(token).get("/v1/accounts/" + account).then().statusCode(200);
        admin(a).post("/emulator/v1/tokens/expire").then().statusCode(200);
        a.api(token).get("/v1/accounts/" + account).then().statusCode(401);
        eventually(() -> b.api(token).get("/v1/accounts/" + account).statusCode() == 401);
        b.api(b.token()).get("/v1/accounts/" + account).then().statusCode(200);
    }

    @Test
    @Order(2)
    void theClockAndTheJobModeAreShared() {
        admin(a).body(Map.of("now", "2027-01-01T00:00:00Z", "frozen", true))
                .put("/emulator/v1/clock")
                .then()
                .statusCode(200);
        admin(a).body(Map.of("mode", "manual"))
                .put("/emulator/v1/jobs/mode")
                .then()
                .statusCode(200);
        eventually(
                () ->
                        "2027-01-01T00:00:00Z"
                                        .equals(admin(b).get("/emulator/v1/clock").path("now"))
                                && "manual"
                                        .equals(
                                                admin(b).get("/emulator/v1/jobs/mode")
                                                        .path("mode")));
        admin(b).body(Map.of("duration", "P1D"))
                .post("/emulator/v1/clock/advance")
                .then()
                .statusCode(200);
        eventually(
                () ->
                        "2027-01-02T00:00:00Z"
                                .equals(admin(a).get("/emulator/v1/clock").path("now")));
        admin(b).delete("/emulator/v1/clock").then().statusCode(200);
        admin(b).body(Map.of("mode", "auto")).put("/emulator/v1/jobs/mode").then().statusCode(200);
        eventually(
                () ->
                        Boolean.FALSE.equals(admin(a).get("/emulator/v1/clock").path("frozen"))
                                && "auto"
                                        .equals(
                                                admin(a).get("/emulator/v1/jobs/mode")
                                                        .path("mode")));
    }

    @Test
    @Order(3)
    void identicalKeyedExecutesOverBothInstancesSplitOnce() throws Exception {
        String tokenA = a.token();
        String tokenB = b.token();
        Work.PreparedSplit split = Work.prepareSplit(a, tokenA, account, 0);
        String key = UUID.randomUUID().toString();
        List<Response> answers =
                parallel(
                        DUPLICATES,
                        i ->
                                () ->
                                        (i % 2 == 0 ? a.api(tokenA) : b.api(tokenB))
                                                .header("Idempotency-Key", key)
                                                .body(Work.executeBody(split.split()))
                                                .post("/v1/action/execute"));
        int accepted = 0;
        for (Response answer : answers) {
            // a duplicate that arrives while the first runs is told so (409); later ones replay
            assertTrue(
                    answer.statusCode() == 200 || answer.statusCode() == 409,
                    "answered " + answer.statusCode() + ": " + answer.asString());
            if (answer.statusCode() == 200) {
                accepted++;
                assertEquals(true, answer.jsonPath().getBoolean("[0].Success"));
            }
        }
        assertTrue(accepted >= 1, "no execute was accepted");
        for (String item : split.items()) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> Work.splitInvoice(b, tokenB, item) != null);
        }
        List<Map<String, Object>> jobs = jobsOf(b, split.split());
        assertEquals(1, jobs.size(), "split jobs of " + split.split() + ": " + jobs);
        assertEquals("Done", jobs.get(0).get("status"));
    }

    @Test
    @Order(4)
    void parallelInvoiceCreationsOverBothInstancesAreNumberedOnce() throws Exception {
        String tokenA = a.token();
        String tokenB = b.token();
        List<Response> answers =
                parallel(
                        INVOICES,
                        i ->
                                () ->
                                        (i % 2 == 0 ? a.api(tokenA) : b.api(tokenB))
                                                .body(
                                                        Work.invoice(
                                                                account, BigDecimal.valueOf(i + 1)))
                                                .post("/v1/invoices"));
        List<Integer> numbers = new ArrayList<>();
        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), answer.asString());
            numbers.add(
                    Integer.parseInt(answer.jsonPath().getString("invoiceNumber").substring(3)));
        }
        assertEquals(INVOICES, new HashSet<>(numbers).size(), "distinct numbers");
        List<Integer> sorted = numbers.stream().sorted().toList();
        assertEquals(
                sorted.get(0) + INVOICES - 1,
                sorted.get(INVOICES - 1),
                "the numbers follow each other without a gap: " + sorted);
    }

    @Test
    @Order(5)
    void concurrentPostsOfOneSplitGroupOverBothInstancesPostItOnce() throws Exception {
        String tokenA = a.token();
        String tokenB = b.token();
        for (int round = 0; round < 20; round++) {
            String original =
                    a.api(tokenA)
                            .body(Work.invoice(account, new BigDecimal("100.00")))
                            .post("/v1/invoices")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("id");
            List<String> members =
                    a.api(tokenA)
                            .body(
                                    Map.of(
                                            "splitType",
                                            "Percentage",
                                            "splits",
                                            List.of(
                                                    Map.of("splitPercentage", 50),
                                                    Map.of("splitPercentage", 50))))
                            .put("/v1/invoices/" + original + "/split")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("invoices.id");
            List<Response> answers =
                    parallel(
                            2,
                            i ->
                                    () ->
                                            (i == 0 ? a.api(tokenA) : b.api(tokenB))
                                                    .body(Map.of("Status", "Posted"))
                                                    .put("/v1/object/invoice/" + members.get(i)));
            List<Integer> statuses =
                    new ArrayList<>(answers.stream().map(Response::statusCode).toList());
            statuses.sort(null);
            assertEquals(List.of(200, 400), statuses, "round " + round);
            for (String member : members) {
                assertEquals(
                        "Posted",
                        b.api(tokenB)
                                .get("/v1/invoices/" + member)
                                .then()
                                .extract()
                                .path("status"));
            }
        }
    }

    @Test
    @Order(6)
    void splitsAcceptedOnBothAreAllDoneOnceWhenOneIsKilled() throws Exception {
        String tokenA = a.token();
        String tokenB = b.token();
        Work.PreparedSplit[] prepared = new Work.PreparedSplit[SPLITS];
        eachInParallel(
                SPLITS,
                i ->
                        prepared[i] =
                                Work.prepareSplit(
                                        i % 2 == 0 ? a : b,
                                        i % 2 == 0 ? tokenA : tokenB,
                                        account,
                                        i));
        List<Work.PreparedSplit> splits = List.of(prepared);
        // accepted work waits a second: while the first half is accepted, the first splits run
        admin(a).body(Map.of("delay", "PT1S")).put("/emulator/v1/jobs/mode").then().statusCode(200);
        for (int i = 0; i < SPLITS / 2; i++) {
            Work.execute(i % 2 == 0 ? a : b, i % 2 == 0 ? tokenA : tokenB, splits.get(i));
        }
        a.crash(); // kill -9, while both run the splits accepted so far
        assertTrue(
                pendingJobs(b) > 0,
                "every split accepted so far ran before the kill: the test proves nothing");
        for (int i = SPLITS / 2; i < SPLITS; i++) {
            Work.execute(b, tokenB, splits.get(i));
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> pendingJobs(b) == 0);
        Map<Object, List<Map<String, Object>>> jobs =
                allJobs(b).stream()
                        .collect(java.util.stream.Collectors.groupingBy(j -> j.get("objectId")));
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        eachInParallel(
                SPLITS,
                i -> {
                    Work.PreparedSplit split = splits.get(i);
                    Work.assertDone(b, tokenB, split, numbers);
                    List<Map<String, Object>> ran = jobs.get(split.split());
                    assertEquals(1, ran.size(), "split jobs of " + split.split());
                    assertEquals("Done", ran.get(0).get("status"));
                    assertEquals(1, ran.get(0).get("attempts"), "a split that ran more than once");
                });
        assertEquals(2 * SPLITS, numbers.size());
    }

    @Test
    @Order(7)
    void aJobClaimedByAKilledInstanceIsTakenOverByTheOther() throws Exception {
        // a third instance whose database connections PostgreSQL can tell apart by their name
        c =
                PackagedServer.start(
                        work.resolve("c"),
                        "quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName="
                                + CLAIMANT);
        String tokenB = b.token();
        String tokenC = c.token();
        admin(b).body(Map.of("mode", "manual", "delay", "PT0S"))
                .put("/emulator/v1/jobs/mode")
                .then()
                .statusCode(200);
        eventually(() -> "manual".equals(admin(c).get("/emulator/v1/jobs/mode").path("mode")));
        // a split long enough to be caught while it runs: 10,000 items, 10 ways
        List<BigDecimal> amounts =
                java.util.stream.IntStream.range(0, 10_000)
                        .mapToObj(i -> BigDecimal.valueOf(100 + i, 2))
                        .toList();
        String[] tenths = new String[10];
        java.util.Arrays.fill(tenths, "10");
        Work.PreparedSplit split = Work.prepareSplit(c, tokenC, account, amounts, tenths);
        Work.execute(c, tokenC, split);
        String job = jobsOf(b, split.split()).get(0).get("id").toString();

        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (java.sql.Connection database = Database.connect()) {
            // C runs the due work on its request thread; the job's row is then locked by C's
            // transaction: the row's xmax is the ID of a transaction open on a connection of C
            Future<Integer> ranOnC =
                    runner.submit(() -> admin(c).post("/emulator/v1/jobs/run").statusCode());
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(10))
                    .failFast(
                            "C finished the split before it was seen running: the test proves"
                                    + " nothing",
                            ranOnC::isDone)
                    .until(() -> CLAIMANT.equals(Database.lockHolder(database, job)));
            // claimed: the other instance leaves it alone rather than run it a second time
            admin(b).post("/emulator/v1/jobs/run").then().statusCode(200).body("ran", hasSize(0));
            assertEquals("Pending", jobsOf(b, split.split()).get(0).get("status"));
            c.crash(); // kill -9 in the middle of the split: its transaction rolls back

            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(
                            () ->
                                    admin(b).post("/emulator/v1/jobs/run")
                                            .then()
                                            .statusCode(200)
                                            .extract()
                                            .<List<String>>path("ran.id")
                                            .contains(job));
            assertEquals(null, Database.lockHolder(database, job), "the lock outlived C");
        } finally {
            runner.shutdownNow();
        }
        Map<String, Object> ran = jobsOf(b, split.split()).get(0);
        assertEquals("Done", ran.get("status"));
        assertEquals(1, ran.get("attempts"), "the attempt C's crash rolled back was counted");
        Work.assertDone(b, tokenB, split, ConcurrentHashMap.newKeySet());
        admin(b).body(Map.of("mode", "auto")).put("/emulator/v1/jobs/mode").then().statusCode(200);
    }

    private static final String CLAIMANT = "emulator-c";

    /**
     * Waits (at most 5 s) until the other instance has followed a change of the shared controls.
     */
    private static void eventually(java.util.concurrent.Callable<Boolean> followed) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(followed);
    }

    private static io.restassured.specification.RequestSpecification admin(PackagedServer server) {
        return RestAssured.given().baseUri(server.baseUrl()).contentType("application/json");
    }

    private static List<Map<String, Object>> allJobs(PackagedServer server) {
        return admin(server)
                .queryParam("limit", 10000)
                .get("/emulator/v1/jobs")
                .then()
                .statusCode(200)
                .extract()
                .path("jobs");
    }

    private static List<Map<String, Object>> jobsOf(PackagedServer server, String split) {
        return allJobs(server).stream().filter(j -> split.equals(j.get("objectId"))).toList();
    }

    private static long pendingJobs(PackagedServer server) {
        return allJobs(server).stream().filter(j -> "Pending".equals(j.get("status"))).count();
    }

    /**
     * {@code work(i)} for every {@code i} below {@code count}, on eight threads; fails if any
     * fails.
     */
    private static void eachInParallel(int count, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> work.accept(index)));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error; // an assertion's message as it is
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The calls, all sent at once from as many threads. */
    private static List<Response> parallel(int calls, IntFunction<Callable<Response>> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                Callable<Response> one = call.apply(i);
                futures.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return one.call();
                                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
