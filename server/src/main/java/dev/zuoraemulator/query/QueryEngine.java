package dev.zuoraemulator.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link QueryPlan} over a connection, in its transaction: the first page, keeping the walk
 * under a locator when more rows match than the batch holds, and the pages after it. Plain JDBC,
 * the same on H2 and PostgreSQL.
 */
final class QueryEngine {

    private final QueryLocators locators;

    QueryEngine(QueryLocators locators) {
        this.locators = locators;
    }

    /**
     * The first page, from one select streamed in creation order: the page's rows are read; when
     * more match than it holds, every matching ID is written, in order, under a new locator (the
     * same statement, so the page and the walk agree whatever commits meanwhile).
     */
    QueryPage first(Connection c, String entityId, QueryPlan plan, int batch, Instant now)
            throws SQLException {
        Records records = new Records(plan);
        String sql = firstSql(plan, records);
        List<Object> parameters = new ArrayList<>(records.parameters());
        parameters.add(entityId);
        parameters.addAll(plan.filter().parameters());
        List<Map<String, Object>> page = new ArrayList<>();
        List<String> firstPage = new ArrayList<>();
        QueryLocators.Writer writer = null;
        long matched = 0;
        try (PreparedStatement statement = prepare(c, sql, parameters)) {
            statement.setFetchSize(batch + 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!records.matches(rows)) {
                        continue;
                    }
                    matched++;
                    String id = rows.getString(1);
                    if (matched <= batch) {
                        page.add(records.read(rows));
                        firstPage.add(id);
                        continue;
                    }
                    if (writer == null) {
                        writer = locators.start(c, entityId, statementOf(plan), now);
                        writer.addAll(firstPage);
                    }
                    writer.add(id);
                }
            }
        }
        if (writer == null) {
            return new QueryPage(page, matched, true, null);
        }
        writer.finish(matched);
        return new QueryPage(page, matched, false, writer.locator(batch));
    }

    /** The select of a first page: the plan's columns of the entity's matching rows, in order. */
    static String firstSql(QueryPlan plan, Records records) {
        return "SELECT "
                + records.columns()
                + " FROM "
                + plan.object().table()
                + " t "
                + plan.object().joins()
                + " WHERE "
                + plan.object().entityColumn()
                + " = ? AND ("
                + plan.filter().text()
                + ") ORDER BY "
                + plan.object().order();
    }

    QueryPage next(Connection c, QueryPlan plan, QueryLocators.Walk walk, int batch)
            throws SQLException {
        Records records = new Records(plan);
        // a window of ordinals at a time: the database sorts at most a page of rows, however long
        // the walk (a bare "ordinal > ?" made H2 sort every row left); rows deleted since the
        // first call leave gaps, filled from the next window
        String sql =
                "SELECT r.ordinal, "
                        + records.columns()
                        + " FROM query_locator_row r JOIN "
                        + plan.object().table()
                        + " t ON t.id = r.row_id "
                        + plan.object().joins()
                        + " WHERE r.locator_id = ? AND r.ordinal > ? AND r.ordinal <= ?"
                        + " ORDER BY r.ordinal";
        List<Map<String, Object>> page = new ArrayList<>();
        long last = walk.offset();
        long windowEnd = walk.offset();
        boolean more = false;
        try (PreparedStatement select = c.prepareStatement(sql)) {
            while (!more && windowEnd < walk.size()) {
                long windowStart = windowEnd;
                windowEnd = Math.min(walk.size(), windowStart + batch + 1 - page.size());
                select.setString(1, walk.id());
                select.setLong(2, windowStart);
                select.setLong(3, windowEnd);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (page.size() == batch) {
                            more = true;
                            break;
                        }
                        last = rows.getLong(1);
                        page.add(records.read(rows, 1));
                    }
                }
            }
        }
        return new QueryPage(
                page, walk.size(), !more, more ? QueryLocators.locator(walk.id(), last) : null);
    }

    /** The select list of the walk, kept with its locator: the filter has done its work. */
    private static String statementOf(QueryPlan plan) {
        return "select "
                + String.join(", ", plan.selectedNames())
                + " from "
                + plan.object().name();
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
