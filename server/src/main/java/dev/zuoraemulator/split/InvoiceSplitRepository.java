package dev.zuoraemulator.split;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvoiceSplitRepository implements PanacheRepositoryBase<InvoiceSplit, String> {

    public Optional<InvoiceSplit> findInEntity(String entityId, String id) {
        return find("entityId = ?1 and id = ?2", entityId, id).firstResultOptional();
    }

    /** The split, row-locked until the transaction ends: adding items and executing exclude each other. */
    public Optional<InvoiceSplit> lockInEntity(String entityId, String id) {
        return find("entityId = ?1 and id = ?2", entityId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
