package dev.zuoraemulator.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitAllocatorTest {

    private static List<BigDecimal> d(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void splitsZuorasDocumentedExampleIntoExactShares() {
        assertEquals(
                d("40000.00", "30000.00", "20000.00", "10000.00"),
                SplitAllocator.allocate(new BigDecimal("100000"), d("40", "30", "20", "10"), 2));
        assertEquals(
                d("960.00", "240.00"),
                SplitAllocator.allocate(new BigDecimal("1200"), d("80", "20"), 2));
    }

    @Test
    void roundsNonFinalSharesHalfUpAndGivesTheRemainderToTheFinalSplit() {
        // 100.01 x 33.33 % = 33.333333 -> 33.33; the final split takes 66.68
        assertEquals(
                d("33.33", "66.68"),
                SplitAllocator.allocate(new BigDecimal("100.01"), d("33.33", "66.67"), 2));
        // 0.05 x 50 % = 0.025 -> 0.03 half-up; the final split takes 0.02
        assertEquals(
                d("0.03", "0.02"),
                SplitAllocator.allocate(new BigDecimal("0.05"), d("50", "50"), 2));
        assertEquals(
                d("33.33", "33.33", "33.34"),
                SplitAllocator.allocate(
                        new BigDecimal("100"),
                        d("33.333333333", "33.333333333", "33.333333334"),
                        2));
    }

    @Test
    void splitsNegativeItemsTheSameWay() {
        assertEquals(
                d("-0.03", "-0.02"),
                SplitAllocator.allocate(new BigDecimal("-0.05"), d("50", "50"), 2));
        assertEquals(
                d("-33.33", "-66.68"),
                SplitAllocator.allocate(new BigDecimal("-100.01"), d("33.33", "66.67"), 2));
    }

    @Test
    void fallsBackToLargestRemainderWhereTheFinalShareWouldChangeSign() {
        // half-up gives 0.02 + 0.01 + 0.01 = 0.04 > 0.03: the final share would be -0.01
        // in cents the exact shares are 1.5, 0.9, 0.5997, 0.0003: floors 1, 0, 0, 0; the two cents
        // left over go
        // to the largest fractions, 0.9 and 0.5997
        assertEquals(
                d("0.01", "0.01", "0.01", "0.00"),
                SplitAllocator.allocate(new BigDecimal("0.03"), d("50", "30", "19.99", "0.01"), 2));
        assertEquals(
                d("-0.01", "-0.01", "-0.01", "0.00"),
                SplitAllocator.allocate(
                        new BigDecimal("-0.03"), d("50", "30", "19.99", "0.01"), 2));
    }

    @Test
    void largestRemainderBreaksTiesTowardsTheEarlierSplit() {
        assertEquals(
                d("0.01", "0.00", "0.00"),
                SplitAllocator.largestRemainder(
                        new BigDecimal("0.01"), d("33.34", "33.33", "33.33"), 2));
        assertEquals(
                d("0.01", "0.01", "0.00", "0.00"),
                SplitAllocator.largestRemainder(
                        new BigDecimal("0.02"), d("25", "25", "25", "25"), 2));
    }

    @Test
    void usesTheCurrencysMinorUnit() {
        // 333.5 rounds half-up to 334; the final split takes 333
        assertEquals(
                d("334", "333"), SplitAllocator.allocate(new BigDecimal("667"), d("50", "50"), 0));
        assertEquals(
                d("0.334", "0.333"),
                SplitAllocator.allocate(new BigDecimal("0.667"), d("50", "50"), 3));
    }

    @Test
    void splitsZeroIntoZeros() {
        assertEquals(d("0.00", "0.00"), SplitAllocator.allocate(BigDecimal.ZERO, d("60", "40"), 2));
    }

    @Test
    void refusesPercentagesThatDoNotTotal100AndAmountsFinerThanTheMinorUnit() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SplitAllocator.allocate(BigDecimal.TEN, d("50", "49.999999999"), 2));
        assertThrows(
                IllegalArgumentException.class,
                () -> SplitAllocator.allocate(new BigDecimal("1.005"), d("50", "50"), 2));
    }
}
