package dev.zuoraemulator.schedule;

import dev.zuoraemulator.common.AuditedEntity;
import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.CustomFieldsConverter;
import dev.zuoraemulator.common.EntityOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "invoice_schedule")
public class InvoiceSchedule extends AuditedEntity implements EntityOwned {

    /** Stored and sent under Zuora's own names. */
    public enum Status {
        Pending,
        PartiallyProcessed,
        Paused,
        FullyProcessed
    }

    @Id public String id;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "schedule_number")
    public String number;

    @Column(name = "account_id")
    public String accountId;

    public String currency;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_pause")
    public Status statusBeforePause;

    @Column(name = "next_run_date_override")
    public LocalDate nextRunDateOverride;

    public String notes;

    @Column(name = "invoice_separately")
    public boolean invoiceSeparately;

    @Column(name = "orders_json")
    public String ordersJson;

    @Column(name = "specific_subscriptions_json")
    public String specificSubscriptionsJson;

    @Column(name = "additional_subscriptions_json")
    public String additionalSubscriptionsJson;

    /** Custom fields (C10). */
    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    public CustomFields customFields = CustomFields.NONE;

    @Override
    public String entityId() {
        return entityId;
    }
}
