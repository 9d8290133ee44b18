package dev.zuoraemulator.split;

import dev.zuoraemulator.common.AuditedEntity;
import dev.zuoraemulator.common.EntityOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "invoice_split_item")
public class InvoiceSplitItem extends AuditedEntity implements EntityOwned {

    @Id public String id;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "invoice_split_id")
    public String invoiceSplitId;

    /** Creation order across all items: the item created last is the final split item. */
    @Column(name = "created_seq")
    public long createdSeq;

    @Column(name = "invoice_date")
    public LocalDate invoiceDate;

    @Column(name = "split_percentage")
    public BigDecimal splitPercentage;

    @Column(name = "payment_term")
    public String paymentTerm;

    /** The split invoice, once it exists. */
    @Column(name = "invoice_id")
    public String invoiceId;

    @Override
    public String entityId() {
        return entityId;
    }
}
