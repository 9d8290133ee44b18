package dev.zuoraemulator.split;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One split of a {@link SplitRequest}: one new invoice, its date and term already resolved. */
@Entity
@Table(name = "split_request_part")
public class SplitRequestPart extends PanacheEntityBase {

    @Id public String id;

    @Column(name = "request_id")
    public String requestId;

    /** The split's place in the request, from 0. */
    public int position;

    /** Set for an Amount split. */
    @Column(name = "split_amount")
    public BigDecimal splitAmount;

    /** Set for a Percentage split. */
    @Column(name = "split_percentage")
    public BigDecimal splitPercentage;

    @Column(name = "invoice_date")
    public LocalDate invoiceDate;

    @Column(name = "payment_term")
    public String paymentTerm;

    /** The invoice made, once the split is done. */
    @Column(name = "invoice_id")
    public String invoiceId;

    BigDecimal value() {
        return splitAmount != null ? splitAmount : splitPercentage;
    }
}
