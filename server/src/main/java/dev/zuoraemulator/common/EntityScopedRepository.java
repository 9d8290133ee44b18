package dev.zuoraemulator.common;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * A repository of objects that belong to an entity (tenant): every lookup by ID is scoped to the
 * entity, so an object of another entity is found exactly as often as an unknown ID.
 */
public interface EntityScopedRepository<T> extends PanacheRepositoryBase<T, String> {

    default Optional<T> findInEntity(String entityId, String id) {
        return find("entityId = ?1 and id = ?2", entityId, id).firstResultOptional();
    }

    /** The object, row-locked until the transaction ends. */
    default Optional<T> lockInEntity(String entityId, String id) {
        return find("entityId = ?1 and id = ?2", entityId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
