package dev.zuoraemulator.operation;

import dev.zuoraemulator.common.AuditedEntity;
import dev.zuoraemulator.common.EntityOwned;
import dev.zuoraemulator.common.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Zuora's operation job ({@code GET /v1/operations/jobs/{jobId}}): the state of an asynchronous
 * operation on an object. Here, a split by {@code PUT /v1/invoices/{invoiceKey}/split} (N5) or a
 * deletion by {@code DELETE /v1/invoices/{invoiceKey}} (L4).
 */
@Entity
@Table(name = "operation_job")
public class OperationJob extends AuditedEntity implements EntityOwned {

    /** Stored and sent under Zuora's own names. */
    public enum OperationType {
        Split,
        Delete
    }

    /** Stored and sent under Zuora's own names. */
    public enum Status {
        Pending,
        Processing,
        Failed,
        Completed
    }

    public static final String INVOICE = "Invoice";

    @Id public String id;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation_type")
    public OperationType operationType;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** A new Pending job of an operation on an invoice; the caller persists it. */
    public static OperationJob onInvoice(
            String entityId, String invoiceId, OperationType type, String userId, Instant now) {
        OperationJob job = new OperationJob();
        job.id = Ids.newId();
        job.entityId = entityId;
        job.objectType = INVOICE;
        job.objectId = invoiceId;
        job.operationType = type;
        job.status = Status.Pending;
        job.created(userId, now);
        return job;
    }

    @Override
    public String entityId() {
        return entityId;
    }
}
