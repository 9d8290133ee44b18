package dev.zuoraemulator.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Zuora's system fields: who created and last updated an object, and when. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Column(name = "created_by_id")
    public String createdById;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by_id")
    public String updatedById;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Stamps a new object as created, and so last updated, by the user now. */
    public void created(String userId, Instant now) {
        createdById = userId;
        createdAt = now;
        updated(userId, now);
    }

    public void updated(String userId, Instant now) {
        updatedById = userId;
        updatedAt = now;
    }
}
