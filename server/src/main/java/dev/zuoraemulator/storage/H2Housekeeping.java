package dev.zuoraemulator.storage;

import dev.zuoraemulator.common.EmulatorConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * The housekeeping H2 does not do for this emulator. With {@code WRITE_DELAY=0} (every commit is in
 * the file before its answer leaves) H2 runs no background writer, and the background writer is
 * what rewrites sparse chunks: under sustained writes the file grew without end and the metadata of
 * every chunk stayed on the heap (a soak run of a million requests: a 12 GB file, 105,000 chunks,
 * the heap after GC climbing 38 to 74 MiB). Every {@code emulator.storage-compact-interval} this
 * rewrites the live pages of chunks that are mostly empty ({@link MVStore#compact}), for at most
 * {@value #BUDGET_MS} ms; the emptied chunks are then dropped after H2's retention time and their
 * space is reused. Durability is unchanged. Does nothing on another database or an in-memory H2.
 */
@ApplicationScoped
public class H2Housekeeping {

    private static final Logger LOG = Logger.getLogger(H2Housekeeping.class);

    /** Chunks less full than this (percent) are rewritten. */
    static final int TARGET_FILL_RATE = 80;

    /** Bytes rewritten per round; a round holds H2's store lock, so it stays short. */
    static final int WRITE_PER_ROUND = 4 * 1024 * 1024;

    static final long BUDGET_MS = 500;

    static final int IDLE_ROUNDS = 5;

    private final DataSource dataSource;
    private final long intervalMillis;
    private ScheduledExecutorService timer;

    H2Housekeeping(DataSource dataSource, EmulatorConfig config) {
        this.dataSource = dataSource;
        this.intervalMillis = config.storageCompactInterval().toMillis();
    }

    void start(@Observes StartupEvent event) {
        if (intervalMillis <= 0) {
            return;
        }
        timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "zuora-storage-compact");
                            thread.setDaemon(true);
                            return thread;
                        });
        timer.scheduleWithFixedDelay(
                this::compact, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void compact() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = storeOf(connection);
            if (store == null) {
                timer.shutdown(); // not an embedded H2 file: nothing to do, now or later
                return;
            }
            int rounds = compact(store, BUDGET_MS);
            if (rounds > 0) {
                LOG.debugf("Rewrote sparse H2 chunks in %d rounds", rounds);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf(e, "Could not compact the H2 store; trying again in %d ms", intervalMillis);
        }
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

    /**
     * Rewrites sparse chunks until they are filled to the target, the budget is spent or {@value
     * #IDLE_ROUNDS} rounds in a row rewrote nothing; answers how many rounds rewrote some. H2 waits
     * at most 10 ms for its store lock and gives up while commits hold it, so a round that rewrote
     * nothing is tried again.
     */
    static int compact(MVStore store, long budgetMillis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        int rounds = 0;
        int idle = 0;
        while (System.nanoTime() < end
                && idle < IDLE_ROUNDS
                && !store.isClosed()
                && store.getFileStore().getChunksFillRate() < TARGET_FILL_RATE) {
            if (store.compact(TARGET_FILL_RATE, WRITE_PER_ROUND)) {
                rounds++;
                idle = 0;
            } else {
                idle++;
            }
        }
        return rounds;
    }
}
