package dev.zuoraemulator.invoice;

/** Stored and sent under Zuora's own names. */
public enum InvoiceStatus {
    Draft,
    Posted
}
