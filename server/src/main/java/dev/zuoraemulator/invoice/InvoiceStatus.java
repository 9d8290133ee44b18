package dev.zuoraemulator.invoice;

/** Stored and sent under Zuora's own names. */
public enum InvoiceStatus {
    Draft,
    Posted,
    /** Kept after {@code PUT /v1/invoices/{invoiceKey}/split} made its split invoices (N4). */
    Split
}
