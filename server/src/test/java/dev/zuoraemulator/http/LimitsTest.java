package dev.zuoraemulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.ZuoraTime;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimitsTest {

    /** Noon of a day, UTC: a minute, an hour and a day window all begin before it. */
    private static final long NOON =
            1_700_000_000_000L - Math.floorMod(1_700_000_000_000L, 86_400_000L) + 43_200_000L;

    private final ZuoraTime time = new ZuoraTime();

    /** A configuration of the production profile, with the quotas per minute and hour given. */
    private Limits limits(Optional<Integer> perMinute, Optional<Integer> perHour, boolean enforce) {
        EmulatorConfig.RateLimit rate =
                proxy(
                        EmulatorConfig.RateLimit.class,
                        name ->
                                switch (name) {
                                    case "profile" -> EmulatorConfig.RateLimitProfile.PRODUCTION;
                                    case "apiPerMinute" -> perMinute;
                                    case "apiPerHour" -> perHour;
                                    case "enforce" -> enforce;
                                    default -> Optional.empty();
                                });
        EmulatorConfig.ConcurrencyLimit concurrency =
                proxy(
                        EmulatorConfig.ConcurrencyLimit.class,
                        name -> name.equals("standard") ? 40 : 200);
        EmulatorConfig config =
                proxy(EmulatorConfig.class, name -> name.equals("rateLimit") ? rate : concurrency);
        return new Limits(config, time);
    }

    private Limits limits(Optional<Integer> perMinute) {
        return limits(perMinute, Optional.empty(), false);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.Function<String, Object> answer) {
        return (T)
                Proxy.newProxyInstance(
                        type.getClassLoader(),
                        new Class<?>[] {type},
                        (p, method, args) -> answer.apply(method.getName()));
    }

    private void at(long millis) {
        time.set(Instant.ofEpochMilli(millis), true);
    }

    @Test
    void reportsTheWindowClosestToExhaustionInZuorasFormat() {
        Limits limits = limits(Optional.empty());
        at(NOON + 1_000);
        Limits.RateLimitState first = limits.count("e1");
        assertEquals("50000, 50000;w=60, 2250000;w=3600, 27000000;w=86400", first.limit());
        assertEquals(49_999, first.remaining());
        assertEquals(59, first.resetSeconds());
        assertFalse(first.exceeded());
        at(NOON + 2_000);
        assertEquals(49_998, limits.count("e1").remaining());
        // another entity counts apart; a new minute starts afresh
        assertEquals(49_999, limits.count("e2").remaining());
        at(NOON + 61_000);
        assertEquals(49_999, limits.count("e1").remaining());
    }

    @Test
    void aSmallerQuotaIsTheOneReported() {
        Limits limits = limits(Optional.of(5));
        at(NOON);
        for (int i = 4; i >= 0; i--) {
            Limits.RateLimitState state = limits.count("e");
            assertEquals(i, state.remaining());
            assertEquals("5, 5;w=60, 2250000;w=3600, 27000000;w=86400", state.limit());
            assertEquals(60, state.resetSeconds());
            assertFalse(state.exceeded());
        }
        Limits.RateLimitState sixth = limits.count("e");
        assertEquals(0, sixth.remaining());
        assertEquals("minute", sixth.exceededWindow());
        assertEquals(60, sixth.retryAfterSeconds());
    }

    @Test
    void overSeveralQuotasRetryAfterIsTheLatestReset() {
        Limits limits = limits(Optional.of(2), Optional.of(3), true);
        at(NOON + 10_000);
        limits.count("e");
        limits.count("e");
        Limits.RateLimitState third = limits.count("e");
        assertEquals("minute", third.exceededWindow());
        assertEquals(50, third.retryAfterSeconds());
        at(NOON + 70_000); // a new minute, the same hour
        assertNull(limits.count("e").exceededWindow()); // the 3rd of this hour
        Limits.RateLimitState over = limits.count("e");
        assertEquals("hour", over.exceededWindow());
        assertEquals(3_600 - 70, over.retryAfterSeconds());
        assertEquals(over.retryAfterSeconds(), over.resetSeconds());
        assertEquals(0, over.remaining());
    }

    @Test
    void countsRequestsInFlightPerEntityAndClass() {
        Limits limits = limits(Optional.empty());
        assertTrue(limits.tryStart("e", Limits.ConcurrencyType.DEFAULT));
        assertTrue(limits.tryStart("e", Limits.ConcurrencyType.DEFAULT));
        assertTrue(limits.tryStart("e", Limits.ConcurrencyType.HIGH_VOLUME));
        assertEquals(38, limits.concurrencyRemaining("e", Limits.ConcurrencyType.DEFAULT));
        assertEquals(199, limits.concurrencyRemaining("e", Limits.ConcurrencyType.HIGH_VOLUME));
        assertEquals(40, limits.concurrencyRemaining("other", Limits.ConcurrencyType.DEFAULT));
        limits.ended("e", Limits.ConcurrencyType.DEFAULT);
        assertEquals(39, limits.concurrencyRemaining("e", Limits.ConcurrencyType.DEFAULT));
    }

    @Test
    void overTheConcurrencyLimitIsRefusedOnlyWhenEnforced() {
        Limits counting = limits(Optional.empty());
        Limits enforcing = limits(Optional.empty(), Optional.empty(), true);
        for (int i = 0; i < 40; i++) {
            assertTrue(counting.tryStart("e", Limits.ConcurrencyType.DEFAULT));
            assertTrue(enforcing.tryStart("e", Limits.ConcurrencyType.DEFAULT));
        }
        assertTrue(counting.tryStart("e", Limits.ConcurrencyType.DEFAULT));
        assertFalse(enforcing.tryStart("e", Limits.ConcurrencyType.DEFAULT));
        assertEquals(0, enforcing.concurrencyRemaining("e", Limits.ConcurrencyType.DEFAULT));
        // a refused start is not counted: one ending frees a place
        enforcing.ended("e", Limits.ConcurrencyType.DEFAULT);
        assertTrue(enforcing.tryStart("e", Limits.ConcurrencyType.DEFAULT));
    }

    @Test
    void tokenRequestsAreCountedPerAddressAndMinute() {
        Limits limits = limits(Optional.empty());
        at(60_000);
        assertEquals(1, limits.countTokenRequest("10.0.0.1"));
        assertEquals(60, limits.tokenResetSeconds());
        time.advance(Duration.ofSeconds(1));
        assertEquals(2, limits.countTokenRequest("10.0.0.1"));
        assertEquals(1, limits.countTokenRequest("10.0.0.2"));
        assertEquals(59, limits.tokenResetSeconds());
        at(120_000);
        assertEquals(1, limits.countTokenRequest("10.0.0.1"));
    }
}
