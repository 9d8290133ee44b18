package dev.zuoraemulator.storage;

import dev.zuoraemulator.common.EmulatorConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.jboss.logging.Logger;

/**
 * The housekeeping H2 does not do for this emulator, on an embedded H2 file.
 *
 * <p>Forcing the file to the device every {@value #FORCE_MS} ms: H2 writes without ever forcing, so
 * what reaches the device was up to the operating system. The JDBC URL keeps old parts of the file
 * for {@code RETENTION_TIME=5000} ms (H2's default of 45 s assumes the device may hold writes that
 * long); forced every second, they are never needed longer, and the file under sustained writes
 * holds a few seconds of old versions instead of 45 s of them. A power loss loses at most the last
 * second of answered writes and leaves the file consistent; a crash of the process loses nothing
 * answered ({@link GroupCommit}).
 *
 * <p>Packing sparse chunks: every {@code emulator.storage-compact-interval} this rewrites the live
 * pages of chunks that are mostly empty ({@link MVStore#compact}), for at most {@value #BUDGET_MS}
 * ms; the emptied chunks are dropped after the retention time and their space is reused. (A soak
 * run of a million requests without it: a 12 GB file, 105,000 chunks, the heap after GC climbing 38
 * to 74 MiB.) H2's own background writer packs too, but only once chunks are far emptier.
 *
 * <p>Does nothing on another database or an in-memory H2.
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

    static final long FORCE_MS = 1000;

    /** A file less used than this (percent) has chunks moved towards its start, and shrinks. */
    static final int FILE_FILL_RATE = 50;

    /** Bytes of chunks moved per round (under H2's store lock, so bounded). */
    static final long MOVE_PER_ROUND = 16 * 1024 * 1024;

    private final EmbeddedStore embedded;
    private final long intervalMillis;
    private ScheduledExecutorService timer;

    H2Housekeeping(EmbeddedStore embedded, EmulatorConfig config) {
        this.embedded = embedded;
        this.intervalMillis = config.storageCompactInterval().toMillis();
    }

    void start(@Observes StartupEvent event) {
        MVStore store = embedded.get();
        if (store == null) {
            return; // not an embedded H2 file: nothing to do, now or later
        }
        timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "zuora-storage");
                            thread.setDaemon(true);
                            return thread;
                        });
        timer.scheduleWithFixedDelay(() -> force(store), FORCE_MS, FORCE_MS, TimeUnit.MILLISECONDS);
        if (intervalMillis > 0) {
            timer.scheduleWithFixedDelay(
                    () -> compact(store), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void force(MVStore store) {
        try {
            if (!store.isClosed()) {
                store.sync();
            }
        } catch (RuntimeException e) {
            LOG.warnf(
                    e,
                    "Could not force the H2 file to the device; trying again in %d ms",
                    FORCE_MS);
        }
    }

    private void compact(MVStore store) {
        try {
            int rounds = compact(store, BUDGET_MS);
            if (rounds > 0) {
                LOG.debugf("Rewrote sparse H2 chunks in %d rounds", rounds);
            }
            boolean moved = shrink(store);
            if (LOG.isDebugEnabled()) {
                LOG.debugf(
                        "H2 file: %d KiB, %d%% used, chunks %d%% full; rewrote %d rounds, moved: %s",
                        store.getFileStore().size() / 1024,
                        store.getFileStore().getFillRate(),
                        store.getFileStore().getChunksFillRate(),
                        rounds,
                        moved);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not compact the H2 store; trying again in %d ms", intervalMillis);
        }
    }

    /**
     * Moves chunks from the end of a file that is mostly free space into the free space nearer its
     * start, so that the file can be cut shorter: packing chunks frees space inside the file, and
     * H2 reuses it, but the file keeps the size it reached at its busiest. H2 writes and forces the
     * moved chunks before it points to them. Answers whether it moved any.
     */
    static boolean shrink(MVStore store) {
        if (!store.isClosed()
                && store.getFileStore() instanceof RandomAccessStore file
                && file.getFillRate() < FILE_FILL_RATE) {
            file.compactMoveChunks(101, MOVE_PER_ROUND, store);
            return true;
        }
        return false;
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
