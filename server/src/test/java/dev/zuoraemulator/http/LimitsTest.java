package dev.zuoraemulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zuoraemulator.common.EmulatorConfig;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimitsTest {

    /** A configuration of the production profile, with the per-minute quota given. */
    private static Limits limits(Optional<Integer> perMinute) {
        EmulatorConfig.RateLimit rate =
                proxy(
                        EmulatorConfig.RateLimit.class,
                        name ->
                                switch (name) {
                                    case "profile" -> EmulatorConfig.RateLimitProfile.PRODUCTION;
                                    case "apiPerMinute" -> perMinute;
                                    default -> Optional.empty();
                                });
        EmulatorConfig.ConcurrencyLimit concurrency =
                proxy(
                        EmulatorConfig.ConcurrencyLimit.class,
                        name -> name.equals("standard") ? 40 : 200);
        EmulatorConfig config =
                proxy(EmulatorConfig.class, name -> name.equals("rateLimit") ? rate : concurrency);
        return new Limits(config);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.Function<String, Object> answer) {
        return (T)
                Proxy.newProxyInstance(
                        type.getClassLoader(),
                        new Class<?>[] {type},
                        (p, method, args) -> answer.apply(method.getName()));
    }

    @Test
    void reportsTheWindowClosestToExhaustionInZuorasFormat() {
        Limits limits = limits(Optional.empty());
        long noon =
                1_700_000_000_000L - Math.floorMod(1_700_000_000_000L, 86_400_000L) + 43_200_000L;
        Limits.RateLimitState first = limits.count("e1", noon + 1_000);
        assertEquals("50000, 50000;w=60, 2250000;w=3600, 27000000;w=86400", first.limit());
        assertEquals(49_999, first.remaining());
        assertEquals(59, first.resetSeconds());
        assertEquals(49_998, limits.count("e1", noon + 2_000).remaining());
        // another entity counts apart; a new minute starts afresh
        assertEquals(49_999, limits.count("e2", noon + 2_000).remaining());
        assertEquals(49_999, limits.count("e1", noon + 61_000).remaining());
    }

    @Test
    void aSmallerQuotaIsTheOneReported() {
        Limits limits = limits(Optional.of(5));
        long t = 1_800_000_000_000L - Math.floorMod(1_800_000_000_000L, 60_000L);
        for (int i = 4; i >= 0; i--) {
            Limits.RateLimitState state = limits.count("e", t);
            assertEquals(i, state.remaining());
            assertEquals("5, 5;w=60, 2250000;w=3600, 27000000;w=86400", state.limit());
            assertEquals(60, state.resetSeconds());
        }
        assertEquals(0, limits.count("e", t).remaining());
    }

    @Test
    void countsRequestsInFlightPerEntityAndClass() {
        Limits limits = limits(Optional.empty());
        limits.started("e", Limits.ConcurrencyType.DEFAULT);
        limits.started("e", Limits.ConcurrencyType.DEFAULT);
        limits.started("e", Limits.ConcurrencyType.HIGH_VOLUME);
        assertEquals(38, limits.concurrencyRemaining("e", Limits.ConcurrencyType.DEFAULT));
        assertEquals(199, limits.concurrencyRemaining("e", Limits.ConcurrencyType.HIGH_VOLUME));
        assertEquals(40, limits.concurrencyRemaining("other", Limits.ConcurrencyType.DEFAULT));
        limits.ended("e", Limits.ConcurrencyType.DEFAULT);
        assertEquals(39, limits.concurrencyRemaining("e", Limits.ConcurrencyType.DEFAULT));
    }

    @Test
    void tokenRequestsAreCountedPerAddressAndMinute() {
        Limits limits = limits(Optional.empty());
        assertEquals(99, limits.countTokenRequest("10.0.0.1", 60_000));
        assertEquals(98, limits.countTokenRequest("10.0.0.1", 61_000));
        assertEquals(99, limits.countTokenRequest("10.0.0.2", 61_000));
        assertEquals(99, limits.countTokenRequest("10.0.0.1", 120_000));
    }
}
