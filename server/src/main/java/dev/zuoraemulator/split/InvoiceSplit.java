package dev.zuoraemulator.split;

import dev.zuoraemulator.common.AuditedEntity;
import dev.zuoraemulator.common.EntityOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoice_split")
public class InvoiceSplit extends AuditedEntity implements EntityOwned {

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

    @Id public String id;

    @Column(name = "entity_id")
    public String entityId;

    /** The original invoice. */
    @Column(name = "invoice_id")
    public String invoiceId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Override
    public String entityId() {
        return entityId;
    }
}
