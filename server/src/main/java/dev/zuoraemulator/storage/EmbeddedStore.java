package dev.zuoraemulator.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * The MVStore of the embedded H2 file the emulator runs on, looked up once for {@link GroupCommit}
 * and {@link H2Housekeeping}; none on another database or an H2 in memory.
 */
@ApplicationScoped
public class EmbeddedStore {

    private final MVStore store;

    EmbeddedStore(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            this.store = storeOf(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not open the database", e);
        }
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
