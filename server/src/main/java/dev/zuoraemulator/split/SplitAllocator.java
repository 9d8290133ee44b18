package dev.zuoraemulator.split;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How one invoice item's amount is shared among split invoices (decision S4). Pure arithmetic,
 * exact decimals.
 *
 * <p>Every split but the last receives {@code amount x percentage / 100} rounded half-up to the
 * currency's minor unit; the last (the final split item) receives the remainder, so the shares add
 * up exactly to the amount. Where that remainder would have the opposite sign of the amount (a
 * 3-cent item split 50/30/19.99/0.01), the item is instead shared by the largest-remainder method:
 * every share is floored to the minor unit, and the minor units left over go one each to the
 * largest fractional parts, ties to the earlier split.
 */
public final class SplitAllocator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SplitAllocator() {}

    /**
     * @param amount the item's amount, at most {@code minorDigits} decimals, any sign
     * @param percentages the splits' percentages in creation order, each positive, totalling
     *     exactly 100
     * @param minorDigits decimals of the currency's minor unit (2 for USD, 0 for JPY, 3 for BHD)
     * @return one share per percentage, in the same order, summing exactly to {@code amount}
     */
    public static List<BigDecimal> allocate(
            BigDecimal amount, List<BigDecimal> percentages, int minorDigits) {
        if (percentages.isEmpty()) {
            throw new IllegalArgumentException("no percentages");
        }
        if (amount.stripTrailingZeros().scale() > minorDigits) {
            throw new IllegalArgumentException(
                    "amount " + amount + " has more than " + minorDigits + " decimals");
        }
        if (percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("percentages do not total 100: " + percentages);
        }
        int n = percentages.size();
        List<BigDecimal> shares = new ArrayList<>(n);
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            BigDecimal share =
                    exactShare(amount, percentages.get(i))
                            .setScale(minorDigits, RoundingMode.HALF_UP);
            shares.add(share);
            allocated = allocated.add(share);
        }
        BigDecimal last =
                amount.subtract(allocated).setScale(minorDigits, RoundingMode.UNNECESSARY);
        if (last.signum() != 0 && last.signum() != amount.signum()) {
            return largestRemainder(amount, percentages, minorDigits);
        }
        shares.add(last);
        return shares;
    }

    /**
     * The largest-remainder allocation of an item, used where the final share would change sign.
     */
    static List<BigDecimal> largestRemainder(
            BigDecimal amount, List<BigDecimal> percentages, int minorDigits) {
        int n = percentages.size();
        BigInteger units = amount.abs().movePointRight(minorDigits).toBigIntegerExact();
        BigInteger[] floors = new BigInteger[n];
        BigDecimal[] fractions = new BigDecimal[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = exactShare(new BigDecimal(units), percentages.get(i));
            floors[i] = exact.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            fractions[i] = exact.subtract(new BigDecimal(floors[i]));
            given = given.add(floors[i]);
        }
        int leftover = units.subtract(given).intValueExact();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // stable sort: equal fractions keep the earlier split first
        Arrays.sort(order, (a, b) -> fractions[b].compareTo(fractions[a]));
        for (int k = 0; k < leftover; k++) {
            floors[order[k]] = floors[order[k]].add(BigInteger.ONE);
        }
        List<BigDecimal> shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal share = new BigDecimal(floors[i], minorDigits);
            shares.add(amount.signum() < 0 ? share.negate() : share);
        }
        return shares;
    }

    /**
     * {@code amount x percentage / 100}, exactly: a percentage has at most 9 decimals, so this
     * terminates.
     */
    private static BigDecimal exactShare(BigDecimal amount, BigDecimal percentage) {
        return amount.multiply(percentage).movePointLeft(2);
    }
}
