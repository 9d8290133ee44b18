package dev.zuoraemulator.journal;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.Operations;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The last {@code emulator.journal.size} requests, in memory, oldest dropped first: memory stays
 * bounded whatever the traffic (entries × two bodies of at most {@value #MAX_BODY} characters).
 */
@ApplicationScoped
public class RequestJournal {

    /** Bodies are cut here (characters; the journal is for reading, not for replaying). */
    public static final int MAX_BODY = 64 * 1024;

    private final JournalEntry[] ring;
    private final Operations operations;
    private long written;

    RequestJournal(EmulatorConfig config, Operations operations) {
        this.ring = new JournalEntry[Math.max(0, config.journalSize())];
        this.operations = operations;
    }

    public boolean enabled() {
        return ring.length > 0;
    }

    public int capacity() {
        return ring.length;
    }

    /** Tickets of the answers whose headers are out and whose entry is not kept yet. */
    private final java.util.TreeSet<Long> outstanding = new java.util.TreeSet<>();

    private long issued;

    /**
     * An answer's headers are going out: a reader that comes after waits for its entry.
     *
     * @return the ticket to give back to {@link #answered}
     */
    synchronized long answering() {
        outstanding.add(++issued);
        return issued;
    }

    /** The entry of an answer that went out is kept (or never will be). */
    synchronized void answered(long ticket) {
        outstanding.remove(ticket);
        notifyAll();
    }

    /** Numbers the entry and keeps it, dropping the oldest when full. */
    synchronized void add(EntryDraft draft) {
        if (ring.length == 0) {
            return;
        }
        written++;
        ring[(int) ((written - 1) % ring.length)] = draft.toEntry(written);
    }

    /** The entries that pass the filter, newest first, at most {@code limit}. */
    public List<Named> find(Filter filter, int limit) {
        List<Named> found = new ArrayList<>();
        for (JournalEntry entry : settled()) {
            if (found.size() >= limit) {
                break;
            }
            Named named = named(entry);
            if (filter.test(named)) {
                found.add(named);
            }
        }
        return found;
    }

    public long count(Filter filter) {
        return settled().stream().map(this::named).filter(filter).count();
    }

    /** An entry with its operation, looked up when the journal is read rather than per request. */
    public record Named(JournalEntry entry, String operationId) {}

    private Named named(JournalEntry entry) {
        return new Named(entry, operations.operationId(entry.method(), entry.path()).orElse(null));
    }

    public synchronized void clear() {
        java.util.Arrays.fill(ring, null);
    }

    /** Forgets the entries of one entity. */
    public synchronized void clear(String entityId) {
        for (int i = 0; i < ring.length; i++) {
            if (ring[i] != null && entityId.equals(ring[i].entityId())) {
                ring[i] = null;
            }
        }
    }

    /** How many entries are held. */
    public int size() {
        return snapshot().size();
    }

    /** Roughly the bytes held by the entries (for the state check and the bench). */
    public long weight() {
        return snapshot().stream().mapToLong(JournalEntry::weight).sum();
    }

    /**
     * The entries held, newest first, once every answer already sent is in them (waiting at most 2
     * s): a client that asks right after its answer arrived finds its request.
     */
    private synchronized List<JournalEntry> settled() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        long sentBefore = issued; // answers that start later are not waited for
        while (!outstanding.isEmpty() && outstanding.first() <= sentBefore) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                // an answer whose end never came (its connection lost): no reader waits for it
                // again
                outstanding.headSet(sentBefore, true).clear();
                break;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return snapshot();
    }

    /** The entries held, newest first, as they are now. */
    private synchronized List<JournalEntry> snapshot() {
        List<JournalEntry> entries = new ArrayList<>(ring.length);
        for (long n = written; n > 0 && n > written - ring.length; n--) {
            JournalEntry entry = ring[(int) ((n - 1) % ring.length)];
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * What the test controls and the console filter by; a null criterion takes every entry. {@code
     * before}: entries older than this sequence number (the console's next page).
     */
    public record Filter(
            String operationId,
            String method,
            Pattern path,
            Integer status,
            Instant since,
            String idempotencyKey,
            String trackId,
            String entityId,
            Long before)
            implements Predicate<Named> {

        public Filter(
                String operationId, String method, Pattern path, Integer status, Instant since) {
            this(operationId, method, path, status, since, null, null, null, null);
        }

        @Override
        public boolean test(Named named) {
            JournalEntry e = named.entry();
            return (operationId == null || operationId.equals(named.operationId()))
                    && (method == null || method.equalsIgnoreCase(e.method()))
                    && (path == null || path.matcher(e.path()).matches())
                    && (status == null || status == e.status())
                    && (since == null || !e.time().isBefore(since))
                    && (idempotencyKey == null || idempotencyKey.equals(e.idempotencyKey()))
                    && (trackId == null || trackId.equals(e.trackId()))
                    && (entityId == null || entityId.equals(e.entityId()))
                    && (before == null || e.sequence() < before);
        }
    }

    /** The entry of this sequence number, while the journal still holds it. */
    public Named entry(long sequence) {
        return settled().stream()
                .filter(e -> e.sequence() == sequence)
                .findFirst()
                .map(this::named)
                .orElse(null);
    }
}
