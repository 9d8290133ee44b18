package dev.zuoraemulator.common;

import dev.zuoraemulator.error.InvalidValueException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment terms the emulator knows (decision S6): {@code Due Upon Receipt} (due on the invoice
 * date) and {@code Net N} (due N days after it), N from 0 to 365. Names are matched
 * case-insensitively and stored canonically.
 */
public final class PaymentTerms {

    public static final String DUE_UPON_RECEIPT = "Due Upon Receipt";
    private static final Pattern NET = Pattern.compile("net\\s+(\\d{1,3})");

    private PaymentTerms() {}

    /** The canonical name of a term, or an {@link InvalidValueException} naming the field. */
    public static String canonical(String field, String term) {
        String t = term.trim().toLowerCase(Locale.ROOT);
        if (t.equals("due upon receipt")) {
            return DUE_UPON_RECEIPT;
        }
        Matcher m = NET.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(1)) <= 365) {
            return "Net " + Integer.parseInt(m.group(1));
        }
        throw new InvalidValueException(
                field
                        + ": '"
                        + term
                        + "' is not an active payment term (use 'Due Upon Receipt' or 'Net N' with N from 0 to 365)");
    }

    /** The due date of an invoice dated {@code invoiceDate} under a canonical term. */
    public static LocalDate dueDate(String canonicalTerm, LocalDate invoiceDate) {
        if (DUE_UPON_RECEIPT.equals(canonicalTerm)) {
            return invoiceDate;
        }
        return invoiceDate.plusDays(Integer.parseInt(canonicalTerm.substring(4)));
    }
}
