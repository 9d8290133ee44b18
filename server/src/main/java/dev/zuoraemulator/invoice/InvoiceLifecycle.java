package dev.zuoraemulator.invoice;

import dev.zuoraemulator.error.RuleRestrictionException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one place that knows which status an invoice may go to (decisions L1-L5, N4, S1): every
 * change of status, by the status operations, both split flows and deletion, is one of these
 * changes and is made by {@link #apply}. An invoice is made Draft (a standalone invoice, a split
 * invoice, a bill run's invoice); a standalone invoice created {@code Posted} is made Draft and
 * posted at once.
 */
public final class InvoiceLifecycle {

    private InvoiceLifecycle() {}

    /** A change of status: from one status to another, or to none (the invoice is removed). */
    public enum Change {
        /** L1, L2: posted, with its posted date and poster */
        POST(InvoiceStatus.Draft, InvoiceStatus.Posted),
        /** L1: "Cancel Post", the account's latest posted invoice only */
        UNPOST(InvoiceStatus.Posted, InvoiceStatus.Draft),
        /** L1 */
        CANCEL(InvoiceStatus.Draft, InvoiceStatus.Canceled),
        /** N4: split by the newer flow, kept as {@code Split} */
        SPLIT(InvoiceStatus.Draft, InvoiceStatus.Split),
        /** S1: split by the older flow, which removes the original */
        SPLIT_AWAY(InvoiceStatus.Draft, null),
        /** L5: a {@code Split} original follows its split invoices when they are canceled */
        CANCEL_WITH_GROUP(InvoiceStatus.Split, InvoiceStatus.Canceled),
        /** L4: deleted is final */
        DELETE(InvoiceStatus.Canceled, null);

        private final InvoiceStatus from;
        private final InvoiceStatus to;

        Change(InvoiceStatus from, InvoiceStatus to) {
            this.from = from;
            this.to = to;
        }

        public InvoiceStatus from() {
            return from;
        }

        /** The status after the change; null when the change removes the invoice. */
        public InvoiceStatus to() {
            return to;
        }
    }

    /** Whether an invoice in this status may undergo the change. */
    public static boolean allows(InvoiceStatus status, Change change) {
        return change.from == status;
    }

    /** Whether invoice and due dates may change (L3): only while Draft. */
    public static boolean datesEditable(InvoiceStatus status) {
        return status == InvoiceStatus.Draft;
    }

    /** Whether comments, autoPay, transferredToAccounting and custom fields may change (L3). */
    public static boolean fieldsEditable(InvoiceStatus status) {
        return status == InvoiceStatus.Draft || status == InvoiceStatus.Posted;
    }

    /**
     * Makes the change on an invoice that allows it; the caller removes an invoice whose change
     * leads to no status. Posting sets the posted date and poster, unposting clears them.
     *
     * @throws IllegalStateException when the status does not allow it: callers check first and
     *     answer the client's error themselves
     */
    public static void apply(
            Invoice invoice, Change change, String userId, Instant now, LocalDate today) {
        if (!allows(invoice.status, change)) {
            throw new IllegalStateException(
                    "invoice " + invoice.id + " is " + invoice.status + ": cannot " + change);
        }
        if (change.to == null) {
            return;
        }
        invoice.status = change.to;
        if (change == Change.POST) {
            invoice.postedDate = today;
            invoice.postedBy = userId;
        } else if (change == Change.UNPOST) {
            invoice.postedDate = null;
            invoice.postedBy = null;
        }
        invoice.updated(userId, now);
    }

    /**
     * A split in progress holds its invoice (N5, S8): neither its status nor its fields change
     * until the split is done or has failed.
     */
    public static void requireNotBeingSplit(Invoice invoice) {
        if (invoice.splittingBy != null) {
            throw new RuleRestrictionException(
                    "the invoice "
                            + invoice.invoiceNumber
                            + " is being split ("
                            + invoice.splittingBy
                            + "); it cannot change until the split is done");
        }
    }
}
