package dev.zuoraemulator.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zuoraemulator.error.InvalidValueException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void minorDigitsFollowTheCurrency() {
        assertEquals(2, Money.minorDigits("USD"));
        assertEquals(0, Money.minorDigits("JPY"));
        assertEquals(3, Money.minorDigits("BHD"));
    }

    @Test
    void rejectsUnknownAndNonMonetaryCurrencies() {
        InvalidValueException unknown =
                assertThrows(InvalidValueException.class, () -> Money.currency("c", "XYZ"));
        assertEquals("c: XYZ is not an ISO 4217 currency code", unknown.getMessage());
        assertThrows(InvalidValueException.class, () -> Money.currency("c", null));
        InvalidValueException gold =
                assertThrows(InvalidValueException.class, () -> Money.currency("c", "XAU"));
        assertEquals("c: XAU is not a currency that invoices can use", gold.getMessage());
        // a currency without minor units is one invoices can use
        assertEquals(java.util.Currency.getInstance("JPY"), Money.currency("c", "JPY"));
    }

    @Test
    void amountsDropTrailingZerosAndExponents() {
        assertEquals("12.5", Money.amount("a", new BigDecimal("12.500"), "USD").toPlainString());
        assertEquals(0, Money.amount("a", new BigDecimal("1E+3"), "USD").scale());
        assertEquals("1000", Money.amount("a", new BigDecimal("1E+3"), "USD").toPlainString());
        assertEquals("-0.01", Money.amount("a", new BigDecimal("-0.010"), "USD").toPlainString());
    }

    @Test
    void amountsRefuseMoreDecimalsThanTheCurrencyHas() {
        InvalidValueException e =
                assertThrows(
                        InvalidValueException.class,
                        () -> Money.amount("items[0].amount", new BigDecimal("1.5"), "JPY"));
        assertEquals("items[0].amount: 1.5 has more decimals than JPY allows (0)", e.getMessage());
        assertEquals("1.005", Money.amount("a", new BigDecimal("1.005"), "BHD").toPlainString());
    }

    @Test
    void amountsHaveAtMostFifteenIntegerDigits() {
        assertEquals(
                "999999999999999.99",
                Money.amount("a", new BigDecimal("999999999999999.99"), "USD").toPlainString());
        assertThrows(
                InvalidValueException.class,
                () -> Money.amount("a", new BigDecimal("1000000000000000"), "USD"));
        // a hostile exponent is refused on precision and scale, without expanding it
        assertThrows(
                InvalidValueException.class,
                () -> Money.amount("a", new BigDecimal("1E+400000000"), "USD"));
        assertThrows(
                InvalidValueException.class,
                () -> Money.amount("a", new BigDecimal("1E-400000000"), "USD"));
    }

    @Test
    void decimalsAllowNineDecimalPlaces() {
        assertEquals(
                "0.123456789", Money.decimal("q", new BigDecimal("0.1234567890")).toPlainString());
        InvalidValueException e =
                assertThrows(
                        InvalidValueException.class,
                        () -> Money.decimal("q", new BigDecimal("0.0000000001")));
        assertEquals("q: at most 9 decimals", e.getMessage());
        assertEquals(
                "q: the number is too large",
                assertThrows(
                                InvalidValueException.class,
                                () -> Money.decimal("q", new BigDecimal("1E+15")))
                        .getMessage());
    }

    @Test
    void percentagesAreAboveZeroAndAtMostHundred() {
        assertEquals("100", Money.percentage("p", new BigDecimal("100.000")).toPlainString());
        assertEquals(
                "0.000000001",
                Money.percentage("p", new BigDecimal("0.000000001")).toPlainString());
        for (String bad : new String[] {"0", "-1", "100.000000001", "0.0000000001"}) {
            assertThrows(
                    InvalidValueException.class,
                    () -> Money.percentage("p", new BigDecimal(bad)),
                    bad);
        }
    }

    @Property(tries = 2000)
    void anAcceptedAmountKeepsItsValueAndFitsTheCurrency(
            @ForAll("amounts") BigDecimal amount, @ForAll("currencies") String currency) {
        int digits = Money.minorDigits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            assertThrows(InvalidValueException.class, () -> Money.amount("a", amount, currency));
            return;
        }
        BigDecimal accepted = Money.amount("a", amount, currency);
        assertEquals(0, accepted.compareTo(amount));
        assertTrue(accepted.scale() >= 0 && accepted.scale() <= digits, accepted::toPlainString);
        assertEquals(accepted, Money.amount("a", accepted, currency), "idempotent");
    }

    @Property(tries = 1000)
    void decimalsAreAcceptedExactlyWhenTheyFitTheLimits(
            @ForAll @IntRange(min = -20, max = 20) int scale, @ForAll("unscaled") long unscaled) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        BigDecimal stripped = value.stripTrailingZeros();
        boolean fits =
                stripped.scale() <= Money.MAX_DECIMALS
                        && value.precision() - value.scale() <= Money.MAX_INTEGER_DIGITS;
        if (fits) {
            assertEquals(0, Money.decimal("d", value).compareTo(value));
        } else {
            assertThrows(InvalidValueException.class, () -> Money.decimal("d", value));
        }
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("-999999999999999"), new BigDecimal("999999999999999"))
                .ofScale(4);
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("USD", "EUR", "JPY", "KRW", "BHD", "KWD", "OMR", "GBP");
    }

    @Provide
    Arbitrary<Long> unscaled() {
        return Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L);
    }
}
