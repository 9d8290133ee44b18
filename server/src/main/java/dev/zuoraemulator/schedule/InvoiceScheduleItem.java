package dev.zuoraemulator.schedule;

import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.CustomFieldsConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "invoice_schedule_item")
public class InvoiceScheduleItem extends PanacheEntityBase {

    /** Stored and sent under Zuora's own names. */
    public enum Status {
        Pending,
        Executing,
        Processed
    }

    @Id public String id;

    @Column(name = "schedule_id")
    public String scheduleId;

    /** The item's place in the schedule, from 1. */
    public int position;

    public String name;
    public BigDecimal amount;

    @Column(name = "run_date")
    public LocalDate runDate;

    @Column(name = "target_date_for_additional_subscriptions")
    public LocalDate targetDateForAdditionalSubscriptions;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "invoice_id")
    public String invoiceId;

    @Column(name = "bill_run_id")
    public String billRunId;

    /** Custom fields (C10). */
    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    public CustomFields customFields = CustomFields.NONE;
}
