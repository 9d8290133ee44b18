package dev.zuoraemulator.http;

import dev.zuoraemulator.common.EmulatorConfig;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the RateLimit-* and Concurrency-Limit-* headers report (decision C11): API requests counted
 * per entity in fixed minute, hour and day windows, and requests in flight per entity and
 * concurrency class. Counting only: nothing is refused.
 */
@Singleton
public class Limits {

    /** Zuora's concurrency classes (facts D8); only account creation is high-volume here. */
    public enum ConcurrencyType {
        DEFAULT("Default"),
        HIGH_VOLUME("High-volume transactions");

        public final String header;

        ConcurrencyType(String header) {
            this.header = header;
        }
    }

    /** The window closest to exhaustion, as the headers describe it. */
    public record RateLimitState(String limit, int remaining, long resetSeconds) {}

    private static final int[] WINDOW_SECONDS = {60, 3600, 86400};

    /** Zuora's authentication limit per client IP address and minute (facts D8). */
    public static final int TOKENS_PER_MINUTE = 100;

    private final int[] quotas;
    private final int standardConcurrency;
    private final int highVolumeConcurrency;
    private final Map<String, Windows> windows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, long[]> tokenMinutes = new ConcurrentHashMap<>();

    Limits(EmulatorConfig config) {
        EmulatorConfig.RateLimit rate = config.rateLimit();
        this.quotas =
                new int[] {
                    rate.apiPerMinute().orElse(rate.profile().perMinute),
                    rate.apiPerHour().orElse(rate.profile().perHour),
                    rate.apiPerDay().orElse(rate.profile().perDay)
                };
        this.standardConcurrency = config.concurrencyLimit().standard();
        this.highVolumeConcurrency = config.concurrencyLimit().highVolume();
    }

    /** Counts one API request of the entity now and answers the state after it. */
    public RateLimitState count(String entityId, long nowMillis) {
        return windows.computeIfAbsent(entityId, e -> new Windows()).count(nowMillis);
    }

    /** Counts one token request from the address; answers how many are left this minute. */
    public int countTokenRequest(String address, long nowMillis) {
        long minute = nowMillis / 60_000;
        long[] state =
                tokenMinutes.compute(
                        address,
                        (a, s) -> {
                            long[] next = s == null || s[0] != minute ? new long[] {minute, 0} : s;
                            next[1]++;
                            return next;
                        });
        return (int) Math.max(0, TOKENS_PER_MINUTE - state[1]);
    }

    public void started(String entityId, ConcurrencyType type) {
        inFlight.computeIfAbsent(entityId + '/' + type, k -> new AtomicInteger()).incrementAndGet();
    }

    public void ended(String entityId, ConcurrencyType type) {
        AtomicInteger count = inFlight.get(entityId + '/' + type);
        if (count != null) {
            count.decrementAndGet();
        }
    }

    public int concurrencyLimit(ConcurrencyType type) {
        return type == ConcurrencyType.HIGH_VOLUME ? highVolumeConcurrency : standardConcurrency;
    }

    /** How many more requests of the class the entity may start now. */
    public int concurrencyRemaining(String entityId, ConcurrencyType type) {
        AtomicInteger count = inFlight.get(entityId + '/' + type);
        return Math.max(0, concurrencyLimit(type) - (count == null ? 0 : count.get()));
    }

    private final class Windows {
        private final long[] starts = new long[WINDOW_SECONDS.length];
        private final int[] counts = new int[WINDOW_SECONDS.length];

        synchronized RateLimitState count(long nowMillis) {
            int closest = 0;
            int closestRemaining = Integer.MAX_VALUE;
            for (int w = 0; w < WINDOW_SECONDS.length; w++) {
                long size = WINDOW_SECONDS[w] * 1000L;
                long start = nowMillis - Math.floorMod(nowMillis, size);
                if (starts[w] != start) {
                    starts[w] = start;
                    counts[w] = 0;
                }
                counts[w]++;
                int remaining = Math.max(0, quotas[w] - counts[w]);
                if (remaining < closestRemaining) {
                    closest = w;
                    closestRemaining = remaining;
                }
            }
            long end = starts[closest] + WINDOW_SECONDS[closest] * 1000L;
            StringBuilder limit = new StringBuilder().append(quotas[closest]);
            for (int w = 0; w < WINDOW_SECONDS.length; w++) {
                limit.append(", ").append(quotas[w]).append(";w=").append(WINDOW_SECONDS[w]);
            }
            return new RateLimitState(
                    limit.toString(), closestRemaining, (end - nowMillis + 999) / 1000);
        }
    }
}
