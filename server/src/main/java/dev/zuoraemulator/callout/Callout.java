package dev.zuoraemulator.callout;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An HTTP callback registered through the test controls. */
@Entity
@Table(name = "callout")
public class Callout extends PanacheEntityBase {

    @Id public String id;

    public String url;

    /** The events, comma-separated. */
    public String events;

    public String secret;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "created_at")
    public Instant createdAt;

    public List<String> eventList() {
        return Arrays.asList(events.split(","));
    }
}
