package dev.zuoraemulator.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zuoraemulator.split.LargestRemainderSplit.Allocation;
import dev.zuoraemulator.split.LargestRemainderSplit.Type;
import java.math.BigDecimal;
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
 * Decision N3 over random invoices (1 to 40 lines of either sign, 0, 2 or 3 decimals) split 2 to 20
 * ways by amount or percentage.
 */
class LargestRemainderSplitPropertyTest {

    record Case(List<BigDecimal> lines, Type type, List<BigDecimal> values, int digits) {}

    @Property(tries = 2000)
    void everyLinesSharesAddUpToTheLine(@ForAll("cases") Case c) {
        Allocation a = allocate(c);
        for (int i = 0; i < c.lines().size(); i++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (List<BigDecimal> split : a.shares()) {
                sum = sum.add(split.get(i));
            }
            assertEquals(0, sum.compareTo(c.lines().get(i)), "line " + i + " of " + c);
        }
    }

    @Property(tries = 2000)
    void everySplitsLinesAddUpToItsTarget(@ForAll("cases") Case c) {
        Allocation a = allocate(c);
        BigDecimal targets = BigDecimal.ZERO;
        for (int j = 0; j < c.values().size(); j++) {
            BigDecimal sum = a.shares().get(j).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(a.targets().get(j)), "split " + j + " of " + c);
            if (c.type() == Type.AMOUNT) {
                assertEquals(0, a.targets().get(j).compareTo(c.values().get(j)));
            }
            targets = targets.add(a.targets().get(j));
        }
        assertEquals(0, targets.compareTo(total(c)));
    }

    @Property(tries = 2000)
    void everyShareIsTheFloorOrCeilingOfItsExactValue(@ForAll("cases") Case c) {
        Allocation a = allocate(c);
        BigDecimal total = total(c);
        for (int j = 0; j < c.values().size(); j++) {
            BigDecimal weight =
                    c.type() == Type.AMOUNT
                            ? c.values().get(j).divide(total, 40, RoundingMode.HALF_EVEN)
                            : c.values().get(j).movePointLeft(2);
            for (int i = 0; i < c.lines().size(); i++) {
                BigDecimal exact = c.lines().get(i).multiply(weight);
                BigDecimal floor = exact.setScale(c.digits(), RoundingMode.FLOOR);
                BigDecimal ceiling = exact.setScale(c.digits(), RoundingMode.CEILING);
                BigDecimal share = a.shares().get(j).get(i);
                assertTrue(
                        share.compareTo(floor) == 0 || share.compareTo(ceiling) == 0,
                        "share " + share + " of line " + i + " split " + j + " exact " + exact);
            }
        }
    }

    @Property(tries = 500)
    void theSameInputGivesTheSameShares(@ForAll("cases") Case c) {
        assertEquals(allocate(c), allocate(c));
    }

    private static Allocation allocate(Case c) {
        return LargestRemainderSplit.allocate(c.lines(), c.type(), c.values(), c.digits());
    }

    private static BigDecimal total(Case c) {
        return c.lines().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> digits = Arbitraries.of(0, 2, 3);
        Arbitrary<List<Long>> lines =
                Arbitraries.longs().between(-50_000, 500_000).list().ofMinSize(1).ofMaxSize(40);
        Arbitrary<Integer> splits = Arbitraries.integers().between(2, 20);
        Arbitrary<Boolean> byAmount = Arbitraries.of(true, false);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(digits, lines, splits, byAmount, seed)
                .as(LargestRemainderSplitPropertyTest::build)
                .filter(c -> c != null);
    }

    /** Amounts: random positive parts of a positive total; percentages: random parts of 100. */
    private static Case build(
            int digits, List<Long> units, int splits, boolean byAmount, long seed) {
        List<BigDecimal> lines = units.stream().map(u -> BigDecimal.valueOf(u, digits)).toList();
        long total = units.stream().mapToLong(Long::longValue).sum();
        java.util.Random random = new java.util.Random(seed);
        if (byAmount) {
            if (total < splits) {
                return null; // each split at least one minor unit
            }
            return new Case(lines, Type.AMOUNT, parts(total, splits, random, digits), digits);
        }
        // percentages with up to 9 decimals: parts of 100 x 10^9
        List<BigDecimal> percentages = new ArrayList<>();
        for (BigDecimal part : parts(100_000_000_000L, splits, random, 0)) {
            percentages.add(part.movePointLeft(9));
        }
        return new Case(lines, Type.PERCENTAGE, percentages, digits);
    }

    private static List<BigDecimal> parts(
            long whole, int count, java.util.Random random, int digits) {
        List<Long> cuts = new ArrayList<>();
        while (cuts.size() < count - 1) {
            long cut = 1 + (long) (random.nextDouble() * (whole - 1));
            if (!cuts.contains(cut)) {
                cuts.add(cut);
            }
        }
        cuts.sort(null);
        List<BigDecimal> parts = new ArrayList<>();
        long previous = 0;
        for (long cut : cuts) {
            parts.add(BigDecimal.valueOf(cut - previous, digits));
            previous = cut;
        }
        parts.add(BigDecimal.valueOf(whole - previous, digits));
        return parts;
    }
}
