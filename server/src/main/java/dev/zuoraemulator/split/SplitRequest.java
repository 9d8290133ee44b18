package dev.zuoraemulator.split;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A {@code PUT /v1/invoices/{invoiceKey}/split} request, kept with its operation job so that the
 * job can carry it out after a restart (N5, S8). Its {@link SplitRequestPart}s are the splits.
 */
@Entity
@Table(name = "split_request")
public class SplitRequest extends PanacheEntityBase {

    /** The answer's {@code id}. */
    @Id public String id;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "job_id")
    public String jobId;

    @Column(name = "invoice_id")
    public String invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "split_type")
    public LargestRemainderSplit.Type splitType;
}
