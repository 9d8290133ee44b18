package dev.zuoraemulator.split;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "invoice_split")
public class InvoiceSplit extends PanacheEntityBase {

    /** Internal life cycle; Zuora's object shows none of it. */
    public enum Status {
        /** items may be added; not executed */
        OPEN,
        /** accepted by execute; the split job will run it */
        QUEUED,
        /** the split invoices exist and the original invoice is gone */
        COMPLETED,
        /** the split job gave up; the original invoice is untouched */
        FAILED
    }

    @Id
    public String id;
    @Column(name = "entity_id")
    public String entityId;
    /** The original invoice. */
    @Column(name = "invoice_id")
    public String invoiceId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "created_by_id")
    public String createdById;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_by_id")
    public String updatedById;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
