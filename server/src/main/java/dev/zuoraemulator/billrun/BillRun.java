package dev.zuoraemulator.billrun;

import dev.zuoraemulator.common.AuditedEntity;
import dev.zuoraemulator.common.EntityOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An ad hoc bill run that executes one invoice schedule item. */
@Entity
@Table(name = "bill_run")
public class BillRun extends AuditedEntity implements EntityOwned {

    /** The statuses an invoice schedule's bill run goes through, under Zuora's own names. */
    public enum Status {
        Pending,
        Processing,
        Completed,
        Error
    }

    @Id public String id;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "bill_run_number")
    public String number;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "schedule_id")
    public String scheduleId;

    /** The item this run bills. */
    @Column(name = "schedule_item_id")
    public String scheduleItemId;

    /**
     * The item the run's filter names: null when the schedule was executed without an item ID (I3).
     */
    @Column(name = "filter_item_id")
    public String filterItemId;

    @Column(name = "invoice_date")
    public LocalDate invoiceDate;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "invoice_id")
    public String invoiceId;

    @Override
    public String entityId() {
        return entityId;
    }
}
