package dev.zuoraemulator.storage;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * An H2 file written commit by commit ({@code WRITE_DELAY=0}, as the emulator writes it when
 * requests come one at a time) leaves its live data spread thin over many chunks; the housekeeping
 * packs it again, and the file stops growing under the same churn.
 */
class H2HousekeepingTest {

    private static void churn(Connection connection, int updates) throws Exception {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE t SET v = ? WHERE id = ?")) {
            for (int i = 0; i < updates; i++) {
                update.setString(1, "value " + i + " " + "x".repeat(100));
                update.setInt(2, i % 2000);
                update.executeUpdate(); // auto-commit: one chunk written per update
            }
        }
    }

    /** A new H2 file written commit by commit, holding a table {@code t} of 2,000 rows. */
    private static Connection fileWithTable(String name) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), name);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath() + "/db;WRITE_DELAY=0;RETENTION_TIME=0";
        Connection connection = DriverManager.getConnection(url, "sa", "");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(200))");
            ddl.execute("INSERT INTO t SELECT x, 'v' FROM SYSTEM_RANGE(0, 1999)");
        }
        return connection;
    }

    @Test
    void packsTheChunksThatCommitByCommitWritingLeavesSparse() throws Exception {
        try (Connection connection = fileWithTable("h2-housekeeping")) {
            MVStore store = EmbeddedStore.storeOf(connection);
            assertNotNull(store);
            churn(connection, 20_000);
            int sparse = store.getFileStore().getChunksFillRate();
            long sizeBefore = store.getFileStore().size();

            for (int i = 0; i < 20; i++) {
                H2Housekeeping.compact(store, 200);
                churn(connection, 1_000);
            }
            int packed = store.getFileStore().getChunksFillRate();
            assertTrue(
                    packed >= sparse + 5,
                    "chunks filled " + sparse + "% before, " + packed + "% after");

            // the same churn again, compacting as the emulator does: the file has shrunk and stays
            // so (without compaction it keeps growing: 1.2 MB to 1.5 MB over 40,000 updates)
            for (int i = 0; i < 20; i++) {
                churn(connection, 1_000);
                H2Housekeeping.compact(store, 200);
            }
            long sizeAfter = store.getFileStore().size();
            assertTrue(
                    sizeAfter < sizeBefore,
                    "the file grew from " + sizeBefore + " to " + sizeAfter + " bytes");
        }
    }

    @Test
    void givesBackTheSpaceABurstOfWritesLeftInsideTheFile() throws Exception {
        try (Connection connection = fileWithTable("h2-shrink")) {
            MVStore store = EmbeddedStore.storeOf(connection);
            churn(connection, 20_000); // the burst: the file grows to hold its chunks
            for (int i = 0; i < 20; i++) {
                H2Housekeeping.compact(store, 200); // packed: the space is free inside the file
                churn(connection, 10); // the emulator idles; a write now and then
            }
            long burst = store.getFileStore().size();
            for (int i = 0; i < 20 && H2Housekeeping.shrink(store); i++) {
                churn(connection, 10); // the emulator idles; a write now and then
            }
            long after = store.getFileStore().size();
            assertTrue(
                    after < burst / 2, "the file went from " + burst + " to " + after + " bytes");
        }
    }

    @Test
    void leavesAnInMemoryDatabaseAlone() throws Exception {
        try (Connection connection =
                DriverManager.getConnection("jdbc:h2:mem:housekeeping", "sa", "")) {
            assertNull(EmbeddedStore.storeOf(connection));
        }
    }
}
