package dev.zuoraemulator.invoice;

/**
 * Stored and sent under Zuora's own names; {@link InvoiceLifecycle} says which may follow which.
 */
public enum InvoiceStatus {
    Draft,
    Posted,
    Canceled,
    /** Kept after {@code PUT /v1/invoices/{invoiceKey}/split} made its split invoices (N4). */
    Split
}
