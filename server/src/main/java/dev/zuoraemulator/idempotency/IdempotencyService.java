package dev.zuoraemulator.idempotency;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.ZuoraTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The store of Idempotency-Key records (decision C3). */
@ApplicationScoped
public class IdempotencyService {

    /** What a request finds under its key. */
    public sealed interface Claim {
        /** The key is new: this request runs, and its response will be stored. */
        record Claimed() implements Claim {}

        /** The first request with this key is still running. */
        record InFlight() implements Claim {}

        /** The key was used for another method, URL or body. */
        record Mismatch() implements Claim {}

        /** The first request completed: this is its response. */
        record Completed(int status, String body) implements Claim {}
    }

    private final ZuoraTime time;
    private final EmulatorConfig config;

    IdempotencyService(ZuoraTime time, EmulatorConfig config) {
        this.time = time;
        this.config = config;
    }

    /**
     * Records the key as in flight, committed at once so that concurrent duplicates see it; throws
     * a persistence exception when a concurrent request inserted it first ({@link #lookUp} then
     * tells what it found).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String entityId, String key, String fingerprint) {
        Claim existing = lookUpInTransaction(entityId, key, fingerprint);
        if (existing != null) {
            return existing;
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.entityId = entityId;
        record.key = key;
        record.fingerprint = fingerprint;
        record.state = IdempotencyRecord.State.IN_FLIGHT;
        record.createdAt = time.now();
        record.persistAndFlush();
        return new Claim.Claimed();
    }

    /** What a request finds under a key another request just inserted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim lookUp(String entityId, String key, String fingerprint) {
        Claim existing = lookUpInTransaction(entityId, key, fingerprint);
        return existing != null ? existing : new Claim.InFlight();
    }

    private Claim lookUpInTransaction(String entityId, String key, String fingerprint) {
        IdempotencyRecord record =
                IdempotencyRecord.findById(new IdempotencyRecord.Key(entityId, key));
        if (record == null) {
            return null;
        }
        Instant now = time.now();
        boolean expired = record.createdAt.plus(config.idempotency().retention()).isBefore(now);
        boolean abandoned =
                record.state == IdempotencyRecord.State.IN_FLIGHT
                        && record.createdAt
                                .plus(config.idempotency().abandonedAfter())
                                .isBefore(now);
        if (expired || abandoned) {
            record.delete();
            record.flush();
            return null;
        }
        if (!record.fingerprint.equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        if (record.state == IdempotencyRecord.State.IN_FLIGHT) {
            return new Claim.InFlight();
        }
        return new Claim.Completed(record.status, record.responseBody);
    }

    /**
     * Stores the response in the transaction of the work that produced it: both commit, or neither.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String entityId, String key, int status, String body) {
        store(entityId, key, status, body);
    }

    /** Stores the response of a request whose work was rolled back (an error answer). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completeFailed(String entityId, String key, int status, String body) {
        store(entityId, key, status, body);
    }

    /** Forgets a key whose request failed unexpectedly, so that a retry runs again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String entityId, String key) {
        IdempotencyRecord.delete(
                "entityId = ?1 and key = ?2 and state = ?3",
                entityId,
                key,
                IdempotencyRecord.State.IN_FLIGHT);
    }

    /** How many records are kept, expired ones not yet purged included. */
    @Transactional
    public long count() {
        return IdempotencyRecord.count();
    }

    /** Deletes expired records; they are also ignored when found. */
    @Transactional
    public long purgeExpired() {
        return IdempotencyRecord.delete(
                "createdAt < ?1", time.now().minus(config.idempotency().retention()));
    }

    private void store(String entityId, String key, int status, String body) {
        IdempotencyRecord record =
                IdempotencyRecord.findById(new IdempotencyRecord.Key(entityId, key));
        if (record != null) {
            record.state = IdempotencyRecord.State.COMPLETED;
            record.status = status;
            record.responseBody = body;
            record.completedAt = time.now();
        }
    }
}
