package dev.zuoraemulator.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zuoraemulator.rest.HostileRequests.Bad;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A corpus of bad requests generated from the contract (seeded, {@code -Dhostile.seed} to change
 * it, {@code -Dhostile.draws} for its size): for every operation, each property of its request body
 * takes every kind of invalid value {@link ContractMutations} makes; each operation also gets
 * malformed headers (token, Track-Id, entity, Idempotency-Key, version), bad encodings and content
 * types, truncated bodies and keys that name nothing. Every request must be refused with a 4xx in
 * the operation's error shape, and nothing may change: a digest of every table is compared after
 * each chunk, and a chunk that changed it is replayed case by case to name the culprit. A failure
 * prints a one-line curl.
 */
@QuarkusTest
class GeneratedHostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("hostile.seed", 20_261_202L);
    private static final int DRAWS = Integer.getInteger("hostile.draws", 16);
    private static final int MIN_CASES = 10_000;
    private static final int CHUNK = 250;

    @TestHTTPResource("/")
    URL base;

    @Inject EntityManager em;

    private final Random random = new Random(SEED);

    /**
     * Per operation, the request its cases break, unbroken: it must be accepted, or the refusals of
     * its cases prove nothing (they could all be refused for the same unrelated reason).
     */
    private final Map<String, Bad> controls = new LinkedHashMap<>();

    /** An operation: its path (with the fixture's keys) and a valid body to break. */
    private record Operation(String id, String method, String path, ObjectNode template) {}

    @TestFactory
    Stream<DynamicTest> refusesEveryGeneratedBadRequestWithoutChangingAnything() throws Exception {
        HostileRequests requests = new HostileRequests(base, em);
        Map<String, String> f = requests.fixture();
        Map<String, List<Bad>> corpus;
        // jqwik's arbitraries outside a property need a session of their own
        JqwikSession.start();
        try {
            corpus = corpus(f);
        } finally {
            JqwikSession.finish();
        }
        int total = corpus.values().stream().mapToInt(List::size).sum();
        StringBuilder summary =
                new StringBuilder(
                        "generated hostile corpus: seed "
                                + SEED
                                + ", "
                                + DRAWS
                                + " draws per kind, "
                                + total
                                + " requests\n");
        corpus.forEach(
                (op, cases) -> summary.append(op).append('\t').append(cases.size()).append('\n'));
        Files.writeString(Path.of("target", "generated-hostile-corpus.txt"), summary);
        System.out.print(summary);
        assertTrue(total >= MIN_CASES, "only " + total + " generated requests");
        int[] offset = {100_000};
        return corpus.entrySet().stream()
                .map(
                        entry -> {
                            int first = offset[0];
                            offset[0] += entry.getValue().size();
                            return DynamicTest.dynamicTest(
                                    entry.getKey() + " (" + entry.getValue().size() + " requests)",
                                    () -> {
                                        Bad control = controls.get(entry.getKey());
                                        if (control != null) {
                                            accepted(requests, control);
                                        }
                                        run(requests, entry.getValue(), first);
                                    });
                        });
    }

    private Map<String, List<Bad>> corpus(Map<String, String> f) {
        ContractMutations mutations = new ContractMutations(SEED, DRAWS);
        Map<String, List<Bad>> corpus = new LinkedHashMap<>();
        for (Operation op : bodyOperations(f)) {
            List<Bad> cases = new ArrayList<>();
            JsonNode schema = mutations.requestSchema(op.id());
            mutations.sites(
                    schema,
                    List.of(),
                    false,
                    site -> {
                        JsonNode valid = ContractMutations.at(op.template(), site.path());
                        for (ContractMutations.Mutation m : mutations.of(site, valid)) {
                            cases.add(
                                    json(
                                            op,
                                            site.name() + " " + m.label(),
                                            ContractMutations.body(op.template(), site.path(), m)));
                        }
                        if (mutations.takesCustomFields(site.schema())
                                && !(site.path().get(site.path().size() - 1) instanceof String)) {
                            customFields(op, site.path(), mutations, cases);
                        }
                    });
            if (mutations.takesCustomFields(schema)) {
                customFields(op, List.of(), mutations, cases);
            }
            byte[] valid = op.template().toString().getBytes(StandardCharsets.UTF_8);
            controls.put(op.id(), json(op, "the unmutated template", valid));
            headers(op.method(), op.path(), valid, cases);
            encodings(op, valid, cases);
            corpus.put(op.id(), cases);
        }
        for (String[] read : keyedOperations(f)) {
            List<Bad> cases = new ArrayList<>();
            headers(read[1], read[2], null, cases);
            unknownKeys(read[1], read[2], f.get(read[3]), cases);
            corpus.put(read[0], cases);
        }
        corpus.put("createToken", tokenForms());
        controls.put(
                "createToken",
                bad(
                        "POST",
                        "/oauth/token",
                        "the valid form",
                        "application/x-www-form-urlencoded",
                        HostileRequests.TOKEN_FORM.getBytes(StandardCharsets.UTF_8),
                        false));
        return corpus;
    }

    /**
     * The positive control: the unbroken request is accepted (2xx; an Action's every object
     * succeeds). What it changes is taken back with a snapshot, jobs held meanwhile, so that the
     * cases meet the fixture as it was.
     */
    private static void accepted(HostileRequests requests, Bad control) throws Exception {
        Admin.manualJobs();
        try {
            Admin.admin()
                    .body(Map.of("name", "hostile-control"))
                    .post("/emulator/v1/snapshots")
                    .then()
                    .statusCode(200);
            HttpResponse<String> response = requests.send(control);
            assertTrue(
                    response.statusCode() >= 200 && response.statusCode() < 300,
                    control.name()
                            + " "
                            + control.method()
                            + " "
                            + control.path()
                            + " was refused: "
                            + response.statusCode()
                            + " "
                            + abbreviate(response.body()));
            JsonNode answer = JSON.readTree(response.body());
            if (control.path().startsWith("/v1/action/") && answer.isArray()) {
                for (JsonNode result : answer) {
                    assertTrue(
                            result.path("Success").asBoolean(),
                            control.path()
                                    + " refused an object: "
                                    + abbreviate(result.toString()));
                }
            }
        } finally {
            Admin.admin()
                    .post("/emulator/v1/snapshots/hostile-control/restore")
                    .then()
                    .statusCode(200);
            Admin.admin().delete("/emulator/v1/snapshots/hostile-control").then().statusCode(204);
            Admin.admin()
                    .body("{\"mode\": \"auto\"}")
                    .put("/emulator/v1/jobs/mode")
                    .then()
                    .statusCode(200);
        }
    }

    /** Sends the cases in chunks, each chunk between two digests; fails listing what went wrong. */
    private static void run(HostileRequests requests, List<Bad> cases, int firstIndex)
            throws Exception {
        List<String> failures = new ArrayList<>();
        for (int start = 0; start < cases.size(); start += CHUNK) {
            List<Bad> chunk = cases.subList(start, Math.min(cases.size(), start + CHUNK));
            String before = requests.digest();
            for (int i = 0; i < chunk.size(); i++) {
                check(requests, chunk.get(i), firstIndex + start + i, failures);
            }
            if (!before.equals(requests.digest())) {
                boolean named = false;
                for (int i = 0; i < chunk.size(); i++) {
                    String was = requests.digest();
                    requests.send(chunk.get(i));
                    if (!was.equals(requests.digest())) {
                        failures.add(
                                "changed the data: "
                                        + chunk.get(i).name()
                                        + "\n  reproduce: "
                                        + requests.curl(firstIndex + start + i, chunk.get(i)));
                        named = true;
                    }
                }
                if (!named) {
                    failures.add(
                            "the data changed during cases "
                                    + (start + 1)
                                    + ".."
                                    + (start + chunk.size())
                                    + "; no single case does it again");
                }
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size()
                        + " of "
                        + cases.size()
                        + " failed (seed "
                        + SEED
                        + "):\n"
                        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    private static void check(HostileRequests requests, Bad bad, int index, List<String> failures)
            throws Exception {
        HttpResponse<String> response = requests.send(bad);
        try {
            if (refusedPerObject(bad, response)) {
                return;
            }
            assertTrue(
                    response.statusCode() >= 400 && response.statusCode() < 500,
                    "status " + response.statusCode() + ": " + abbreviate(response.body()));
            HostileRequests.assertZuoraShape(bad, response);
        } catch (AssertionError | Exception e) {
            failures.add(
                    bad.name()
                            + ": "
                            + abbreviate(String.valueOf(e.getMessage()))
                            + "\n  reproduce: "
                            + requests.curl(index, bad));
        }
    }

    /**
     * The Actions refuse a bad object, not the request: 200 with {@code Success: false} and its
     * errors for every object, as Zuora answers {@code action/create} and {@code action/execute}.
     */
    private static boolean refusedPerObject(Bad bad, HttpResponse<String> response)
            throws Exception {
        if (response.statusCode() != 200 || !bad.path().startsWith("/v1/action/")) {
            return false;
        }
        JsonNode results = JSON.readTree(response.body());
        if (!results.isArray() || results.isEmpty()) {
            return false;
        }
        for (JsonNode result : results) {
            if (result.path("Success").asBoolean(true) || result.path("Errors").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** The operations with a JSON body, each with a valid body that the mutations break. */
    private static List<Operation> bodyOperations(Map<String, String> f) {
        String schedule = "/v1/invoice-schedules/" + f.get("schedule");
        return List.of(
                new Operation(
                        "POST_Account",
                        "POST",
                        "/v1/accounts",
                        object(
                                "{\"name\":\"Generated\",\"currency\":\"USD\",\"billToContact\":"
                                        + "{\"firstName\":\"A\",\"lastName\":\"B\"},\"billCycleDay\":1,"
                                        + "\"autoPay\":false}")),
                new Operation(
                        "POST_StandaloneInvoice",
                        "POST",
                        "/v1/invoices",
                        object(
                                "{\"accountId\":\""
                                        + f.get("account")
                                        + "\",\"invoiceDate\":\"2026-01-01\",\"invoiceItems\":[{\"amount\":10,"
                                        + "\"serviceStartDate\":\"2026-01-01\",\"chargeName\":\"c\",\"quantity\":1}]}")),
                new Operation(
                        "Action_POSTcreate",
                        "POST",
                        "/v1/action/create",
                        object(
                                "{\"type\":\"InvoiceSplit\",\"objects\":[{\"InvoiceId\":\""
                                        + f.get("invoice")
                                        + "\"}]}")),
                new Operation(
                        "Action_POSTexecute",
                        "POST",
                        "/v1/action/execute",
                        object(
                                "{\"ids\":[\""
                                        + f.get("split")
                                        + "\"],\"synchronous\":false,\"type\":\"InvoiceSplit\"}")),
                new Operation(
                        "Action_POSTquery",
                        "POST",
                        "/v1/action/query",
                        object(
                                "{\"queryString\":\"select Id, Name from Account where Name = 'x'\","
                                        + "\"conf\":{\"batchSize\":10}}")),
                new Operation(
                        "Action_POSTqueryMore",
                        "POST",
                        "/v1/action/queryMore",
                        object(
                                "{\"queryLocator\":\""
                                        + f.get("queryLocator")
                                        + "\",\"conf\":{\"batchSize\":10}}")),
                new Operation(
                        "splitInvoice",
                        "PUT",
                        "/v1/invoices/" + f.get("invoice") + "/split",
                        object(
                                "{\"splitType\":\"Amount\",\"splits\":[{\"splitAmount\":60,"
                                        + "\"invoiceDate\":\"2026-02-01\",\"paymentTerm\":\"Net 30\"},"
                                        + "{\"splitAmount\":40}]}")),
                new Operation(
                        "Object_PUTInvoice",
                        "PUT",
                        "/v1/object/invoice/" + f.get("invoice"),
                        object("{\"Status\":\"Posted\"}")),
                new Operation(
                        "POST_PostInvoices",
                        "POST",
                        "/v1/invoices/bulk-post",
                        object(
                                "{\"invoices\":[{\"id\":\""
                                        + f.get("invoice")
                                        + "\",\"invoiceDate\":\"2026-02-01\"}]}")),
                new Operation(
                        "PUT_UpdateInvoice",
                        "PUT",
                        "/v1/invoices/" + f.get("invoice"),
                        object(
                                "{\"comments\":\"c\",\"autoPay\":true,\"transferredToAccounting\":\"Yes\","
                                        + "\"dueDate\":\"2026-03-01\",\"invoiceItems\":[]}")),
                new Operation(
                        "POST_CreateInvoiceSchedule",
                        "POST",
                        "/v1/invoice-schedules",
                        object(
                                "{\"accountKey\":\""
                                        + f.get("account")
                                        + "\",\"notes\":\"n\",\"scheduleItems\":[{\"amount\":10,\"runDate\":\"2026-01-01\"}]}")),
                new Operation(
                        "PUT_UpdateInvoiceSchedule",
                        "PUT",
                        schedule,
                        object(
                                "{\"notes\":\"n\",\"scheduleItems\":[{\"id\":\""
                                        + f.get("secondItem")
                                        + "\",\"amount\":20,\"runDate\":\"2026-02-01\"}]}")),
                new Operation(
                        "POST_ExecuteInvoiceSchedule",
                        "POST",
                        schedule + "/execute",
                        object("{\"scheduleItemId\":\"" + f.get("firstItem") + "\"}")));
    }

    /** Operations without a body: operationId, method, path, the fixture key the path names. */
    private static List<String[]> keyedOperations(Map<String, String> f) {
        String schedule = "/v1/invoice-schedules/" + f.get("schedule");
        return List.of(
                new String[] {"GET_Account", "GET", "/v1/accounts/" + f.get("account"), "account"},
                new String[] {
                    "GET_TransactionInvoice",
                    "GET",
                    "/v1/transactions/invoices/accounts/" + f.get("account"),
                    "account"
                },
                new String[] {
                    "DELETE_DeleteInvoice", "DELETE", "/v1/invoices/" + f.get("invoice"), "invoice"
                },
                new String[] {
                    "Get_GetInvoice", "GET", "/v1/invoices/" + f.get("invoice"), "invoice"
                },
                new String[] {
                    "GET_InvoiceItems",
                    "GET",
                    "/v1/invoices/" + f.get("invoice") + "/items",
                    "invoice"
                },
                new String[] {
                    "Object_GETInvoiceSplit",
                    "GET",
                    "/v1/object/invoice-split/" + f.get("split"),
                    "split"
                },
                new String[] {
                    "Object_GETInvoiceSplitItem",
                    "GET",
                    "/v1/object/invoice-split-item/" + f.get("splitItem"),
                    "splitItem"
                },
                new String[] {"GET_InvoiceSchedule", "GET", schedule, "schedule"},
                new String[] {"DELETE_InvoiceSchedule", "DELETE", schedule, "schedule"},
                new String[] {"PUT_PauseInvoiceSchedule", "PUT", schedule + "/pause", "schedule"},
                new String[] {"PUT_ResumeInvoiceSchedule", "PUT", schedule + "/resume", "schedule"},
                new String[] {"GET_BillRun", "GET", "/v1/bill-runs/" + f.get("billRun"), "billRun"},
                new String[] {
                    "GET_OperationJob",
                    "GET",
                    "/v1/operations/jobs/" + f.get("operationJob"),
                    "operationJob"
                });
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static Bad json(Operation op, String name, byte[] body, String... headers) {
        return bad(op.method(), op.path(), name, "application/json", body, true, headers);
    }

    private static Bad bad(
            String method,
            String path,
            String name,
            String contentType,
            byte[] body,
            boolean auth,
            String... headers) {
        String shown = name.length() > 120 ? name.substring(0, 120) + "..." : name;
        return Bad.of(shown, method, path, contentType, body, auth, headers);
    }

    private void customFields(
            Operation op, List<Object> path, ContractMutations mutations, List<Bad> cases) {
        for (ContractMutations.Mutation m : mutations.customFields()) {
            cases.add(
                    json(
                            op,
                            "custom field at $" + path + ": " + m.label(),
                            ContractMutations.withMembers(op.template(), path, m.raw())));
        }
    }

    /** Malformed headers, each on an otherwise valid request (null body: none). */
    private void headers(String method, String path, byte[] body, List<Bad> cases) {
        String ct = body == null ? null : "application/json";
        for (int i = 0; i < DRAWS; i++) {
            cases.add(
                    bad(
                            method,
                            path,
                            "unknown token",
                            ct,
                            body,
                            true,
                            "Authorization",
                            "Bearer " + alnum(32)));
            cases.add(
                    bad(
                            method,
                            path,
                            "malformed Authorization",
                            ct,
                            body,
                            true,
                            "Authorization",
                            alpha(1, 8) + " " + alnum(1 + random.nextInt(40))));
            cases.add(
                    bad(
                            method,
                            path,
                            "Track-Id with a colon",
                            ct,
                            body,
                            true,
                            "Zuora-Track-Id",
                            alnum(1 + random.nextInt(20)) + ":" + alnum(1 + random.nextInt(20))));
            cases.add(
                    bad(
                            method,
                            path,
                            "Track-Id too long",
                            ct,
                            body,
                            true,
                            "Zuora-Track-Id",
                            alnum(65 + random.nextInt(200))));
            cases.add(
                    bad(
                            method,
                            path,
                            "Track-Id not ASCII",
                            ct,
                            body,
                            true,
                            "Zuora-Track-Id",
                            alnum(3) + (char) (0xA0 + random.nextInt(0x60))));
            cases.add(
                    bad(
                            method,
                            path,
                            "unknown entity",
                            ct,
                            body,
                            true,
                            "Zuora-Entity-Ids",
                            UUID.randomUUID().toString()));
            cases.add(
                    bad(
                            method,
                            path,
                            "malformed entity",
                            ct,
                            body,
                            true,
                            "Zuora-Entity-Ids",
                            alpha(1, 30)));
            cases.add(
                    bad(
                            method,
                            path,
                            "malformed Zuora-Version",
                            ct,
                            body,
                            true,
                            "Zuora-Version",
                            alpha(1, 10)));
            if (method.equals("POST")) {
                cases.add(
                        bad(
                                method,
                                path,
                                "Idempotency-Key too long",
                                ct,
                                body,
                                true,
                                "Idempotency-Key",
                                alnum(256 + random.nextInt(800))));
            }
        }
        cases.add(bad(method, path, "no token", ct, body, false));
    }

    /** Bad encodings, content types and truncated bodies of a JSON operation. */
    private void encodings(Operation op, byte[] valid, List<Bad> cases) {
        String[] types = {
            "text/plain",
            "application/xml",
            "multipart/form-data",
            "application/octet-stream",
            "application/x-www-form-urlencoded"
        };
        for (int i = 0; i < DRAWS; i++) {
            byte[] junk = new byte[1 + random.nextInt(64)];
            random.nextBytes(junk);
            junk[0] = (byte) (junk[0] == 0x1f ? 0 : junk[0]);
            cases.add(
                    bad(
                            op.method(),
                            op.path(),
                            "corrupt gzip",
                            "application/json",
                            junk,
                            true,
                            "Content-Encoding",
                            "gzip"));
            cases.add(
                    bad(
                            op.method(),
                            op.path(),
                            "unknown Content-Encoding",
                            "application/json",
                            valid,
                            true,
                            "Content-Encoding",
                            "x" + alpha(1, 10)));
            cases.add(
                    bad(
                            op.method(),
                            op.path(),
                            "wrong content type",
                            random.nextBoolean()
                                    ? types[random.nextInt(types.length)]
                                    : "application/x-" + alpha(1, 10),
                            valid,
                            true));
            int cut = 1 + random.nextInt(valid.length - 1);
            cases.add(
                    bad(
                            op.method(),
                            op.path(),
                            "truncated after " + cut + " bytes",
                            "application/json",
                            java.util.Arrays.copyOf(valid, cut),
                            true));
        }
    }

    /** Keys that name nothing, with odd characters, percent-encoded. */
    private void unknownKeys(String method, String path, String key, List<Bad> cases) {
        for (int i = 0; i < DRAWS; i++) {
            String odd = random.nextBoolean() ? alpha(1, 300) : oddUnicode(1 + random.nextInt(40));
            cases.add(
                    bad(
                            method,
                            path.replace(
                                    key,
                                    URLEncoder.encode(odd, StandardCharsets.UTF_8)
                                            .replace("+", "%20")),
                            "unknown key",
                            null,
                            null,
                            true));
        }
    }

    /** The token endpoint's form, each field wrong in turn. */
    private List<Bad> tokenForms() {
        List<Bad> cases = new ArrayList<>();
        String form = "application/x-www-form-urlencoded";
        for (int i = 0; i < DRAWS * 3; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("client_id", Api.CLIENT_ID);
            fields.put("client_secret", Api.CLIENT_SECRET);
            fields.put("grant_type", "client_credentials");
            String field = List.copyOf(fields.keySet()).get(i % 3);
            String value =
                    switch (random.nextInt(3)) {
                        case 0 -> alnum(1 + random.nextInt(100));
                        case 1 -> oddUnicode(1 + random.nextInt(40));
                        default -> "";
                    };
            if (value.isEmpty()) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
            StringBuilder body = new StringBuilder();
            fields.forEach(
                    (name, v) ->
                            body.append(body.isEmpty() ? "" : "&")
                                    .append(name)
                                    .append('=')
                                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            cases.add(
                    bad(
                            "POST",
                            "/oauth/token",
                            field + (value.isEmpty() ? " missing" : " wrong"),
                            form,
                            body.toString().getBytes(StandardCharsets.UTF_8),
                            false));
        }
        for (int i = 0; i < DRAWS; i++) {
            cases.add(
                    bad(
                            "POST",
                            "/oauth/token",
                            "malformed entity",
                            form,
                            HostileRequests.TOKEN_FORM.getBytes(StandardCharsets.UTF_8),
                            false,
                            "Zuora-Entity-Ids",
                            alpha(1, 30)));
        }
        return cases;
    }

    private String alnum(int length) {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    private String alpha(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private String oddUnicode(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] picks = {
                0x00A0 + random.nextInt(0x2000),
                0x1F600 + random.nextInt(0x50),
                0x0300 + random.nextInt(0x70),
                0xFFFD,
                0x202E,
                0x200B
            };
            out.appendCodePoint(picks[random.nextInt(picks.length)]);
        }
        return out.toString();
    }
}
