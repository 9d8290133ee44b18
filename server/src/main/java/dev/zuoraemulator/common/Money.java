package dev.zuoraemulator.common;

import java.math.BigDecimal;
import java.util.Currency;

import dev.zuoraemulator.error.InvalidValueException;

/** Currency rules: which currencies exist, their minor units, and what an acceptable amount is. */
public final class Money {

    /** The largest magnitude of one amount: 15 integer digits. */
    public static final int MAX_INTEGER_DIGITS = 15;

    private Money() {
    }

    /** The ISO 4217 currency, or an {@link InvalidValueException} naming the field. */
    public static Currency currency(String field, String code) {
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new InvalidValueException(field + ": " + code + " is not a currency that invoices can use");
            }
            return currency;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException(field + ": " + code + " is not an ISO 4217 currency code");
        }
    }

    /** Decimal places of the currency's minor unit: 2 for USD, 0 for JPY, 3 for BHD. */
    public static int minorDigits(String currencyCode) {
        return Currency.getInstance(currencyCode).getDefaultFractionDigits();
    }

    /**
     * Checks an amount: at most {@link #MAX_INTEGER_DIGITS} integer digits and at most the currency's minor-unit
     * decimals. Checked on precision and scale only, so a hostile {@code 1e400000000} costs nothing.
     */
    public static BigDecimal checkAmount(String field, BigDecimal amount, String currencyCode) {
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException(field + ": the amount is too large (at most " + MAX_INTEGER_DIGITS
                    + " integer digits)");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        int digits = minorDigits(currencyCode);
        if (stripped.scale() > digits) {
            throw new InvalidValueException(field + ": " + amount.toPlainString() + " has more decimals than "
                    + currencyCode + " allows (" + digits + ")");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
