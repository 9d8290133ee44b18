package dev.zuoraemulator.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * Group commit for the embedded H2 file: a transaction commits in memory (H2's {@code WRITE_DELAY}
 * is not 0), and whatever must not leave the emulator before it is in the file waits here for a
 * write of the store that began after its commit. One waiter writes the store for all who are
 * waiting (the leader); those who arrive while it writes wait for the next write, which one of them
 * then makes for all. Under load a single write holds the commits of many requests, instead of one
 * write per commit under H2's store lock.
 *
 * <p>What waits: every answer to a request that may have written (the answer filter), and every
 * delivery that tells the outside world of a change (callouts). A kill -9 then loses no answered
 * write: at worst, work committed and not yet answered, which the client sees as a request without
 * an answer. The file is forced to the device every second ({@link H2Housekeeping}), not at each
 * write: a power loss may lose the last second of answered writes.
 *
 * <p>On another database, or an H2 in memory, there is nothing to wait for.
 */
@ApplicationScoped
public class GroupCommit {

    private final EmbeddedStore embedded;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private volatile MVStore store;

    /** Tickets handed to waiters, in order of arrival. */
    private long arrived;

    /** Every waiter with a ticket up to this one has its commits in the file. */
    private long durable;

    private volatile boolean writing;
    private long writes;

    GroupCommit(EmbeddedStore embedded) {
        this.embedded = embedded;
    }

    void start(@Observes StartupEvent event) {
        store = embedded.get();
    }

    /** Whether commits wait here (an embedded H2 file). */
    public boolean active() {
        return store != null;
    }

    /**
     * Returns once everything committed before this call is in the file. Blocking: not for an
     * event-loop thread.
     */
    public void awaitDurable() {
        MVStore current = store;
        if (current == null) {
            return;
        }
        lock.lock();
        try {
            long ticket = ++arrived;
            while (durable < ticket) {
                if (writing) {
                    written.awaitUninterruptibly();
                    continue;
                }
                writing = true;
                long upTo = arrived;
                lock.unlock();
                boolean done = false;
                try {
                    current.commit();
                    done = true;
                } finally {
                    lock.lock();
                    writing = false;
                    if (done) {
                        durable = upTo;
                        writes++;
                    }
                    written.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Like {@link #awaitDurable}, for a request that wrote nothing of its own: waits only when the
     * store holds changes not yet in the file (a read must not show a change whose writer has not
     * been answered).
     */
    public void awaitDurableIfUnsaved() {
        MVStore current = store;
        if (current != null && (writing || current.hasUnsavedChanges())) {
            awaitDurable();
        }
    }

    /** How many waiters had their commits written, by how many writes of the store. */
    public record Counts(long waiters, long writes) {}

    public Counts counts() {
        lock.lock();
        try {
            return new Counts(durable, writes);
        } finally {
            lock.unlock();
        }
    }
}
