package dev.zuoraemulator.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * A repository of entity-scoped objects that also have a number ({@code A00000001}, {@code
 * INV00000001}, {@code IS-00000001}, {@code BR-00000001}): a {@code *Key} path parameter names the
 * object by ID or by number (facts D9, decision I1).
 */
public interface NumberedRepository<T extends EntityOwned> extends EntityScopedRepository<T> {

    /** The entity property that holds the object's number, e.g. {@code invoiceNumber}. */
    String numberProperty();

    /**
     * The entity's object with this ID or number. Two lookups, each on an index (the primary key,
     * then the entity's unique number), so the cost does not grow with the table; a condition
     * {@code id = ? or number = ?} cannot use an index for both branches. An ID wins over a number
     * that happens to equal it.
     */
    default Optional<T> findByKey(String entityId, String key) {
        Optional<T> byId = findInEntity(entityId, key);
        return byId.isPresent() ? byId : findByNumber(entityId, key);
    }

    /** The same, row-locked until the transaction ends. */
    default Optional<T> lockByKey(String entityId, String key) {
        Optional<T> byId = lockInEntity(entityId, key);
        return byId.isPresent() || !EntityScopedRepository.storable(key)
                ? byId
                : byNumber(entityId, key)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .firstResultOptional();
    }

    default Optional<T> findByNumber(String entityId, String number) {
        if (!EntityScopedRepository.storable(number)) {
            return Optional.empty();
        }
        return byNumber(entityId, number).firstResultOptional();
    }

    private PanacheQuery<T> byNumber(String entityId, String number) {
        return find("entityId = ?1 and " + numberProperty() + " = ?2", entityId, number);
    }
}
