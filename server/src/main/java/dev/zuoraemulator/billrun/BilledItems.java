package dev.zuoraemulator.billrun;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a bill run bills. The emulator's bill runs bill invoice schedule items; the schedule package
 * implements this, so that bill runs need not know schedules. Every method runs in the bill run's
 * job transaction.
 */
public interface BilledItems {

    /** The item's charge as the invoice line shows it. */
    record Charge(BigDecimal amount, String chargeName) {}

    /**
     * Locks what the run bills until the transaction ends, and tells what its invoice line charges.
     */
    Charge lockForBilling(BillRun run);

    /** The run has created the item's invoice. */
    void billed(BillRun run, String invoiceId, Instant now);

    /** The run failed for good: the item may be executed anew. */
    void notBilled(BillRun run);
}
