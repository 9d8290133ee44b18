package dev.zuoraemulator.control;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.zuoraemulator.error.InvalidValueException;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of every table of stored state, written to and read from a snapshot's JSON: each table's
 * columns, then its rows as arrays of values (decimals, dates and timestamps as exact strings).
 * Plain JDBC, so that H2 and PostgreSQL read and write the same file.
 */
final class SnapshotTables {

    /** Parents before their children: the order of inserting; deleting goes the other way. */
    static final List<String> TABLES =
            List.of(
                    "number_sequence",
                    "account",
                    "invoice",
                    "invoice_item",
                    "invoice_split",
                    "invoice_split_item",
                    "operation_job",
                    "split_request",
                    "split_request_part",
                    "invoice_schedule",
                    "invoice_schedule_item",
                    "bill_run",
                    "job",
                    "idempotency_key",
                    "query_locator",
                    "query_locator_row");

    private static final int BATCH = 500;

    private SnapshotTables() {}

    /** Writes {@code "tables": {...}} and answers how many rows (but the numbering) it wrote. */
    static long write(Connection connection, JsonGenerator json) throws SQLException, IOException {
        long objects = 0;
        json.writeObjectFieldStart("tables");
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    json.writeObjectFieldStart(table);
                    json.writeArrayFieldStart("columns");
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        json.writeString(meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT));
                    }
                    json.writeEndArray();
                    json.writeArrayFieldStart("rows");
                    while (rows.next()) {
                        json.writeStartArray();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            writeValue(json, rows, c, meta.getColumnType(c));
                        }
                        json.writeEndArray();
                        if (!table.equals("number_sequence")) {
                            objects++;
                        }
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
            }
        }
        json.writeEndObject();
        return objects;
    }

    /** Deletes every row of stored state, children first. */
    static void deleteAll(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int i = TABLES.size() - 1; i >= 0; i--) {
                statement.executeUpdate("DELETE FROM " + TABLES.get(i));
            }
        }
    }

    /** The sequences that number creations, and the columns they fill. */
    private static final List<List<String>> SEQUENCES =
            List.of(
                    List.of("creation_seq", "account", "invoice", "invoice_split"),
                    List.of("invoice_split_item_seq", "invoice_split_item"));

    /**
     * After a restore, each creation sequence goes on after the restored rows, so that objects
     * created next come after them in query order (decision Q3).
     */
    static void continueSequences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (List<String> sequence : SEQUENCES) {
                long max = 0;
                for (String table : sequence.subList(1, sequence.size())) {
                    try (ResultSet row =
                            statement.executeQuery(
                                    "SELECT COALESCE(MAX(created_seq), 0) FROM " + table)) {
                        row.next();
                        max = Math.max(max, row.getLong(1));
                    }
                }
                statement.execute(
                        "ALTER SEQUENCE " + sequence.get(0) + " RESTART WITH " + (max + 1));
            }
        }
    }

    /** Inserts the rows of {@code "tables"}, parents first; a file of another schema is refused. */
    static void insert(Connection connection, JsonNode tables) throws SQLException {
        for (String table : TABLES) {
            JsonNode saved = tables.get(table);
            if (saved == null) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            saved.get("columns").forEach(c -> columns.add(c.asText()));
            int[] types = columnTypes(connection, table, columns);
            String sql =
                    "INSERT INTO "
                            + table
                            + " ("
                            + String.join(", ", columns)
                            + ") VALUES ("
                            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
                            + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                int number = 0;
                for (JsonNode row : saved.get("rows")) {
                    number++;
                    for (int c = 0; c < columns.size(); c++) {
                        try {
                            insert.setObject(c + 1, readValue(row.get(c), types[c]));
                        } catch (RuntimeException e) {
                            throw new InvalidValueException(
                                    "snapshot: table "
                                            + table
                                            + ", row "
                                            + number
                                            + ", column "
                                            + columns.get(c)
                                            + ": not a value of its type");
                        }
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    private static int[] columnTypes(Connection connection, String table, List<String> columns)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet none =
                        statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            int[] types = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                types[c] = Integer.MIN_VALUE;
                for (int m = 1; m <= meta.getColumnCount(); m++) {
                    if (meta.getColumnName(m).equalsIgnoreCase(columns.get(c))) {
                        types[c] = meta.getColumnType(m);
                    }
                }
                if (types[c] == Integer.MIN_VALUE) {
                    throw new InvalidValueException(
                            "snapshot: table " + table + " has no column " + columns.get(c));
                }
            }
            return types;
        }
    }

    private static void writeValue(JsonGenerator json, ResultSet rows, int c, int type)
            throws SQLException, IOException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = rows.getLong(c);
                if (rows.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(c);
                if (rows.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal value = rows.getBigDecimal(c);
                json.writeString(value == null ? null : value.toPlainString());
            }
            case Types.DATE -> {
                LocalDate value = rows.getObject(c, LocalDate.class);
                json.writeString(value == null ? null : value.toString());
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime value = rows.getObject(c, OffsetDateTime.class);
                json.writeString(
                        value == null
                                ? null
                                : value.withOffsetSameInstant(ZoneOffset.UTC).toString());
            }
            default -> json.writeString(rows.getString(c));
        }
    }

    private static Object readValue(JsonNode value, int type) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (type) {
            case Types.BIGINT -> value.asLong();
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> value.asInt();
            case Types.BOOLEAN, Types.BIT -> value.asBoolean();
            case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(value.asText());
            case Types.DATE -> LocalDate.parse(value.asText());
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                    OffsetDateTime.parse(value.asText());
            default -> value.asText();
        };
    }
}
