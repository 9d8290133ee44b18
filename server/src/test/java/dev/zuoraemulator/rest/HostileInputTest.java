package dev.zuoraemulator.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hundreds of bad requests over every operation. Each must answer exactly the status and code
 * pinned for it in {@code hostile-expectations.tsv} (4xx, in the operation's error shape) and
 * change nothing: a digest of every table is the same before and after. A failure prints a one-line
 * curl that reproduces the request. After changing the corpus, {@code -Dhostile.record=true}
 * rewrites the expectations from what the server answers: review the diff before committing it.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(100_000);

    @TestHTTPResource("/")
    URL base;

    @Inject EntityManager em;

    private HostileRequests requests;

    private final List<Bad> corpus = new ArrayList<>();

    private void add(
            String name,
            String method,
            String path,
            String contentType,
            String body,
            String... headers) {
        addBytes(
                name,
                method,
                path,
                contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                true,
                headers);
    }

    private void addBytes(
            String name,
            String method,
            String path,
            String contentType,
            byte[] body,
            boolean auth,
            String... headers) {
        corpus.add(Bad.of(name, method, path, contentType, body, auth, headers));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The template with the value at a dotted path replaced, or removed when the value is REMOVE.
     */
    private static String with(Map<String, Object> template, String path, Object value) {
        ObjectNode node = JSON.valueToTree(template);
        String[] parts = path.split("\\.");
        JsonNode parent = node;
        for (int i = 0; i < parts.length - 1; i++) {
            parent =
                    parts[i].matches("\\d+")
                            ? parent.get(Integer.parseInt(parts[i]))
                            : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (value == REMOVE) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, JSON.valueToTree(value));
        }
        return node.toString();
    }

    private static final Object REMOVE = new Object();

    /** Body mutations every JSON operation must refuse. */
    private void genericBodies(String method, String path) {
        String ct = "application/json";
        add("malformed JSON", method, path, ct, "{\"a\":");
        add("not JSON", method, path, ct, "hello");
        add("a JSON string", method, path, ct, "\"text\"");
        add("a JSON number", method, path, ct, "123");
        add("JSON null", method, path, ct, "null");
        add("empty body", method, path, ct, "");
        add("trailing garbage", method, path, ct, "{} x");
        add("duplicate keys", method, path, ct, "{\"x\":1,\"x\":2}");
        add("deep nesting", method, path, ct, "[".repeat(5000) + "]".repeat(5000));
        add("a number of 2000 digits", method, path, ct, "{\"x\":" + "9".repeat(2000) + "}");
        addBytes(
                "invalid UTF-8",
                method,
                path,
                ct,
                new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'},
                true);
        add("text/plain", method, path, "text/plain", "{}");
        add("application/xml", method, path, "application/xml", "<a/>");
        add("no content type", method, path, null, "{}");
        addBytes(
                "corrupt gzip",
                method,
                path,
                ct,
                "not gzip".getBytes(),
                true,
                "Content-Encoding",
                "gzip");
        add("unsupported content encoding", method, path, ct, "{}", "Content-Encoding", "compress");
        add("Track-Id with a colon", method, path, ct, "{}", "Zuora-Track-Id", "a:b");
        add("Track-Id not ASCII", method, path, ct, "{}", "Zuora-Track-Id", "caf\u00e9");
        add("Track-Id of 65 characters", method, path, ct, "{}", "Zuora-Track-Id", "t".repeat(65));
        add("malformed Zuora-Version", method, path, ct, "{}", "Zuora-Version", "newest");
        add(
                "malformed X-Zuora-WSDL-Version",
                method,
                path,
                ct,
                "{}",
                "X-Zuora-WSDL-Version",
                "79a");
        add(
                "foreign entity",
                method,
                path,
                ct,
                "{}",
                "Zuora-Entity-Ids",
                "99999999-0000-4000-8000-000000000009");
        if (method.equals("POST")) {
            // the header belongs to POST and PATCH only; other methods ignore it, as Zuora asks
            // clients not to send it
            add(
                    "Idempotency-Key of 256 characters",
                    method,
                    path,
                    ct,
                    "{}",
                    "Idempotency-Key",
                    "k".repeat(256));
        }
        addBytes("no token", method, path, ct, "{}".getBytes(), false);
        add(
                "unknown token",
                method,
                path,
                ct,
                "{}",
                "Authorization",
                "Bearer 0123456789abcdef0123456789abcdef");
        add("malformed Authorization", method, path, ct, "{}", "Authorization", "Token abc");
    }

    private void fieldMutations(
            String method,
            String path,
            Map<String, Object> template,
            Map<String, List<Object>> bad) {
        for (Map.Entry<String, List<Object>> field : bad.entrySet()) {
            for (Object value : field.getValue()) {
                String label =
                        value == REMOVE
                                ? "missing"
                                : value == null
                                        ? "null"
                                        : value instanceof String s && s.length() > 40
                                                ? "string of " + s.length()
                                                : String.valueOf(value);
                add(
                        field.getKey() + " = " + label,
                        method,
                        path,
                        "application/json",
                        with(template, field.getKey(), value));
            }
        }
    }

    private static List<Object> badStrings() {
        return List.of(12, true, Map.of(), List.of("a"), LONG, "bad\u0000char", "bell\u0007");
    }

    private static List<Object> badNumbers() {
        // a plain decimal string ("12") is a number (C8); these strings are not
        return List.of(
                "1e3",
                "1,000",
                " 12",
                "NaN",
                "",
                "+5",
                "12.",
                "0x10",
                true,
                Map.of(),
                List.of(1),
                new java.math.BigDecimal("1e400"),
                new java.math.BigDecimal("123456789012345678901234567890"),
                new java.math.BigDecimal("0.001"));
    }

    private static List<Object> badDates() {
        return List.of("2026-02-30", "01/02/2026", "2026-1-1", 20260101, "");
    }

    private void buildCorpus(Map<String, String> f) {
        // accounts
        Map<String, Object> account =
                Map.of(
                        "name",
                        "Hostile",
                        "currency",
                        "USD",
                        "billToContact",
                        Map.of("firstName", "A", "lastName", "B"),
                        "billCycleDay",
                        1,
                        "paymentTerm",
                        "Net 30",
                        "notes",
                        "n",
                        "autoPay",
                        false);
        genericBodies("POST", "/v1/accounts");
        Map<String, List<Object>> accountFields = new LinkedHashMap<>();
        accountFields.put("name", concat(badStrings(), List.of(REMOVE, "", "   ")));
        accountFields.put("currency", List.of(REMOVE, "usd", "XXX1", "ZZZ", 840, ""));
        accountFields.put("billToContact", List.of(REMOVE, "Ada", List.of()));
        accountFields.put("billToContact.firstName", List.of(REMOVE, 1, LONG, "a\u001bb"));
        accountFields.put(
                "billCycleDay", List.of(0, 32, -1, 1.5, "1", new java.math.BigDecimal("1e400")));
        accountFields.put("paymentTerm", List.of("Net 366", "Net -1", "soon", 30));
        accountFields.put("notes", List.of(5, "x\u0000"));
        accountFields.put("autoPay", List.of("yes", 1));
        accountFields.put("accountNumber", List.of(LONG, 7, "   ", f.get("accountNumber")));
        fieldMutations("POST", "/v1/accounts", account, accountFields);

        // invoices
        Map<String, Object> invoice =
                Map.of(
                        "accountId",
                        f.get("account"),
                        "invoiceDate",
                        "2026-01-01",
                        "invoiceItems",
                        List.of(
                                Map.of(
                                        "amount",
                                        10,
                                        "serviceStartDate",
                                        "2026-01-01",
                                        "chargeName",
                                        "c")));
        genericBodies("POST", "/v1/invoices");
        Map<String, List<Object>> invoiceFields = new LinkedHashMap<>();
        invoiceFields.put("accountId", List.of(REMOVE, "nope", 5, LONG));
        invoiceFields.put("invoiceDate", concat(badDates(), List.of(REMOVE)));
        invoiceFields.put("dueDate", List.of("2025-12-31", "tomorrow"));
        invoiceFields.put("status", List.of("Paid", "draft", 1));
        invoiceFields.put("paymentTerm", List.of("Net 999"));
        invoiceFields.put("comments", List.of("x".repeat(70_000), 3));
        invoiceFields.put(
                "invoiceItems", List.of(REMOVE, List.of(), "items", Map.of(), List.of(1)));
        invoiceFields.put("invoiceItems.0.amount", concat(badNumbers(), List.of(REMOVE)));
        invoiceFields.put("invoiceItems.0.serviceStartDate", concat(badDates(), List.of(REMOVE)));
        invoiceFields.put("invoiceItems.0.chargeName", List.of(LONG, 4, "c\u0000"));
        invoiceFields.put(
                "invoiceItems.0.quantity",
                List.of(-1, "-2", "2E1", new java.math.BigDecimal("1e400")));
        invoiceFields.put(
                "invoiceItems.0.unitPrice",
                List.of("9 ", "0.0000000001", new java.math.BigDecimal("0.0000000001")));
        fieldMutations("POST", "/v1/invoices", invoice, invoiceFields);

        // the newer split (N1, N2): every mutation of the valid 60 / 40 split is refused
        String splitPath = "/v1/invoices/" + f.get("invoice") + "/split";
        Map<String, Object> split =
                Map.of(
                        "splitType",
                        "Amount",
                        "splits",
                        List.of(
                                Map.of(
                                        "splitAmount",
                                        60,
                                        "invoiceDate",
                                        "2026-02-01",
                                        "paymentTerm",
                                        "Net 30"),
                                Map.of("splitAmount", 40)));
        genericBodies("PUT", splitPath);
        Map<String, List<Object>> splitFields = new LinkedHashMap<>();
        splitFields.put("splitType", List.of(REMOVE, "Percentage", "Ratio", "", 1));
        splitFields.put(
                "splits",
                List.of(
                        REMOVE,
                        List.of(),
                        "x",
                        List.of(Map.of("splitAmount", 100)),
                        Collections.nCopies(21, Map.of("splitAmount", 1)),
                        Arrays.asList(null, null)));
        splitFields.put("splits.0.splitAmount", concat(badNumbers(), List.of(REMOVE, 0, -5, 61)));
        splitFields.put("splits.0.splitPercentage", List.of(60, "x"));
        splitFields.put("splits.0.invoiceDate", badDates());
        splitFields.put("splits.0.paymentTerm", List.of("Net 999", "soon", 30, LONG, ""));
        fieldMutations("PUT", splitPath, split, splitFields);
        add(
                "split of an unknown invoice",
                "PUT",
                "/v1/invoices/INV-NONE/split",
                "application/json",
                "{\"splitType\":\"Percentage\",\"splits\":[{\"splitPercentage\":50},{\"splitPercentage\":50}]}");

        // action/create (request-level problems only: a bad object alone answers 200 with its own
        // errors)
        Map<String, Object> create =
                Map.of(
                        "type",
                        "InvoiceSplit",
                        "objects",
                        List.of(Map.of("InvoiceId", f.get("invoice"))));
        genericBodies("POST", "/v1/action/create");
        Map<String, List<Object>> createFields = new LinkedHashMap<>();
        createFields.put("type", List.of(REMOVE, "Account", "", 5, List.of("InvoiceSplit")));
        createFields.put(
                "objects",
                List.of(REMOVE, List.of(), "x", Map.of(), List.of(1), List.of("x"), fiftyOne()));
        fieldMutations("POST", "/v1/action/create", create, createFields);
        add(
                "unknown field, rejectUnknownFields",
                "POST",
                "/v1/action/create?rejectUnknownFields=true",
                "application/json",
                with(create, "colour", "red"));
        add(
                "unknown object field, rejectUnknownFields",
                "POST",
                "/v1/action/create?rejectUnknownFields=true",
                "application/json",
                with(
                        create,
                        "objects",
                        List.of(Map.of("InvoiceId", f.get("invoice"), "Colour", 1))));
        add(
                "rejectUnknownFields not a boolean",
                "POST",
                "/v1/action/create?rejectUnknownFields=maybe",
                "application/json",
                json(create));

        // action/execute (the valid form of this body would execute the fixture split: every
        // variant is invalid)
        Map<String, Object> execute =
                Map.of(
                        "ids",
                        List.of(f.get("split")),
                        "synchronous",
                        false,
                        "type",
                        "InvoiceSplit");
        genericBodies("POST", "/v1/action/execute");
        Map<String, List<Object>> executeFields = new LinkedHashMap<>();
        executeFields.put(
                "ids",
                List.of(REMOVE, List.of(), f.get("split"), Map.of(), List.of(5), fiftyOne()));
        executeFields.put("synchronous", List.of(REMOVE, true, "false", 0));
        executeFields.put("type", List.of(REMOVE, "Invoice", 1, ""));
        fieldMutations("POST", "/v1/action/execute", execute, executeFields);
        add(
                "unknown field, rejectUnknownFields",
                "POST",
                "/v1/action/execute?rejectUnknownFields=true",
                "application/json",
                with(execute, "colour", "red"));

        // invoice schedules
        Map<String, Object> schedule =
                Map.of(
                        "accountKey",
                        f.get("account"),
                        "notes",
                        "n",
                        "scheduleItems",
                        List.of(Map.of("amount", 10, "runDate", "2026-01-01", "name", "a")));
        genericBodies("POST", "/v1/invoice-schedules");
        Map<String, List<Object>> scheduleFields = new LinkedHashMap<>();
        scheduleFields.put("accountKey", List.of(REMOVE, "nope", 3));
        scheduleFields.put("notes", List.of("x".repeat(256), "x\u0000", 1));
        scheduleFields.put("orders", List.of("O-1", List.of(LONG), List.of(1)));
        scheduleFields.put("invoiceSeparately", List.of("yes"));
        scheduleFields.put(
                "scheduleItems",
                List.of(REMOVE, List.of(), "x", fiftyOne(), Arrays.asList((Object) null)));
        scheduleFields.put("scheduleItems.0.amount", concat(badNumbers(), List.of(REMOVE, 0, -5)));
        scheduleFields.put("scheduleItems.0.runDate", badDates());
        scheduleFields.put("scheduleItems.0.name", List.of("n".repeat(101), 5));
        scheduleFields.put("scheduleItems.0.percentage", List.of(50, 101));
        fieldMutations("POST", "/v1/invoice-schedules", schedule, scheduleFields);

        String schedulePath = "/v1/invoice-schedules/" + f.get("schedule");
        genericBodies("PUT", schedulePath);
        Map<String, Object> update = Map.of("notes", "n");
        Map<String, List<Object>> updateFields = new LinkedHashMap<>();
        updateFields.put("notes", List.of("x".repeat(256), "x\u0000", 5));
        updateFields.put("nextRunDate", badDates());
        updateFields.put(
                "scheduleItems",
                List.of(
                        List.of(),
                        "x",
                        List.of(Map.of("id", "nope")),
                        List.of(Map.of("amount", 0)),
                        List.of(Map.of("percentage", 10)),
                        Arrays.asList((Object) null)));
        updateFields.put("orders", List.of("x", List.of(2)));
        fieldMutations("PUT", schedulePath, update, updateFields);
        add(
                "update of a fully processed schedule",
                "PUT",
                "/v1/invoice-schedules/" + f.get("processedSchedule"),
                "application/json",
                "{\"notes\":\"x\"}");
        add(
                "update of an unknown schedule",
                "PUT",
                "/v1/invoice-schedules/IS-99999999",
                "application/json",
                "{}");

        String executePath = schedulePath + "/execute";
        genericBodies("POST", executePath);
        add(
                "scheduleItemId a number",
                "POST",
                executePath,
                "application/json",
                "{\"scheduleItemId\":5}");
        add(
                "scheduleItemId a list",
                "POST",
                executePath,
                "application/json",
                "{\"scheduleItemId\":[]}");
        add(
                "scheduleItemId unknown",
                "POST",
                executePath,
                "application/json",
                "{\"scheduleItemId\":\"nope\"}");
        add(
                "scheduleItemId of a later item",
                "POST",
                executePath,
                "application/json",
                "{\"scheduleItemId\":\"" + f.get("secondItem") + "\"}");
        add(
                "scheduleItemId of another schedule",
                "POST",
                executePath,
                "application/json",
                "{\"scheduleItemId\":\"" + f.get("processedItem") + "\"}");
        add(
                "fully processed",
                "POST",
                "/v1/invoice-schedules/" + f.get("processedSchedule") + "/execute",
                "application/json",
                "{}");
        add(
                "unknown schedule",
                "POST",
                "/v1/invoice-schedules/IS-99999999/execute",
                "application/json",
                "{}");
        add("resume of a schedule not paused", "PUT", schedulePath + "/resume", null, null);
        add(
                "delete of a processed schedule",
                "DELETE",
                "/v1/invoice-schedules/" + f.get("processedSchedule"),
                null,
                null);
        add(
                "delete of an unknown schedule",
                "DELETE",
                "/v1/invoice-schedules/IS-99999999",
                null,
                null);
        add("pause of an unknown schedule", "PUT", "/v1/invoice-schedules/nope/pause", null, null);

        // reads
        for (String path :
                List.of(
                        "/v1/accounts/",
                        "/v1/invoices/",
                        "/v1/object/invoice-split/",
                        "/v1/object/invoice-split-item/",
                        "/v1/invoice-schedules/",
                        "/v1/bill-runs/")) {
            add("unknown key", "GET", path + "00000000000000000000000000000000", null, null);
            add("key of 5000 characters", "GET", path + "k".repeat(5000), null, null);
            add("key with an encoded NUL", "GET", path + "a%00b", null, null);
            add("key with encoded unicode", "GET", path + "%E2%98%83", null, null);
            add("no token", "GET", path + "x", null, null, "Authorization", "");
            add(
                    "foreign entity",
                    "GET",
                    path + "x",
                    null,
                    null,
                    "Zuora-Entity-Ids",
                    "99999999-0000-4000-8000-000000000009");
            add("Track-Id with a quote", "GET", path + "x", null, null, "Zuora-Track-Id", "a'b");
        }
        for (String query :
                List.of(
                        "page=0",
                        "pageSize=41",
                        "pageSize=0",
                        "page=abc",
                        "page=99999999999",
                        "pageSize=-5")) {
            add(query, "GET", "/v1/invoices/" + f.get("invoice") + "/items?" + query, null, null);
            add(query, "GET", schedulePath + "?" + query, null, null);
        }
        add(
                "unknown field",
                "GET",
                "/v1/object/invoice-split/" + f.get("split") + "?fields=Colour",
                null,
                null);
        add(
                "a field of 5000 characters",
                "GET",
                "/v1/object/invoice-split-item/"
                        + f.get("splitItem")
                        + "?fields="
                        + "f".repeat(5000),
                null,
                null);

        // methods and paths
        add("PATCH on accounts", "PATCH", "/v1/accounts", "application/json", "{}");
        add("DELETE on an invoice", "DELETE", "/v1/invoices/" + f.get("invoice"), null, null);
        add("GET on execute", "GET", "/v1/action/execute", null, null);
        add(
                "PUT on a bill run",
                "PUT",
                "/v1/bill-runs/" + f.get("billRun"),
                "application/json",
                "{}");
        add(
                "POST on a CRUD object",
                "POST",
                "/v1/object/invoice-split/" + f.get("split"),
                "application/json",
                "{}");
        add("GET on the token endpoint", "GET", "/oauth/token", null, null);
        add("unknown path", "GET", "/v1/nothing-here", null, null);

        // the invoice lifecycle (L1-L6): each refused, the fixture invoice still Draft
        String invoicePath = "/v1/invoices/" + f.get("invoice");
        String crud = "/v1/object/invoice/" + f.get("invoice");
        add("CRUD status Split", "PUT", crud, "application/json", "{\"Status\":\"Split\"}");
        add(
                "CRUD status in lower case",
                "PUT",
                crud,
                "application/json",
                "{\"Status\":\"posted\"}");
        add(
                "CRUD status and comments",
                "PUT",
                crud,
                "application/json",
                "{\"Status\":\"Posted\",\"Comments\":\"x\"}");
        add("CRUD without a status", "PUT", crud, "application/json", "{}");
        add("CRUD unpost of a Draft", "PUT", crud, "application/json", "{\"Status\":\"Draft\"}");
        add(
                "bulk-post of 51",
                "POST",
                "/v1/invoices/bulk-post",
                "application/json",
                "{\"invoices\":["
                        + ("{\"id\":\"" + f.get("invoice") + "\"},").repeat(50)
                        + "{\"id\":\""
                        + f.get("invoice")
                        + "\"}]}");
        add(
                "bulk-post of none",
                "POST",
                "/v1/invoices/bulk-post",
                "application/json",
                "{\"invoices\":[]}");
        add(
                "bulk-post of a null entry",
                "POST",
                "/v1/invoices/bulk-post",
                "application/json",
                "{\"invoices\":[null]}");
        add(
                "bulk-post with a bad date",
                "POST",
                "/v1/invoices/bulk-post",
                "application/json",
                "{\"invoices\":[{\"id\":\""
                        + f.get("invoice")
                        + "\",\"invoiceDate\":\"2026-02-30\"}]}");
        add(
                "update of both dates",
                "PUT",
                invoicePath,
                "application/json",
                "{\"invoiceDate\":\"2026-02-01\",\"dueDate\":\"2026-03-01\"}");
        add(
                "update with a due date first",
                "PUT",
                invoicePath,
                "application/json",
                "{\"dueDate\":\"2025-01-01\"}");
        add(
                "update with item changes",
                "PUT",
                invoicePath,
                "application/json",
                "{\"invoiceItems\":[{\"id\":\"x\"}]}");
        add(
                "update to transferredToAccounting No",
                "PUT",
                invoicePath,
                "application/json",
                "{\"comments\":\"x\",\"transferredToAccounting\":\"No\"}");
        add(
                "list page 0",
                "GET",
                "/v1/transactions/invoices/accounts/" + f.get("account") + "?page=0",
                null,
                null);
        add(
                "list pageSize 0",
                "GET",
                "/v1/transactions/invoices/accounts/" + f.get("account") + "?pageSize=0",
                null,
                null);
        add(
                "list pageSize not a number",
                "GET",
                "/v1/transactions/invoices/accounts/" + f.get("account") + "?pageSize=ten",
                null,
                null);
        add(
                "list of an unknown account",
                "GET",
                "/v1/transactions/invoices/accounts/nobody",
                null,
                null);
        add("unknown sub-path", "GET", "/v1/accounts/" + f.get("account") + "/extra", null, null);
        add("unknown action", "POST", "/v1/action/amend", "application/json", "{}");

        // the token endpoint
        String form = "application/x-www-form-urlencoded";
        addBytes(
                "missing secret",
                "POST",
                "/oauth/token",
                form,
                ("client_id=" + Api.CLIENT_ID + "&grant_type=client_credentials").getBytes(),
                false);
        addBytes(
                "wrong secret",
                "POST",
                "/oauth/token",
                form,
                ("client_id=" + Api.CLIENT_ID + "&client_secret=no&grant_type=client_credentials")
                        .getBytes(),
                false);
        addBytes(
                "password grant",
                "POST",
                "/oauth/token",
                form,
                ("client_id="
                                + Api.CLIENT_ID
                                + "&client_secret="
                                + Api.CLIENT_SECRET
                                + "&grant_type=password")
                        .getBytes(),
                false);
        addBytes("empty form", "POST", "/oauth/token", form, new byte[0], false);
        addBytes(
                "JSON body",
                "POST",
                "/oauth/token",
                "application/json",
                "{\"client_id\":\"x\"}".getBytes(),
                false);
        addBytes(
                "secret of 5000 characters",
                "POST",
                "/oauth/token",
                form,
                ("client_id="
                                + Api.CLIENT_ID
                                + "&client_secret="
                                + "s".repeat(5000)
                                + "&grant_type=client_credentials")
                        .getBytes(),
                false);
        addBytes(
                "foreign entity",
                "POST",
                "/oauth/token",
                form,
                HostileRequests.TOKEN_FORM.getBytes(StandardCharsets.UTF_8),
                false,
                "Zuora-Entity-Ids",
                "99999999-0000-4000-8000-000000000009");
        addBytes(
                "malformed entity",
                "POST",
                "/oauth/token",
                form,
                HostileRequests.TOKEN_FORM.getBytes(StandardCharsets.UTF_8),
                false,
                "Zuora-Entity-Ids",
                "entity-1");
    }

    private static List<Map<String, Object>> fiftyOne() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            list.add(Map.of("amount", 1));
        }
        return list;
    }

    @SafeVarargs
    private static List<Object> concat(List<Object>... lists) {
        List<Object> all = new ArrayList<>();
        Arrays.stream(lists).forEach(all::addAll);
        return all;
    }

    /**
     * The list of requests, numbered as the test report numbers them, in target/hostile-corpus.txt.
     */
    private void writeCorpusList() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < corpus.size(); i++) {
            list.append('[').append(i + 1).append("] ").append(corpus.get(i).name()).append('\n');
        }
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target", "hostile-corpus.txt"), list);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final java.nio.file.Path EXPECTATIONS =
            java.nio.file.Path.of("src", "test", "resources", "hostile-expectations.tsv");
    private static final boolean RECORD = Boolean.getBoolean("hostile.record");

    /** What a case must answer: its status and its code (Zuora's, Actions', or the message). */
    record Expected(String label, int status, String code) {
        String line(int index) {
            return index + "\t" + label + "\t" + status + "\t" + code;
        }
    }

    private static List<Expected> expectations() throws java.io.IOException {
        if (!java.nio.file.Files.exists(EXPECTATIONS)) {
            return List.of();
        }
        List<Expected> list = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(EXPECTATIONS)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            list.add(new Expected(cells[1], Integer.parseInt(cells[2]), cells[3]));
        }
        return list;
    }

    /**
     * A case's label on one line of the file: the fixture's values (new in every run, or numbered
     * after what other tests created) as {@code <name>}, control characters as \\uXXXX.
     */
    private static String printable(String label, Map<String, String> fixture) {
        String stable = label;
        for (Map.Entry<String, String> value : fixture.entrySet()) {
            if (value.getValue() != null && !value.getValue().isEmpty()) {
                stable = stable.replace(value.getValue(), "<" + value.getKey() + ">");
            }
        }
        StringBuilder out = new StringBuilder();
        for (char c : stable.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> refusesEveryBadRequestWithoutChangingAnything() throws Exception {
        requests = new HostileRequests(base, em);
        Map<String, String> f = requests.fixture();
        buildCorpus(f);
        assertTrue(corpus.size() >= 200, "the corpus has only " + corpus.size() + " requests");
        writeCorpusList();
        List<Expected> pinned = expectations();
        if (!RECORD) {
            assertEquals(
                    corpus.size(),
                    pinned.size(),
                    "the corpus and " + EXPECTATIONS + " differ: rerun with -Dhostile.record=true");
        }
        Expected[] seen = new Expected[corpus.size()];
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            int index = i;
            Bad bad = corpus.get(i);
            tests.add(
                    DynamicTest.dynamicTest(
                            bad.name(),
                            () -> {
                                String before = requests.digest();
                                HttpResponse<String> response = requests.send(bad);
                                String repro = "\n  reproduce: " + requests.curl(index + 1, bad);
                                assertTrue(
                                        response.statusCode() >= 400 && response.statusCode() < 500,
                                        "status "
                                                + response.statusCode()
                                                + ": "
                                                + response.body()
                                                + repro);
                                HostileRequests.assertZuoraShape(bad, response);
                                Expected actual =
                                        new Expected(
                                                printable(bad.label(), f),
                                                response.statusCode(),
                                                HostileRequests.codeOf(response));
                                seen[index] = actual;
                                if (!RECORD) {
                                    assertEquals(
                                            pinned.get(index),
                                            actual,
                                            "case " + (index + 1) + ": " + response.body() + repro);
                                }
                                assertEquals(before, requests.digest(), "the data changed" + repro);
                            }));
        }
        if (RECORD) {
            tests.add(
                    DynamicTest.dynamicTest(
                            "record " + EXPECTATIONS,
                            () -> {
                                StringBuilder file =
                                        new StringBuilder(
                                                "# HostileInputTest: case number, method and case,"
                                                        + " status, code (Zuora's reasons[0].code,"
                                                        + " Actions' Errors[0].Code, or the"
                                                        + " message)\n");
                                for (int i = 0; i < seen.length; i++) {
                                    file.append(seen[i].line(i + 1)).append('\n');
                                }
                                java.nio.file.Files.writeString(EXPECTATIONS, file);
                            }));
        }
        return tests.stream();
    }
}
