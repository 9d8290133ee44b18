package dev.zuoraemulator.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the allocation over random amounts, currencies and percentage sets totalling 100.
 */
class SplitAllocatorPropertyTest {

    record Case(BigDecimal amount, int minorDigits, List<BigDecimal> percentages) {}

    @Property(tries = 3000)
    void sharesAddUpExactlyToTheAmount(@ForAll("cases") Case c) {
        List<BigDecimal> shares =
                SplitAllocator.allocate(c.amount(), c.percentages(), c.minorDigits());
        assertEquals(c.percentages().size(), shares.size());
        assertEquals(
                0,
                shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(c.amount()),
                () -> "shares " + shares + " of " + c);
    }

    @Property(tries = 3000)
    void noShareHasTheOppositeSignOfTheAmount(@ForAll("cases") Case c) {
        for (BigDecimal share :
                SplitAllocator.allocate(c.amount(), c.percentages(), c.minorDigits())) {
            assertTrue(
                    share.signum() == 0 || share.signum() == c.amount().signum(),
                    () -> share + " of " + c);
        }
    }

    @Property(tries = 3000)
    void sharesUseTheCurrencysMinorUnit(@ForAll("cases") Case c) {
        for (BigDecimal share :
                SplitAllocator.allocate(c.amount(), c.percentages(), c.minorDigits())) {
            assertTrue(
                    share.stripTrailingZeros().scale() <= c.minorDigits(),
                    () -> share + " of " + c);
        }
    }

    @Property(tries = 3000)
    void nonFinalSharesFollowTheRoundingRuleUnlessTheFallbackApplies(@ForAll("cases") Case c) {
        List<BigDecimal> shares =
                SplitAllocator.allocate(c.amount(), c.percentages(), c.minorDigits());
        List<BigDecimal> halfUp = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < c.percentages().size() - 1; i++) {
            BigDecimal share =
                    c.amount()
                            .multiply(c.percentages().get(i))
                            .movePointLeft(2)
                            .setScale(c.minorDigits(), RoundingMode.HALF_UP);
            halfUp.add(share);
            allocated = allocated.add(share);
        }
        BigDecimal last = c.amount().subtract(allocated);
        boolean fallback = last.signum() != 0 && last.signum() != c.amount().signum();
        if (!fallback) {
            for (int i = 0; i < halfUp.size(); i++) {
                assertEquals(0, halfUp.get(i).compareTo(shares.get(i)), () -> shares + " of " + c);
            }
        } else {
            // largest remainder: each share is its exact value rounded down or up by less than one
            // minor unit
            BigDecimal unit = BigDecimal.ONE.movePointLeft(c.minorDigits());
            for (int i = 0; i < shares.size(); i++) {
                BigDecimal exact = c.amount().multiply(c.percentages().get(i)).movePointLeft(2);
                assertTrue(
                        shares.get(i).subtract(exact).abs().compareTo(unit) < 0,
                        () -> shares + " of " + c);
            }
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> digits = Arbitraries.of(0, 2, 3);
        Arbitrary<Long> units =
                Arbitraries.oneOf(
                        Arbitraries.longs().between(-100, 100),
                        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L));
        Arbitrary<List<BigDecimal>> percentages =
                Arbitraries.integers()
                        .between(2, 12)
                        .flatMap(
                                n ->
                                        Arbitraries.longs()
                                                .between(1, 1_000_000_000_000L)
                                                .list()
                                                .ofSize(n))
                        .map(SplitAllocatorPropertyTest::toPercentages);
        return Combinators.combine(units, digits, percentages)
                .as((u, d, p) -> new Case(new BigDecimal(BigInteger.valueOf(u), d), d, p));
    }

    /**
     * Random weights to percentages of at most 9 decimals, each positive, totalling exactly 100.
     */
    private static List<BigDecimal> toPercentages(List<Long> weights) {
        long total = weights.stream().mapToLong(Long::longValue).sum();
        List<BigDecimal> result = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal p =
                    BigDecimal.valueOf(weights.get(i))
                            .multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(total), 9, RoundingMode.DOWN);
            if (p.signum() == 0) {
                p = new BigDecimal("0.000000001");
            }
            result.add(p);
            sum = sum.add(p);
        }
        BigDecimal last = BigDecimal.valueOf(100).subtract(sum);
        if (last.signum() <= 0) {
            return List.of(new BigDecimal("50"), new BigDecimal("50"));
        }
        result.add(last);
        return result;
    }
}
