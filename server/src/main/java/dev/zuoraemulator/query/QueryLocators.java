package dev.zuoraemulator.query;

import dev.zuoraemulator.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Query locators (decision Q4), stored in the database so that any instance continues a walk, and a
 * restart does not end it: {@code <32 hex>-<offset>}, the offset being how many rows the walk has
 * passed. A locator expires 15 minutes (emulator clock) after it was last used; expired ones are
 * purged when a new walk starts. Reset and snapshots cover both tables.
 */
@ApplicationScoped
public class QueryLocators {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final Pattern LOCATOR = Pattern.compile("([0-9a-f]{32})-(\\d{1,18})");
    private static final int BATCH = 1000;

    /** A walk resumed from a locator. */
    record Walk(String id, long offset, long size, String statement) {}

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String locator(String id, long offset) {
        return id + "-" + offset;
    }

    /** Starts a walk: its IDs follow with {@link Writer#add}, in order. */
    Writer start(Connection c, String entityId, String statement, Instant now) throws SQLException {
        return new Writer(c, open(c, entityId, statement, now));
    }

    private static String open(Connection c, String entityId, String statement, Instant now)
            throws SQLException {
        try (PreparedStatement purge =
                c.prepareStatement("DELETE FROM query_locator WHERE expires_at < ?")) {
            purge.setObject(1, at(now));
            purge.executeUpdate();
        }
        String id = Ids.newId();
        try (PreparedStatement insert =
                c.prepareStatement(
                        "INSERT INTO query_locator (id, entity_id, statement, size, expires_at)"
                                + " VALUES (?, ?, ?, 0, ?)")) {
            insert.setString(1, id);
            insert.setString(2, entityId);
            insert.setString(3, statement);
            insert.setObject(4, at(now.plus(LIFETIME)));
            insert.executeUpdate();
        }
        return id;
    }

    private static void setSize(Connection c, String id, long size) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE query_locator SET size = ? WHERE id = ?")) {
            update.setLong(1, size);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    /** The walk a locator continues, or the fault of one unknown, expired or of another entity. */
    Walk resume(Connection c, String entityId, String locator, Instant now) throws SQLException {
        Matcher m = LOCATOR.matcher(locator);
        if (!m.matches()) {
            throw QueryFault.invalidValue(QueryFault.EXPIRED_LOCATOR);
        }
        String id = m.group(1);
        long offset = Long.parseLong(m.group(2));
        Walk walk;
        try (PreparedStatement select =
                c.prepareStatement(
                        "SELECT statement, size FROM query_locator"
                                + " WHERE id = ? AND entity_id = ? AND expires_at >= ?")) {
            select.setString(1, id);
            select.setString(2, entityId);
            select.setObject(3, at(now));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || offset > row.getLong(2)) {
                    throw QueryFault.invalidValue(QueryFault.EXPIRED_LOCATOR);
                }
                walk = new Walk(id, offset, row.getLong(2), row.getString(1));
            }
        }
        try (PreparedStatement touch =
                c.prepareStatement("UPDATE query_locator SET expires_at = ? WHERE id = ?")) {
            touch.setObject(1, at(now.plus(LIFETIME)));
            touch.setString(2, id);
            touch.executeUpdate();
        }
        return walk;
    }

    /** Writes a walk's IDs in batches, numbered from 1. */
    static final class Writer {

        private final String id;
        private final PreparedStatement insert;
        private final Connection connection;
        private long ordinal;
        private int pending;

        Writer(Connection connection, String id) throws SQLException {
            this.connection = connection;
            this.id = id;
            this.insert =
                    connection.prepareStatement(
                            "INSERT INTO query_locator_row (locator_id, ordinal, row_id)"
                                    + " VALUES (?, ?, ?)");
        }

        void addAll(List<String> ids) throws SQLException {
            for (String rowId : ids) {
                add(rowId);
            }
        }

        void add(String rowId) throws SQLException {
            insert.setString(1, id);
            insert.setLong(2, ++ordinal);
            insert.setString(3, rowId);
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }

        void finish(long size) throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
            insert.close();
            setSize(connection, id, size);
        }

        String locator(long offset) {
            return QueryLocators.locator(id, offset);
        }
    }
}
