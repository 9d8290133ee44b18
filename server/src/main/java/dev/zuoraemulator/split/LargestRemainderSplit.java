package dev.zuoraemulator.split;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the newer operation, {@code PUT /v1/invoices/{invoiceKey}/split}, shares an invoice among its
 * splits (decision N3). Pure arithmetic on exact integers of the currency's minor unit.
 *
 * <p>First each split's target: an Amount split's amount, or a Percentage split's share of the
 * total rounded to the minor unit by Largest Remainder across the splits (ties to the later split).
 * Then every line is shared among the splits in proportion to them, such that (a) each share is the
 * floor or the ceiling of its exact proportional value, (b) every line's shares add up to the line,
 * and (c) every split's shares add up to its target. Every share starts at its floor; each line's
 * leftover minor units go, lines in order, to its largest remainders among the splits that still
 * lack units to reach their target once every line's floor is counted (ties to the later split).
 * Where that order leaves a line unable to place its units, the shares are found as a flow of one
 * unit per fractional share from lines to splits, which always exists (matrix rounding).
 */
public final class LargestRemainderSplit {

    /** How the splits are given: {@code splitAmount} or {@code splitPercentage}. */
    public enum Type {
        AMOUNT,
        PERCENTAGE
    }

    /**
     * @param targets each split's total
     * @param shares {@code shares.get(split).get(line)}: what each split invoice receives of each
     *     line
     */
    public record Allocation(List<BigDecimal> targets, List<List<BigDecimal>> shares) {}

    /** Percentages have at most 9 decimals (N2): 100% is this many parts. */
    private static final BigInteger WHOLE = BigInteger.TEN.pow(11);

    private LargestRemainderSplit() {}

    /**
     * @param lines the invoice's line amounts in order, any sign, at most {@code minorDigits}
     *     decimals
     * @param type what {@code values} are
     * @param values the splits' amounts (adding up to the lines' total) or percentages (each
     *     positive, at most 9 decimals, adding up to 100)
     * @param minorDigits decimals of the currency's minor unit (2 for USD, 0 for JPY, 3 for BHD)
     */
    public static Allocation allocate(
            List<BigDecimal> lines, Type type, List<BigDecimal> values, int minorDigits) {
        long[] amounts = lines.stream().mapToLong(a -> units(a, minorDigits)).toArray();
        long total = Arrays.stream(amounts).sum();
        int n = values.size();
        // each split's weight as N[j] / D, with D > 0
        BigInteger[] weights = new BigInteger[n];
        BigInteger denominator;
        long[] targets = new long[n];
        if (type == Type.AMOUNT) {
            for (int j = 0; j < n; j++) {
                targets[j] = units(values.get(j), minorDigits);
            }
            if (Arrays.stream(targets).sum() != total || total == 0) {
                throw new IllegalArgumentException("the split amounts do not add up to the total");
            }
            int sign = Long.signum(total);
            for (int j = 0; j < n; j++) {
                weights[j] = BigInteger.valueOf(targets[j] * sign);
            }
            denominator = BigInteger.valueOf(Math.abs(total));
        } else {
            BigInteger sum = BigInteger.ZERO;
            for (int j = 0; j < n; j++) {
                weights[j] = values.get(j).movePointRight(9).toBigIntegerExact();
                sum = sum.add(weights[j]);
            }
            if (!sum.equals(WHOLE)) {
                throw new IllegalArgumentException("the percentages do not add up to 100");
            }
            denominator = WHOLE;
            targets = roundLargestRemainder(BigInteger.valueOf(total), weights, denominator);
        }
        long[][] shares = share(amounts, weights, denominator, targets);
        List<List<BigDecimal>> result = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<BigDecimal> split = new ArrayList<>(amounts.length);
            for (long[] line : shares) {
                split.add(BigDecimal.valueOf(line[j], minorDigits));
            }
            result.add(split);
        }
        return new Allocation(
                Arrays.stream(targets).mapToObj(t -> BigDecimal.valueOf(t, minorDigits)).toList(),
                result);
    }

    /**
     * {@code total x weight / denominator} for each weight, floored, leftover units by remainder.
     */
    private static long[] roundLargestRemainder(
            BigInteger total, BigInteger[] weights, BigInteger denominator) {
        int n = weights.length;
        long[] rounded = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long left = total.longValueExact();
        for (int j = 0; j < n; j++) {
            BigInteger[] qr = floorDivMod(total.multiply(weights[j]), denominator);
            rounded[j] = qr[0].longValueExact();
            remainders[j] = qr[1];
            left -= rounded[j];
        }
        for (int j : byRemainder(remainders, null)) {
            if (left-- <= 0) {
                break;
            }
            rounded[j]++;
        }
        return rounded;
    }

    /** {@code [line][split]} shares meeting (a), (b) and (c). */
    private static long[][] share(
            long[] amounts, BigInteger[] weights, BigInteger denominator, long[] targets) {
        int m = amounts.length;
        int n = weights.length;
        long[][] shares = new long[m][n];
        BigInteger[][] remainders = new BigInteger[m][n];
        long[] extra = new long[m]; // units each line must still place
        long[] lacking = targets.clone(); // units each split still lacks
        for (int i = 0; i < m; i++) {
            extra[i] = amounts[i];
            for (int j = 0; j < n; j++) {
                BigInteger[] qr =
                        floorDivMod(
                                BigInteger.valueOf(amounts[i]).multiply(weights[j]), denominator);
                shares[i][j] = qr[0].longValueExact();
                remainders[i][j] = qr[1];
                extra[i] -= shares[i][j];
                lacking[j] -= shares[i][j];
            }
        }
        long[][] greedy = new long[m][];
        long[] stillLacking = lacking.clone();
        for (int i = 0; i < m; i++) {
            greedy[i] = shares[i].clone();
            long toPlace = extra[i];
            for (int j : byRemainder(remainders[i], stillLacking)) {
                if (toPlace == 0) {
                    break;
                }
                greedy[i][j]++;
                stillLacking[j]--;
                toPlace--;
            }
            if (toPlace != 0) {
                return SplitFlow.round(shares, remainders, extra, lacking);
            }
        }
        return greedy;
    }

    /**
     * The splits with a fractional share (a positive remainder), and, when {@code lacking} is
     * given, still lacking units; largest remainder first, ties to the later split.
     */
    static List<Integer> byRemainder(BigInteger[] remainders, long[] lacking) {
        List<Integer> order = new ArrayList<>();
        for (int j = remainders.length - 1; j >= 0; j--) {
            if (remainders[j].signum() > 0 && (lacking == null || lacking[j] > 0)) {
                order.add(j);
            }
        }
        // stable: among equal remainders the later split, added first, stays first
        order.sort((x, y) -> remainders[y].compareTo(remainders[x]));
        return order;
    }

    private static BigInteger[] floorDivMod(BigInteger numerator, BigInteger denominator) {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        if (qr[1].signum() < 0) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(denominator);
        }
        return qr;
    }

    private static long units(BigDecimal amount, int minorDigits) {
        return amount.movePointRight(minorDigits).longValueExact();
    }
}
