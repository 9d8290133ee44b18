package dev.zuoraemulator.common;

import java.time.Instant;
import java.util.List;

/**
 * Asynchronous work reached its end (a bill run completed, an InvoiceSplit made its invoices):
 * fired as a CDI event inside the transaction that finished it, so that what listens (callouts)
 * commits or rolls back with it.
 */
public record WorkCompleted(
        String event,
        String entityId,
        String objectType,
        String objectId,
        String objectNumber,
        String status,
        List<MadeInvoice> invoices,
        Instant time) {

    public static final String BILL_RUN_COMPLETED = "BillRunCompleted";
    public static final String INVOICE_SPLIT_COMPLETED = "InvoiceSplitCompleted";

    /** An invoice the work made. */
    public record MadeInvoice(String id, String number) {}
}
