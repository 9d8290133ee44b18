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

    QueryPage first(Connection c, String entityId, QueryPlan plan, int batch, Instant now)
            throws SQLException {
        Records records = new Records(plan);
        String sql =
                "SELECT "
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
        List<Object> parameters = new ArrayList<>(records.parameters());
        parameters.add(entityId);
        parameters.addAll(plan.filter().parameters());
        List<Map<String, Object>> page = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        QueryLocators.Writer writer = null;
        long matched = 0;
        try (PreparedStatement select = prepare(c, sql, parameters)) {
            select.setFetchSize(batch + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (!records.matches(rows)) {
                        continue;
                    }
                    matched++;
                    if (matched <= batch) {
                        page.add(records.read(rows));
                    } else if (writer == null) {
                        writer = locators.start(c, entityId, statementOf(plan), now);
                        writer.addAll(ids);
                        ids = null;
                    }
                    if (writer == null) {
                        ids.add(rows.getString(1));
                    } else {
                        writer.add(rows.getString(1));
                    }
                }
            }
        }
        if (writer == null) {
            return new QueryPage(page, matched, true, null);
        }
        writer.finish(matched);
        return new QueryPage(page, matched, false, writer.locator(batch));
    }

    QueryPage next(Connection c, QueryPlan plan, QueryLocators.Walk walk, int batch)
            throws SQLException {
        Records records = new Records(plan);
        String sql =
                "SELECT r.ordinal, "
                        + records.columns()
                        + " FROM query_locator_row r JOIN "
                        + plan.object().table()
                        + " t ON t.id = r.row_id "
                        + plan.object().joins()
                        + " WHERE r.locator_id = ? AND r.ordinal > ? ORDER BY r.ordinal"
                        + " FETCH FIRST ? ROWS ONLY";
        List<Map<String, Object>> page = new ArrayList<>();
        long last = walk.offset();
        boolean more = false;
        try (PreparedStatement select =
                prepare(c, sql, List.of(walk.id(), walk.offset(), batch + 1))) {
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
