package dev.zuoraemulator.schedule;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvoiceScheduleRepository implements PanacheRepositoryBase<InvoiceSchedule, String> {

    /** The entity's schedule with this ID or number. */
    public Optional<InvoiceSchedule> findByKey(String entityId, String key) {
        return find("entityId = ?1 and (id = ?2 or number = ?2)", entityId, key).firstResultOptional();
    }

    /** The same, row-locked until the transaction ends: every change of a schedule goes through this lock. */
    public Optional<InvoiceSchedule> lockByKey(String entityId, String key) {
        return find("entityId = ?1 and (id = ?2 or number = ?2)", entityId, key)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
