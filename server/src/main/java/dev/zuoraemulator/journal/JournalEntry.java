package dev.zuoraemulator.journal;

import java.time.Instant;

/**
 * One request as the journal keeps it: what was asked and what was answered, bodies cut at {@link
 * RequestJournal#MAX_BODY} characters, credentials redacted.
 */
public record JournalEntry(
        long sequence,
        Instant time,
        String method,
        String path,
        String query,
        String entityId,
        String trackId,
        String requestId,
        String idempotencyKey,
        String requestBody,
        int status,
        String responseBody,
        long durationMillis) {

    /** Roughly the bytes this entry holds on the heap: its strings (Latin-1) and the record. */
    long weight() {
        return 96
                + length(method)
                + length(path)
                + length(query)
                + length(entityId)
                + length(trackId)
                + length(requestId)
                + length(idempotencyKey)
                + length(requestBody)
                + length(responseBody);
    }

    private static long length(String s) {
        return s == null ? 0 : 40 + s.length();
    }
}
