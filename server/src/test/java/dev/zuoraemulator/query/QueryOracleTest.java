package dev.zuoraemulator.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flywaydb.core.Flyway;

/**
 * Differential test of the query engine: random invoices (two entities, nulls, decimals, dates,
 * dateTimes, custom fields) and random valid ZOQL statements; the engine must return exactly the
 * IDs that a plain in-memory filter over the same invoices selects, in creation order, and a page
 * walk of a random batch size must return that list once. The oracle below shares nothing with the
 * engine: it evaluates its own tree (an {@code or} of {@code and}s, which is what ZOQL's precedence
 * means), rendered to text for the engine to parse.
 */
class QueryOracleTest {

    private static final String ENTITY = "10000000-0000-0000-0000-000000000001";
    private static final String OTHER = "20000000-0000-4000-8000-000000000002";
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static final List<String> STATUSES = List.of("Draft", "Posted", "Split");
    private static final List<String> AMOUNTS = List.of("-5.5", "0", "1", "1.25", "10", "99.99");
    private static final List<String> DATES =
            List.of("2026-01-01", "2026-01-02", "2026-01-03", "2026-02-28");
    private static final List<String> TEXTS =
            List.of("a", "A", "ab", "abc", "b_c", "%x", "", "x\\y", "it's", "Net 30", "é");
    private static final List<String> REGIONS = List.of("EMEA", "APAC", "emea");
    private static final List<Instant> CREATED =
            List.of(
                    Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-01-01T10:30:00.250Z"),
                    Instant.parse("2026-01-02T00:00:00Z"));

    private static Connection db;
    private static final AtomicLong OBJECTS = new AtomicLong();
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong PAGES = new AtomicLong();

    /** One invoice as the oracle sees it. */
    record Row(String id, String entity, Map<String, Object> fields, Map<String, Object> custom) {}

    /** {@code field op literal}: the literal as ZOQL text, and the value it means. */
    record Term(String field, String op, String literal, Object value) {}

    @BeforeContainer
    static void database() throws SQLException {
        String url = "jdbc:h2:mem:oracle;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
        db.setAutoCommit(false);
        try (var s = db.createStatement()) {
            for (String entity : List.of(ENTITY, OTHER)) {
                s.execute(
                        "INSERT INTO account (id, entity_id, account_number, name, currency,"
                                + " bill_cycle_day, payment_term, auto_pay, batch, bill_to_id,"
                                + " bill_to_first_name, bill_to_last_name, created_by_id, created_at,"
                                + " updated_by_id, updated_at) VALUES ('acc"
                                + entity.charAt(0)
                                + "', '"
                                + entity
                                + "', 'A1', 'n', 'USD', 1, 'Net 30', FALSE, 'Batch1', 'b', 'f',"
                                + " 'l', 'u', CURRENT_TIMESTAMP, 'u', CURRENT_TIMESTAMP)");
            }
        }
        db.commit();
    }

    @AfterContainer
    static void report() throws SQLException {
        System.out.printf(
                "QueryOracleTest: %d objects, %d statements, %d pages compared%n",
                OBJECTS.get(), STATEMENTS.get(), PAGES.get());
        db.close();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 150)
    void returnsExactlyTheRowsAPlainFilterSelects(@ForAll("seeds") long seed) throws SQLException {
        Random random = new Random(seed);
        List<Row> rows = insert(random);
        for (int s = 0; s < 8; s++) {
            List<List<Term>> where = where(random);
            String zoql = "select Id from Invoice" + render(where);
            List<String> expected =
                    rows.stream()
                            .filter(r -> r.entity().equals(ENTITY))
                            .filter(
                                    r ->
                                            where.isEmpty()
                                                    || where.stream()
                                                            .anyMatch(
                                                                    and ->
                                                                            and.stream()
                                                                                    .allMatch(
                                                                                            t ->
                                                                                                    holds(
                                                                                                            t,
                                                                                                            r))))
                            .map(Row::id)
                            .toList();
            int batch = 1 + random.nextInt(6);
            assertEquals(
                    expected,
                    walk(zoql, batch),
                    zoql + " (batch " + batch + ", seed " + seed + ")");
            STATEMENTS.incrementAndGet();
        }
        db.rollback();
    }

    private List<String> walk(String zoql, int batch) throws SQLException {
        QueryEngine engine = new QueryEngine(new QueryLocators());
        QueryPage page =
                engine.first(db, ENTITY, QueryPlan.of(QueryService.parse(zoql), false), batch, NOW);
        List<String> ids = new ArrayList<>();
        long size = page.size();
        while (true) {
            PAGES.incrementAndGet();
            page.records().forEach(r -> ids.add((String) r.get("Id")));
            assertEquals(size, page.size(), "size stays the total");
            if (page.done()) {
                assertEquals(null, page.locator());
                break;
            }
            QueryLocators.Walk walk = new QueryLocators().resume(db, ENTITY, page.locator(), NOW);
            page =
                    engine.next(
                            db,
                            QueryPlan.of(QueryService.parse(walk.statement()), false),
                            walk,
                            batch);
        }
        assertEquals(size, ids.size(), "the walk returned size rows");
        return ids;
    }

    private static List<Row> insert(Random random) throws SQLException {
        List<Row> rows = new ArrayList<>();
        int count = random.nextInt(30);
        try (PreparedStatement insert =
                db.prepareStatement(
                        "INSERT INTO invoice (id, entity_id, invoice_number, account_id, currency,"
                                + " status, invoice_date, due_date, target_date, payment_term,"
                                + " amount, balance, comments, source, source_type, created_by_id,"
                                + " created_at, updated_by_id, updated_at, custom_fields)"
                                + " VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, 'API', 'Standalone',"
                                + " 'u', ?, 'u', ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String entity = random.nextInt(5) == 0 ? OTHER : ENTITY;
                String id = String.format("%032x", random.nextLong() & Long.MAX_VALUE);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("Status", pick(random, STATUSES));
                f.put("InvoiceNumber", "INV" + i);
                f.put("Amount", new BigDecimal(pick(random, AMOUNTS)));
                f.put("Balance", new BigDecimal(pick(random, AMOUNTS)));
                f.put("InvoiceDate", LocalDate.parse(pick(random, DATES)));
                f.put(
                        "TargetDate",
                        random.nextBoolean() ? null : LocalDate.parse(pick(random, DATES)));
                f.put("PaymentTerm", random.nextBoolean() ? null : pick(random, TEXTS));
                f.put("Comments", random.nextBoolean() ? null : pick(random, TEXTS));
                f.put("CreatedDate", pick(random, CREATED));
                Map<String, Object> custom = new LinkedHashMap<>();
                if (random.nextBoolean()) {
                    custom.put("Region__c", pick(random, REGIONS));
                }
                if (random.nextBoolean()) {
                    custom.put("Priority__c", new BigDecimal(pick(random, AMOUNTS)));
                }
                if (random.nextInt(3) == 0) {
                    custom.put("Flag__c", random.nextBoolean());
                }
                insert.setString(1, id);
                insert.setString(2, entity);
                insert.setString(3, (String) f.get("InvoiceNumber"));
                insert.setString(4, "acc" + entity.charAt(0));
                insert.setString(5, (String) f.get("Status"));
                insert.setObject(6, f.get("InvoiceDate"));
                insert.setObject(7, f.get("InvoiceDate"));
                insert.setObject(8, f.get("TargetDate"));
                insert.setObject(9, f.get("PaymentTerm"));
                insert.setBigDecimal(10, (BigDecimal) f.get("Amount"));
                insert.setBigDecimal(11, (BigDecimal) f.get("Balance"));
                insert.setObject(12, f.get("Comments"));
                OffsetDateTime at = ((Instant) f.get("CreatedDate")).atOffset(ZoneOffset.UTC);
                insert.setObject(13, at);
                insert.setObject(14, at);
                insert.setString(15, custom.isEmpty() ? null : json(custom));
                insert.executeUpdate();
                rows.add(new Row(id, entity, f, custom));
                OBJECTS.incrementAndGet();
            }
        }
        return rows;
    }

    private static String json(Map<String, Object> custom) {
        List<String> parts = new ArrayList<>();
        custom.forEach(
                (k, v) ->
                        parts.add(
                                "\""
                                        + k
                                        + "\":"
                                        + (v instanceof String s
                                                ? "\"" + s + "\""
                                                : v.toString())));
        return "{" + String.join(",", parts) + "}";
    }

    /** An {@code or} of {@code and}s: 0 to 3 groups of 1 to 3 terms. */
    private static List<List<Term>> where(Random random) {
        List<List<Term>> or = new ArrayList<>();
        int groups = random.nextInt(4);
        for (int g = 0; g < groups; g++) {
            List<Term> and = new ArrayList<>();
            int terms = 1 + random.nextInt(3);
            for (int t = 0; t < terms; t++) {
                and.add(term(random));
            }
            or.add(and);
        }
        return or;
    }

    private static String render(List<List<Term>> where) {
        if (where.isEmpty()) {
            return "";
        }
        List<String> groups = new ArrayList<>();
        for (List<Term> and : where) {
            groups.add(
                    String.join(
                            " and ",
                            and.stream()
                                    .map(t -> t.field() + " " + t.op() + " " + t.literal())
                                    .toList()));
        }
        return " where " + String.join(" or ", groups);
    }

    private static final List<String> ORDERED = List.of("=", "!=", "<", "<=", ">", ">=");

    private static Term term(Random random) {
        String op = pick(random, ORDERED);
        if (random.nextInt(8) == 0) {
            String field =
                    pick(
                            random,
                            List.of(
                                    "TargetDate",
                                    "PaymentTerm",
                                    "Comments",
                                    "Region__c",
                                    "Flag__c"));
            return new Term(field, random.nextBoolean() ? "=" : "!=", "null", null);
        }
        return switch (random.nextInt(9)) {
            case 0, 1 -> {
                String v = pick(random, AMOUNTS);
                yield new Term(
                        pick(random, List.of("Amount", "Balance", "amount")),
                        op,
                        v,
                        new BigDecimal(v));
            }
            case 2 -> {
                String v = pick(random, STATUSES);
                yield new Term("Status", random.nextBoolean() ? "=" : "!=", "'" + v + "'", v);
            }
            case 3 -> {
                String v = pick(random, TEXTS);
                String field = pick(random, List.of("Comments", "PaymentTerm"));
                if (random.nextInt(3) == 0) {
                    String pattern =
                            pick(
                                    random,
                                    List.of("a%", "%c", "_b%", "A_", "%", "b\\\\_c", "it\\'s"));
                    yield new Term(field, "like", "'" + pattern + "'", unescape(pattern));
                }
                yield new Term(
                        field, op, "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'", v);
            }
            case 4 -> {
                String v = pick(random, DATES);
                yield new Term(
                        pick(random, List.of("InvoiceDate", "TargetDate")),
                        op,
                        "'" + v + "'",
                        LocalDate.parse(v));
            }
            case 5 -> {
                Instant v = pick(random, CREATED).plusMillis(random.nextInt(3) - 1);
                String text =
                        random.nextBoolean() ? v.toString().replace("Z", "+00:00") : "'" + v + "'";
                yield new Term("CreatedDate", op, text, v);
            }
            case 6 -> {
                String v = pick(random, REGIONS);
                if (random.nextBoolean()) {
                    yield new Term(
                            "Region__c", "like", "'" + v.charAt(0) + "%'", v.charAt(0) + "%");
                }
                yield new Term("region__c", op, "'" + v + "'", v);
            }
            case 7 -> {
                String v = pick(random, AMOUNTS);
                yield new Term("Priority__c", op, v, new BigDecimal(v));
            }
            default -> {
                boolean v = random.nextBoolean();
                yield new Term("Flag__c", random.nextBoolean() ? "=" : "!=", String.valueOf(v), v);
            }
        };
    }

    private static String unescape(String pattern) {
        return pattern.replace("\\\\", "\u0000").replace("\\'", "'").replace("\u0000", "\\");
    }

    /** The oracle: ten lines of plain comparison. */
    private static boolean holds(Term t, Row row) {
        Object actual =
                t.field().endsWith("__c")
                        ? row.custom().entrySet().stream()
                                .filter(e -> e.getKey().equalsIgnoreCase(t.field()))
                                .map(Map.Entry::getValue)
                                .findFirst()
                                .orElse(null)
                        : row.fields()
                                .get(
                                        Character.toUpperCase(t.field().charAt(0))
                                                + t.field().substring(1));
        if (t.literal().equals("null")) {
            return t.op().equals("=") == (actual == null);
        }
        if (t.op().equals("like")) {
            return actual instanceof String s && like((String) t.value(), s);
        }
        Integer order = compare(actual, t.value());
        if (order == null) {
            return t.op().equals("!=");
        }
        return switch (t.op()) {
            case "=" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Integer compare(Object actual, Object literal) {
        if (actual == null || actual.getClass() != literal.getClass()) {
            return null;
        }
        return Integer.signum(((Comparable) actual).compareTo(literal));
    }

    private static boolean like(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
