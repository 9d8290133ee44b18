package dev.zuoraemulator.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zuoraemulator.error.InvalidValueException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @Test
    void namesAreMatchedCaseInsensitivelyAndStoredCanonically() {
        assertEquals("Due Upon Receipt", PaymentTerms.canonical("t", "due upon RECEIPT"));
        assertEquals("Net 30", PaymentTerms.canonical("t", " NET   030 "));
        assertEquals("Net 0", PaymentTerms.canonical("t", "net 0"));
        assertEquals("Net 365", PaymentTerms.canonical("t", "Net 365"));
    }

    @Test
    void refusesTermsItDoesNotKnow() {
        for (String bad :
                new String[] {
                    "Net 366", "Net", "Net -1", "Net 30 days", "Due on receipt", "", "Net 1000"
                }) {
            InvalidValueException e =
                    assertThrows(
                            InvalidValueException.class,
                            () -> PaymentTerms.canonical("paymentTerm", bad),
                            bad);
            assertEquals(
                    "paymentTerm: '"
                            + bad
                            + "' is not an active payment term (use 'Due Upon Receipt' or"
                            + " 'Net N' with N from 0 to 365)",
                    e.getMessage());
        }
    }

    @Test
    void dueDateFollowsTheTerm() {
        assertEquals(JAN_31, PaymentTerms.dueDate("Due Upon Receipt", JAN_31));
        assertEquals(JAN_31, PaymentTerms.dueDate("Net 0", JAN_31));
        assertEquals(LocalDate.of(2026, 3, 2), PaymentTerms.dueDate("Net 30", JAN_31));
        assertEquals(LocalDate.of(2027, 1, 31), PaymentTerms.dueDate("Net 365", JAN_31));
    }

    @Property(tries = 500)
    void netNIsDueNDaysAfterTheInvoiceDate(
            @ForAll @IntRange(min = 0, max = 365) int days,
            @ForAll @IntRange(min = 0, max = 20000) int epochDay) {
        LocalDate invoiceDate = LocalDate.ofEpochDay(epochDay);
        String term = PaymentTerms.canonical("t", "net " + days);
        assertEquals("Net " + days, term);
        assertEquals(invoiceDate.plusDays(days), PaymentTerms.dueDate(term, invoiceDate));
    }
}
