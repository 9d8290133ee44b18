package dev.zuoraemulator.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zuoraemulator.split.LargestRemainderSplit.Allocation;
import dev.zuoraemulator.split.LargestRemainderSplit.Type;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decision N3 on examples: Zuora's own, percentages, signs and currencies. */
class LargestRemainderSplitTest {

    private static List<BigDecimal> d(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static void assertShares(List<BigDecimal> expected, List<BigDecimal> actual) {
        assertEquals(expected.size(), actual.size(), actual.toString());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(
                    0, expected.get(i).compareTo(actual.get(i)), "share " + i + " of " + actual);
        }
    }

    @Test
    void zuorasExampleOf130SplitByAmount() {
        Allocation a =
                LargestRemainderSplit.allocate(
                        d("120.00", "10.00"), Type.AMOUNT, d("50", "50", "30"), 2);
        assertShares(d("50.00", "50.00", "30.00"), a.targets());
        assertShares(d("46.15", "3.85"), a.shares().get(0));
        assertShares(d("46.16", "3.84"), a.shares().get(1));
        assertShares(d("27.69", "2.31"), a.shares().get(2));
    }

    @Test
    void percentagesRoundTheTargetsByLargestRemainderTiesToTheLaterSplit() {
        // 100.00 in thirds: 33.33 each and one cent left, to the last of the equal remainders
        Allocation a =
                LargestRemainderSplit.allocate(
                        d("100.00"),
                        Type.PERCENTAGE,
                        d("33.333333333", "33.333333333", "33.333333334"),
                        2);
        assertShares(d("33.33", "33.33", "33.34"), a.targets());
        Allocation half =
                LargestRemainderSplit.allocate(d("0.05"), Type.PERCENTAGE, d("50", "50"), 2);
        assertShares(d("0.02", "0.03"), half.targets());
    }

    @Test
    void aLineWithoutAFractionIsNeverRoundedUp() {
        // targets 50% 22% 28% of 0.29: 14.5, 6.38, 8.12 cents -> 15, 6, 8 (largest remainder)
        // line 27: 13.5, 5.94, 7.56 -> floors 13, 5, 7, its 2 cents to .94 and .56: 13, 6, 8
        // line 2: 1, 0.44, 0.56 -> only the first split still lacks a cent, and its share is a
        // whole 1: no line may give it 2, so the units are found by the flow instead
        Allocation a =
                LargestRemainderSplit.allocate(
                        d("0.27", "0.02"), Type.PERCENTAGE, d("50", "22", "28"), 2);
        assertShares(d("0.15", "0.06", "0.08"), a.targets());
        assertShares(d("0.14", "0.01"), a.shares().get(0));
        assertShares(d("0.06", "0.00"), a.shares().get(1));
        assertShares(d("0.07", "0.01"), a.shares().get(2));
    }

    @Test
    void eachLineGivesItsLeftoverUnitsInOrderOfRemainders() {
        // targets 75% 25% of 0.77: 57.75, 19.25 cents -> 58, 19; each split lacks a cent after
        // every line's floor. Line 31: 23.25, 7.75 -> its cent to the .75; line 30: 22.5, 7.5, a
        // tie, and the later split has its cent: the first; line 16: 12 and 4 exactly
        Allocation a =
                LargestRemainderSplit.allocate(
                        d("0.31", "0.30", "0.16"), Type.PERCENTAGE, d("75", "25"), 2);
        assertShares(d("0.58", "0.19"), a.targets());
        assertShares(d("0.23", "0.23", "0.12"), a.shares().get(0));
        assertShares(d("0.08", "0.07", "0.04"), a.shares().get(1));
    }

    @Test
    void negativeLinesAndCreditInvoices() {
        Allocation mixed =
                LargestRemainderSplit.allocate(
                        d("100.00", "-10.01"), Type.PERCENTAGE, d("50", "50"), 2);
        assertShares(d("44.99", "45.00"), mixed.targets());
        assertShares(d("50.00", "-5.01"), mixed.shares().get(0));
        assertShares(d("50.00", "-5.00"), mixed.shares().get(1));
        Allocation credit =
                LargestRemainderSplit.allocate(d("-130.00"), Type.AMOUNT, d("-50", "-80"), 2);
        assertShares(d("-50.00"), credit.shares().get(0));
        assertShares(d("-80.00"), credit.shares().get(1));
    }

    @Test
    void zeroAndThreeDecimalCurrencies() {
        Allocation yen =
                LargestRemainderSplit.allocate(d("1000", "1"), Type.PERCENTAGE, d("30", "70"), 0);
        assertShares(d("300", "701"), yen.targets());
        assertShares(d("300", "0"), yen.shares().get(0));
        assertShares(d("700", "1"), yen.shares().get(1));
        Allocation dinar =
                LargestRemainderSplit.allocate(d("10.000"), Type.AMOUNT, d("3.333", "6.667"), 3);
        assertShares(d("3.333"), dinar.shares().get(0));
        assertShares(d("6.667"), dinar.shares().get(1));
    }

    @Test
    void twentySplitsOfTwentyCents() {
        List<BigDecimal> percentages = Collections.nCopies(20, new BigDecimal("5"));
        Allocation a = LargestRemainderSplit.allocate(d("0.20"), Type.PERCENTAGE, percentages, 2);
        for (int j = 0; j < 20; j++) {
            assertShares(d("0.01"), a.targets().subList(j, j + 1));
            assertShares(d("0.01"), a.shares().get(j));
        }
        Allocation lines =
                LargestRemainderSplit.allocate(d("0.07", "0.13"), Type.PERCENTAGE, percentages, 2);
        for (int j = 0; j < 20; j++) {
            BigDecimal split = a.shares().get(j).get(0);
            assertEquals(
                    0,
                    lines.shares().get(j).get(0).add(lines.shares().get(j).get(1)).compareTo(split),
                    "split " + j);
        }
    }

    @Test
    void theFlowPlacesWhatTheGreedyOrderCannot() {
        // line 0 may go to split 0 or 1 (1 has the larger remainder), line 1 only to split 1, and
        // each split lacks one unit: largest remainder first would give line 0 to split 1 and leave
        // line 1 nowhere to go
        java.math.BigInteger one = java.math.BigInteger.ONE;
        java.math.BigInteger two = java.math.BigInteger.TWO;
        java.math.BigInteger zero = java.math.BigInteger.ZERO;
        long[][] shares =
                SplitFlow.round(
                        new long[][] {{10, 20}, {30, 40}},
                        new java.math.BigInteger[][] {{one, two}, {zero, one}},
                        new long[] {1, 1},
                        new long[] {1, 1});
        assertEquals(List.of(11L, 20L), List.of(shares[0][0], shares[0][1]));
        assertEquals(List.of(30L, 41L), List.of(shares[1][0], shares[1][1]));
    }

    @Test
    void inputsThatDoNotAddUpAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LargestRemainderSplit.allocate(d("100"), Type.AMOUNT, d("50", "49"), 2));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        LargestRemainderSplit.allocate(
                                d("100"), Type.PERCENTAGE, d("50", "49.9"), 2));
    }
}
