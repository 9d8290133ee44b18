package dev.zuoraemulator.invoice;

import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.CustomFieldsConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "invoice_item")
public class InvoiceItem extends PanacheEntityBase {

    @Id public String id;

    @Column(name = "invoice_id")
    public String invoiceId;

    /** The item's place on its invoice, from 1. */
    public int position;

    public BigDecimal amount;

    @Column(name = "charge_name")
    public String chargeName;

    public String description;

    @Column(name = "service_start_date")
    public LocalDate serviceStartDate;

    @Column(name = "service_end_date")
    public LocalDate serviceEndDate;

    public BigDecimal quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public String sku;
    public String uom;

    @Column(name = "charge_date")
    public Instant chargeDate;

    @Column(name = "invoice_schedule_id")
    public String invoiceScheduleId;

    @Column(name = "invoice_schedule_item_id")
    public String invoiceScheduleItemId;

    /** A copy for another invoice with another amount: what a split invoice holds of this item. */
    public InvoiceItem share(String newId, String newInvoiceId, BigDecimal newAmount, Instant now) {
        InvoiceItem copy = new InvoiceItem();
        copy.id = newId;
        copy.invoiceId = newInvoiceId;
        copy.position = position;
        copy.amount = newAmount;
        copy.chargeName = chargeName;
        copy.description = description;
        copy.serviceStartDate = serviceStartDate;
        copy.serviceEndDate = serviceEndDate;
        copy.quantity = quantity;
        copy.unitPrice = unitPrice;
        copy.sku = sku;
        copy.uom = uom;
        copy.chargeDate = now;
        copy.invoiceScheduleId = invoiceScheduleId;
        copy.invoiceScheduleItemId = invoiceScheduleItemId;
        copy.customFields = customFields;
        return copy;
    }

    /** Custom fields (C10). */
    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    public CustomFields customFields = CustomFields.NONE;
}
