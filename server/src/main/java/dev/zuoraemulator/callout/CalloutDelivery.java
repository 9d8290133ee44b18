package dev.zuoraemulator.callout;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event to deliver to one callout, with how its attempts went. */
@Entity
@Table(name = "callout_delivery")
public class CalloutDelivery extends PanacheEntityBase {

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id public String id;

    @Column(name = "callout_id")
    public String calloutId;

    @Column(name = "entity_id")
    public String entityId;

    public String event;

    @Column(name = "object_id")
    public String objectId;

    public String body;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
