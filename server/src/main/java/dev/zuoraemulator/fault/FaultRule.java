package dev.zuoraemulator.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One fault rule of the test controls: which requests it matches, what it does to them, and how
 * often it has. Immutable but for its hit count.
 */
public final class FaultRule {

    public enum When {
        BEFORE,
        AFTER
    }

    public enum Network {
        CONNECTION_RESET,
        EMPTY_RESPONSE
    }

    /** What requests the rule takes; null criteria take any. */
    public record Match(String operationId, String method, Pattern path, String entityId) {
        boolean test(String method, String path, String operationId, String entityId) {
            return (this.operationId == null || this.operationId.equals(operationId))
                    && (this.method == null || this.method.equalsIgnoreCase(method))
                    && (this.path == null || this.path.matcher(path).matches())
                    && (this.entityId == null || this.entityId.equals(entityId));
        }
    }

    /** What the rule does: a delay, then a status (and body, headers) or a network fault. */
    public record Effect(
            Integer status,
            Map<String, Object> body,
            Map<String, String> headers,
            Duration delay,
            Duration delayMax,
            Network network) {

        /** The delay of one request: fixed, or drawn between {@code delay} and {@code delayMax}. */
        public Duration drawDelay() {
            if (delay == null) {
                return Duration.ZERO;
            }
            if (delayMax == null || delayMax.compareTo(delay) <= 0) {
                return delay;
            }
            long spread = delayMax.toMillis() - delay.toMillis();
            return delay.plusMillis(ThreadLocalRandom.current().nextLong(spread + 1));
        }

        /** Only a delay: the operation runs (late), or its answer goes (late). */
        public boolean delayOnly() {
            return status == null && network == null;
        }
    }

    private final String id;
    private final Match match;
    private final Effect effect;
    private final When when;
    private final double probability;
    private final Integer times;
    private final Instant createdAt;
    private final AtomicInteger hits = new AtomicInteger();

    public FaultRule(
            String id,
            Match match,
            Effect effect,
            When when,
            double probability,
            Integer times,
            Instant createdAt) {
        this.id = id;
        this.match = match;
        this.effect = effect;
        this.when = when;
        this.probability = probability;
        this.times = times;
        this.createdAt = createdAt;
    }

    /**
     * Whether this request is faulted: it matches, the draw falls within the probability, and the
     * rule has hits left (taken atomically, so that {@code times} is never exceeded).
     */
    boolean take(String method, String path, String operationId, String entityId) {
        if (!match.test(method, path, operationId, entityId)) {
            return false;
        }
        if (probability < 1 && ThreadLocalRandom.current().nextDouble() >= probability) {
            return false;
        }
        if (times == null) {
            hits.incrementAndGet();
            return true;
        }
        int before = hits.getAndUpdate(h -> h < times ? h + 1 : h);
        return before < times;
    }

    public boolean active() {
        return times == null || hits.get() < times;
    }

    public String id() {
        return id;
    }

    public Match match() {
        return match;
    }

    public Effect effect() {
        return effect;
    }

    public When when() {
        return when;
    }

    public double probability() {
        return probability;
    }

    public Integer times() {
        return times;
    }

    public int hits() {
        return hits.get();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
