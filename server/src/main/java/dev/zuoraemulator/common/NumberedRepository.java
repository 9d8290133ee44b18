package dev.zuoraemulator.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * A repository of entity-scoped objects that also have a number ({@code A00000001}, {@code
 * INV00000001}, {@code IS-00000001}, {@code BR-00000001}): a {@code *Key} path parameter names the
 * object by ID or by number (facts D9, decision I1).
 */
public interface NumberedRepository<T> extends EntityScopedRepository<T> {

    /** The entity property that holds the object's number, e.g. {@code invoiceNumber}. */
    String numberProperty();

    /** The entity's object with this ID or number. */
    default Optional<T> findByKey(String entityId, String key) {
        return byKey(entityId, key).firstResultOptional();
    }

    /** The same, row-locked until the transaction ends. */
    default Optional<T> lockByKey(String entityId, String key) {
        return byKey(entityId, key).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    default Optional<T> findByNumber(String entityId, String number) {
        return find("entityId = ?1 and " + numberProperty() + " = ?2", entityId, number)
                .firstResultOptional();
    }

    private PanacheQuery<T> byKey(String entityId, String key) {
        return find("entityId = ?1 and (id = ?2 or " + numberProperty() + " = ?2)", entityId, key);
    }
}
