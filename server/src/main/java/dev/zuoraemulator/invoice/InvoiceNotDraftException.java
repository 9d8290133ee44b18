package dev.zuoraemulator.invoice;

import dev.zuoraemulator.error.RuleRestrictionException;

/**
 * Posting an invoice that is not Draft: bulk-post answers it with Zuora's own code (L2), the CRUD
 * update as {@code INVALID_VALUE} (L1).
 */
public class InvoiceNotDraftException extends RuleRestrictionException {

    /** Zuora's code for the entry of a bulk-post whose invoice is not Draft. */
    public static final int BULK_POST_CODE = 59210020;

    public static final String MESSAGE = "Only invoices with Draft status can be posted.";

    public InvoiceNotDraftException() {
        super(MESSAGE);
    }
}
