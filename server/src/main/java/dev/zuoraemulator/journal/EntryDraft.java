package dev.zuoraemulator.journal;

import java.time.Instant;

/** A journal entry being filled in while its request runs. */
final class EntryDraft {

    final Instant time;
    final long startNanos;
    final String method;
    final String path;
    final String query;
    final String trackId;
    final String idempotencyKey;
    String entityId;
    String requestId;

    /** Filled while the body streams, read once the answer has gone. */
    volatile JournalBodies.Copy requestCopy;

    volatile JournalBodies.Copy responseCopy;
    String requestBody;
    String responseBody;
    int status;
    long durationMillis;

    EntryDraft(
            Instant time,
            String method,
            String path,
            String query,
            String trackId,
            String idempotencyKey) {
        this.time = time;
        this.startNanos = System.nanoTime();
        this.method = method;
        this.path = path;
        this.query = query;
        this.trackId = trackId;
        this.idempotencyKey = idempotencyKey;
    }

    JournalEntry toEntry(long sequence) {
        return new JournalEntry(
                sequence,
                time,
                method,
                path,
                query,
                entityId,
                trackId,
                requestId,
                idempotencyKey,
                requestBody,
                status,
                responseBody,
                durationMillis);
    }
}
