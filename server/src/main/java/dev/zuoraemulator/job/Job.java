package dev.zuoraemulator.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Accepted asynchronous work, written in the transaction that accepted it, so a restart does not
 * lose it.
 */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    public enum Kind {
        /** an InvoiceSplit executed by {@code action/execute} */
        INVOICE_SPLIT,
        BILL_RUN,
        CALLOUT,
        /** a large invoice split by {@code PUT /v1/invoices/{invoiceKey}/split} */
        SPLIT_INVOICE,
        /** a large Canceled invoice deleted by {@code DELETE /v1/invoices/{invoiceKey}} */
        DELETE_INVOICE
    }

    public enum Status {
        PENDING,
        DONE,
        FAILED
    }

    @Id public String id;

    @Column(name = "entity_id")
    public String entityId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "target_id")
    public String targetId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "not_before")
    public Instant notBefore;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
