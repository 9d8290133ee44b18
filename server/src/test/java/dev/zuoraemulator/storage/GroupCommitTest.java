package dev.zuoraemulator.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * Group commit on an H2 file whose commits stay in memory: a waiter returns once its commit is in
 * the file, and waiters who arrive together share one write of the store.
 */
class GroupCommitTest {

    private static final int THREADS = 16;
    private static final int COMMITS = 50;

    @Test
    void aWaiterReturnsOnceItsCommitIsWrittenAndWaitersShareWrites() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "group-commit");
        JdbcDataSource dataSource = new JdbcDataSource();
        // H2's own background writer would write within a minute: long after this test
        dataSource.setURL("jdbc:h2:file:" + dir.toAbsolutePath() + "/db;WRITE_DELAY=60000");
        dataSource.setUser("sa");
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(100))");
            }
            GroupCommit groupCommit = new GroupCommit(new EmbeddedStore(dataSource));
            groupCommit.start(null);
            assertTrue(groupCommit.active());
            MVStore store = EmbeddedStore.storeOf(connection);
            groupCommit.awaitDurable();

            try (Statement insert = connection.createStatement()) {
                insert.execute("INSERT INTO t VALUES (-1, 'one')");
            }
            assertTrue(store.hasUnsavedChanges(), "the commit is only in memory");
            groupCommit.awaitDurableIfUnsaved();
            assertFalse(store.hasUnsavedChanges(), "the commit is in the file");

            GroupCommit.Counts before = groupCommit.counts();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(
                        threads.submit(
                                () -> {
                                    go.await();
                                    try (Connection own = dataSource.getConnection();
                                            PreparedStatement insert =
                                                    own.prepareStatement(
                                                            "INSERT INTO t VALUES (?, 'x')")) {
                                        for (int i = 0; i < COMMITS; i++) {
                                            insert.setInt(1, thread * COMMITS + i);
                                            insert.executeUpdate();
                                            groupCommit.awaitDurable();
                                        }
                                    }
                                    return null;
                                }));
            }
            go.countDown();
            for (Future<?> future : done) {
                future.get();
            }
            threads.shutdown();
            assertFalse(store.hasUnsavedChanges(), "every waiter's commit is in the file");
            GroupCommit.Counts after = groupCommit.counts();
            long waiters = after.waiters() - before.waiters();
            long writes = after.writes() - before.writes();
            assertEquals(THREADS * COMMITS, waiters);
            assertTrue(
                    writes < waiters,
                    writes + " writes of the store for " + waiters + " waiters: none shared");
        }
    }
}
