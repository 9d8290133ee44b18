package dev.zuoraemulator.billrun;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BillRunRepository implements PanacheRepositoryBase<BillRun, String> {

    /** The entity's bill run with this ID or number (decision I1). */
    public Optional<BillRun> findByKey(String entityId, String key) {
        return find("entityId = ?1 and (id = ?2 or number = ?2)", entityId, key).firstResultOptional();
    }

    public Optional<BillRun> lockInEntity(String entityId, String id) {
        return find("entityId = ?1 and id = ?2", entityId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
