package dev.zuoraemulator.common;

import dev.zuoraemulator.error.InvalidValueException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Decimal rules, in one place: which currencies exist, their minor units, and what an acceptable
 * amount, quantity or percentage is.
 */
public final class Money {

    /** The largest magnitude of one amount or quantity: 15 integer digits. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** Quantities, unit prices and percentages: at most 9 decimals. */
    public static final int MAX_DECIMALS = 9;

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    /** The ISO 4217 currency, or an {@link InvalidValueException} naming the field. */
    public static Currency currency(String field, String code) {
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new InvalidValueException(
                        field + ": " + code + " is not a currency that invoices can use");
            }
            return currency;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException(
                    field + ": " + code + " is not an ISO 4217 currency code");
        }
    }

    /** Decimal places of the currency's minor unit: 2 for USD, 0 for JPY, 3 for BHD. */
    public static int minorDigits(String currencyCode) {
        return Currency.getInstance(currencyCode).getDefaultFractionDigits();
    }

    /**
     * An amount of the currency: at most {@link #MAX_INTEGER_DIGITS} integer digits and at most the
     * currency's minor-unit decimals, returned without trailing zeros. Checked on precision and
     * scale only, so a hostile {@code 1e400000000} costs nothing.
     */
    public static BigDecimal amount(String field, BigDecimal amount, String currencyCode) {
        if (integerDigits(amount) > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException(
                    field
                            + ": the amount is too large (at most "
                            + MAX_INTEGER_DIGITS
                            + " integer digits)");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        int digits = minorDigits(currencyCode);
        if (stripped.scale() > digits) {
            throw new InvalidValueException(
                    field
                            + ": "
                            + amount.toPlainString()
                            + " has more decimals than "
                            + currencyCode
                            + " allows ("
                            + digits
                            + ")");
        }
        return withoutExponent(stripped);
    }

    /**
     * A quantity or unit price: at most {@link #MAX_INTEGER_DIGITS} integer digits and {@link
     * #MAX_DECIMALS} decimals, returned without trailing zeros.
     */
    public static BigDecimal decimal(String field, BigDecimal value) {
        if (integerDigits(value) > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException(field + ": the number is too large");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            throw new InvalidValueException(field + ": at most " + MAX_DECIMALS + " decimals");
        }
        return withoutExponent(stripped);
    }

    /**
     * A split percentage (decision S5): greater than 0, at most 100, at most {@link #MAX_DECIMALS}
     * decimals.
     */
    public static BigDecimal percentage(String field, BigDecimal value) {
        if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException(field + ": must be greater than 0 and at most 100");
        }
        return decimal(field, value);
    }

    private static int integerDigits(BigDecimal value) {
        return value.precision() - value.scale();
    }

    /** {@code 1E+3} as {@code 1000}: a stripped decimal never has a negative scale. */
    private static BigDecimal withoutExponent(BigDecimal stripped) {
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
