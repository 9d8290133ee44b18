package dev.zuoraemulator.split;

import dev.zuoraemulator.api.model.SplitInvoiceRequest;
import dev.zuoraemulator.api.model.SplitInvoiceResponseSplitItems;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.PaymentTerms;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.RuleRestrictionException;
import dev.zuoraemulator.invoice.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The refusals of {@code PUT /v1/invoices/{invoiceKey}/split}, each before anything is written: the
 * request's shape (N1, category 20), the invoice (N6) and the amounts or percentages (N2, category
 * 30).
 */
final class SplitRequestCheck {

    private SplitRequestCheck() {}

    /** A split checked against the request's shape (N1), before the invoice is known. */
    record Asked(BigDecimal value, LocalDate invoiceDate, String paymentTerm) {}

    static LargestRemainderSplit.Type type(SplitInvoiceRequest.SplitTypeEnum type) {
        if (type == null) {
            throw new InvalidValueException("splitType: is required, Amount or Percentage");
        }
        return type == SplitInvoiceRequest.SplitTypeEnum.AMOUNT
                ? LargestRemainderSplit.Type.AMOUNT
                : LargestRemainderSplit.Type.PERCENTAGE;
    }

    /** N1: the splits given, each with exactly its type's field, known payment terms. */
    static List<Asked> shape(
            LargestRemainderSplit.Type type, List<SplitInvoiceResponseSplitItems> splits) {
        if (splits == null) {
            // a count outside 2 to 20 is refused by the contract's minItems and maxItems
            throw new InvalidValueException("splits: is required, 2 to 20 splits");
        }
        int count = splits.size();
        boolean byAmount = type == LargestRemainderSplit.Type.AMOUNT;
        String needed = byAmount ? "splitAmount" : "splitPercentage";
        String other = byAmount ? "splitPercentage" : "splitAmount";
        List<Asked> asked = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            SplitInvoiceResponseSplitItems s = splits.get(j);
            String field = "splits[" + j + "]";
            BigDecimal value = byAmount ? s.getSplitAmount() : s.getSplitPercentage();
            if (value == null) {
                throw new InvalidValueException(
                        field
                                + "."
                                + needed
                                + ": is required when splitType is "
                                + typeName(byAmount));
            }
            if ((byAmount ? s.getSplitPercentage() : s.getSplitAmount()) != null) {
                throw new InvalidValueException(
                        field
                                + "."
                                + other
                                + ": not allowed when splitType is "
                                + typeName(byAmount));
            }
            String term =
                    s.getPaymentTerm() == null
                            ? null
                            : PaymentTerms.canonical(field + ".paymentTerm", s.getPaymentTerm());
            asked.add(new Asked(value, s.getInvoiceDate(), term));
        }
        return asked;
    }

    private static String typeName(boolean byAmount) {
        return byAmount ? "Amount" : "Percentage";
    }

    /**
     * N2, Amount: the currency's decimals (category 20), each at least the minor unit in the
     * total's sign, together exactly the total (category 30).
     */
    static List<BigDecimal> amounts(Invoice invoice, List<Asked> asked) {
        int digits = Money.minorDigits(invoice.currency);
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(digits);
        int sign = invoice.amount.signum() < 0 ? -1 : 1;
        BigDecimal sum = BigDecimal.ZERO;
        List<BigDecimal> values = new ArrayList<>(asked.size());
        for (int j = 0; j < asked.size(); j++) {
            String field = "splits[" + j + "].splitAmount";
            BigDecimal amount = Money.amount(field, asked.get(j).value(), invoice.currency);
            if (amount.multiply(BigDecimal.valueOf(sign)).compareTo(minorUnit) < 0) {
                throw new RuleRestrictionException(
                        field
                                + ": "
                                + amount.toPlainString()
                                + " is less than the currency's minor unit, "
                                + (sign < 0 ? minorUnit.negate() : minorUnit).toPlainString()
                                + " "
                                + invoice.currency
                                + (sign < 0
                                        ? ", in the sign of the invoice's negative total"
                                        : ""));
            }
            values.add(amount);
            sum = sum.add(amount);
        }
        if (sum.compareTo(invoice.amount) != 0) {
            throw new RuleRestrictionException(
                    "splits: the split amounts add up to "
                            + sum.toPlainString()
                            + ", not to the invoice's total "
                            + invoice.amount.stripTrailingZeros().toPlainString());
        }
        return values;
    }

    /** N2, Percentage: each greater than 0 with at most 9 decimals, together exactly 100. */
    static List<BigDecimal> percentages(List<Asked> asked) {
        BigDecimal sum = BigDecimal.ZERO;
        List<BigDecimal> values = new ArrayList<>(asked.size());
        for (int j = 0; j < asked.size(); j++) {
            String field = "splits[" + j + "].splitPercentage";
            BigDecimal percentage = asked.get(j).value().stripTrailingZeros();
            if (percentage.signum() <= 0) {
                throw new RuleRestrictionException(field + ": must be greater than 0");
            }
            if (percentage.scale() > Money.MAX_DECIMALS
                    || percentage.precision() - percentage.scale() > 3) {
                throw new RuleRestrictionException(
                        field
                                + ": "
                                + percentage.toPlainString()
                                + " is not a percentage of at most "
                                + Money.MAX_DECIMALS
                                + " decimals");
            }
            values.add(percentage.scale() < 0 ? percentage.setScale(0) : percentage);
            sum = sum.add(percentage);
        }
        if (sum.compareTo(Money.HUNDRED) != 0) {
            throw new RuleRestrictionException(
                    "splits: the split percentages add up to "
                            + sum.toPlainString()
                            + ", not to 100");
        }
        return values;
    }
}
