package dev.zuoraemulator.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    public enum State {
        IN_FLIGHT,
        COMPLETED
    }

    public record Key(String entityId, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "entity_id")
    public String entityId;

    @Id
    @Column(name = "idem_key")
    public String key;

    /** SHA-256 of the method, the URL and the canonical body. */
    public String fingerprint;

    @Enumerated(EnumType.STRING)
    public State state;

    public Integer status;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
