package dev.zuoraemulator.http;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.ZuoraTime;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Zuora's limits (decision C11): API requests counted per entity in fixed minute, hour and day
 * windows, requests in flight per entity and concurrency class, and token requests per client
 * address and minute. Whether going over is refused is {@code emulator.rate-limit.enforce}; the
 * windows follow the emulator's clock.
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

    /**
     * The window closest to exhaustion, as the headers describe it; and, when the request went over
     * a quota, which window ({@code minute}, {@code hour} or {@code day}) and the seconds until it
     * resets (the latest, when several are over).
     */
    public record RateLimitState(
            String limit,
            int remaining,
            long resetSeconds,
            String exceededWindow,
            long retryAfterSeconds) {

        public boolean exceeded() {
            return exceededWindow != null;
        }
    }

    private static final int[] WINDOW_SECONDS = {60, 3600, 86400};
    private static final String[] WINDOW_NAMES = {"minute", "hour", "day"};

    /** Zuora's authentication limit per client IP address and minute (facts D8). */
    public static final int TOKENS_PER_MINUTE = 100;

    /** Zuora's answer to a request over the concurrency limit asks to wait this long (facts D8). */
    public static final int CONCURRENCY_RETRY_AFTER_SECONDS = 120;

    private final ZuoraTime time;
    private final boolean enforced;
    private final int[] quotas;
    private final int standardConcurrency;
    private final int highVolumeConcurrency;
    private final Map<String, Windows> windows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, long[]> tokenMinutes = new ConcurrentHashMap<>();

    Limits(EmulatorConfig config, ZuoraTime time) {
        this.time = time;
        EmulatorConfig.RateLimit rate = config.rateLimit();
        this.enforced = rate.enforce();
        this.quotas =
                new int[] {
                    rate.apiPerMinute().orElse(rate.profile().perMinute),
                    rate.apiPerHour().orElse(rate.profile().perHour),
                    rate.apiPerDay().orElse(rate.profile().perDay)
                };
        this.standardConcurrency = config.concurrencyLimit().standard();
        this.highVolumeConcurrency = config.concurrencyLimit().highVolume();
    }

    /** Forgets what every entity and address has used of its quotas (a reset of the emulator). */
    public void clearQuotas() {
        windows.clear();
        tokenMinutes.clear();
    }

    /** Forgets what one entity has used of its quotas. */
    public void clearQuotas(String entityId) {
        windows.remove(entityId);
    }

    /** Whether going over a limit is refused. */
    public boolean enforced() {
        return enforced;
    }

    /** Counts one API request of the entity now and answers the state after it. */
    public RateLimitState count(String entityId) {
        return windows.computeIfAbsent(entityId, e -> new Windows()).count(now());
    }

    /**
     * Counts one token request from the address; answers how many were made this minute, this one
     * included.
     */
    public int countTokenRequest(String address) {
        long minute = now() / 60_000;
        long[] state =
                tokenMinutes.compute(
                        address,
                        (a, s) -> {
                            long[] next = s == null || s[0] != minute ? new long[] {minute, 0} : s;
                            next[1]++;
                            return next;
                        });
        return (int) Math.min(Integer.MAX_VALUE, state[1]);
    }

    /** Seconds until the token minute of the address resets. */
    public long tokenResetSeconds() {
        return 60 - Math.floorMod(now() / 1000, 60);
    }

    /**
     * One request of the class starts for the entity; answers false, and counts nothing, when
     * limits are enforced and the entity already has as many in flight as its limit allows.
     */
    public boolean tryStart(String entityId, ConcurrencyType type) {
        AtomicInteger count =
                inFlight.computeIfAbsent(entityId + '/' + type, k -> new AtomicInteger());
        if (count.incrementAndGet() > concurrencyLimit(type) && enforced) {
            count.decrementAndGet();
            return false;
        }
        return true;
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

    private long now() {
        return time.now().toEpochMilli();
    }

    private final class Windows {
        private final long[] starts = new long[WINDOW_SECONDS.length];
        private final int[] counts = new int[WINDOW_SECONDS.length];

        /**
         * One request now: counted in every window, unless limits are enforced and it goes over a
         * quota (a refused request does not use up quota).
         */
        synchronized RateLimitState count(long nowMillis) {
            int closest = 0;
            int closestRemaining = Integer.MAX_VALUE;
            int over = -1;
            long retryAfter = 0;
            long[] resets = new long[WINDOW_SECONDS.length];
            for (int w = 0; w < WINDOW_SECONDS.length; w++) {
                long size = WINDOW_SECONDS[w] * 1000L;
                long start = nowMillis - Math.floorMod(nowMillis, size);
                if (starts[w] != start) {
                    starts[w] = start;
                    counts[w] = 0;
                }
                resets[w] = secondsUntil(start + size, nowMillis);
                long withThis = counts[w] + 1L;
                int remaining = (int) Math.max(0, quotas[w] - withThis);
                if (remaining < closestRemaining) {
                    closest = w;
                    closestRemaining = remaining;
                }
                if (withThis > quotas[w] && resets[w] >= retryAfter) {
                    over = w;
                    retryAfter = resets[w];
                }
            }
            if (over < 0 || !enforced) {
                for (int w = 0; w < WINDOW_SECONDS.length; w++) {
                    if (counts[w] < Integer.MAX_VALUE) {
                        counts[w]++;
                    }
                }
            }
            if (over >= 0) {
                // the headers then describe the window that refuses, as Retry-After does
                closest = over;
            }
            StringBuilder limit = new StringBuilder().append(quotas[closest]);
            for (int w = 0; w < WINDOW_SECONDS.length; w++) {
                limit.append(", ").append(quotas[w]).append(";w=").append(WINDOW_SECONDS[w]);
            }
            return new RateLimitState(
                    limit.toString(),
                    over >= 0 ? 0 : closestRemaining,
                    resets[closest],
                    over >= 0 ? WINDOW_NAMES[over] : null,
                    retryAfter);
        }

        private static long secondsUntil(long endMillis, long nowMillis) {
            return (endMillis - nowMillis + 999) / 1000;
        }
    }
}
