package dev.zuoraemulator.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A connection of the test's own to the PostgreSQL database of the packaged PostgreSQL build (the
 * {@code emulator.postgresql.*} settings, from the environment the servers inherit), for what only
 * the database can tell.
 */
final class Database {

    private Database() {}

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://"
                        + setting("host", "127.0.0.1")
                        + ":"
                        + setting("port", "5432")
                        + "/"
                        + setting("database", "test"),
                setting("username", "postgres"),
                setting("password", ""));
    }

    /**
     * The {@code ApplicationName} of the connection whose open transaction holds the job's row lock
     * (a locked row's {@code xmax} is the locking transaction's ID), or null when no open
     * transaction holds it.
     */
    static String lockHolder(Connection database, String jobId) throws SQLException {
        try (PreparedStatement query =
                database.prepareStatement(
                        "SELECT a.application_name FROM job j"
                                + " JOIN pg_stat_activity a ON a.backend_xid = j.xmax"
                                + " WHERE j.id = ?")) {
            query.setString(1, jobId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty("emulator.postgresql." + name);
        if (value == null) {
            value = System.getenv("EMULATOR_POSTGRESQL_" + name.toUpperCase(java.util.Locale.ROOT));
        }
        return value == null ? fallback : value;
    }
}
