package dev.zuoraemulator.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Where the emulator keeps its data ({@link #mode()}), and the MVStore of the embedded H2 file it
 * runs on, looked up once for {@link GroupCommit} and {@link H2Housekeeping}; none on another
 * database or an H2 in memory.
 */
@ApplicationScoped
public class EmbeddedStore {

    private static final Logger LOG = Logger.getLogger(EmbeddedStore.class);

    /** Where the data is kept, as the readiness check and the start log name it. */
    public enum Mode {
        /** Embedded H2 in a file: survives restarts and kill -9. */
        FILE,
        /** Embedded H2 in memory: every start begins empty (or from a snapshot import). */
        MEMORY,
        /** A database server (PostgreSQL), possibly shared by several instances. */
        SERVER;

        /** The name readiness reports: file, memory or server. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MVStore store;
    private final Mode mode;
    private final String location;

    EmbeddedStore(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            this.store = storeOf(connection);
            String url = connection.getMetaData().getURL();
            this.mode =
                    store != null
                            ? Mode.FILE
                            : url.startsWith("jdbc:h2:mem:") ? Mode.MEMORY : Mode.SERVER;
            this.location =
                    switch (mode) {
                        case FILE -> store.getFileStore().getFileName();
                        case MEMORY -> url.split(";", 2)[0];
                        // not the URL: it may hold a password
                        case SERVER -> connection.getMetaData().getDatabaseProductName();
                    };
        } catch (SQLException e) {
            throw new IllegalStateException("could not open the database", e);
        }
        if (mode == Mode.MEMORY) {
            LOG.info("Storage: H2 in memory; nothing is kept on disk and a restart starts empty");
        } else {
            LOG.infof("Storage: %s (%s)", mode.label(), location);
        }
    }

    /** Where the data is kept. */
    public Mode mode() {
        return mode;
    }

    /** The H2 file's path, the in-memory database's URL, or the database server's product. */
    public String location() {
        return location;
    }

    /** The store, or null when the database is not an embedded H2 file. */
    MVStore get() {
        return store;
    }

    /** The MVStore of an embedded H2 file database, or null for anything else. */
    static MVStore storeOf(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession()
                        instanceof SessionLocal session)) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null || store.getFileStore().isReadOnly() ? null : store;
    }
}
