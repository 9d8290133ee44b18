package dev.zuoraemulator.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

/**
 * Human-readable numbers, one sequence per entity and kind: {@code A00000001}, {@code INV00000001},
 * ... A number is taken under the row lock of its sequence, so numbers are unique; a rolled-back
 * transaction gives its number back.
 */
@ApplicationScoped
public class NumberingService {

    public enum Kind {
        ACCOUNT("A", "A%08d"),
        INVOICE("INV", "INV%08d"),
        INVOICE_SCHEDULE("IS", "IS-%08d"),
        BILL_RUN("BR", "BR-%08d");

        final String key;
        final String format;

        Kind(String key, String format) {
            this.key = key;
            this.format = format;
        }
    }

    private final EntityManager em;

    NumberingService(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String entityId, Kind kind) {
        int updated =
                em.createNativeQuery(
                                "UPDATE number_sequence SET next_value = next_value + 1 WHERE entity_id = ?1 AND name = ?2")
                        .setParameter(1, entityId)
                        .setParameter(2, kind.key)
                        // the sequence depends on nothing the transaction holds unwritten: no
                        // flush of the session first (a native statement otherwise flushes all)
                        .setFlushMode(FlushModeType.COMMIT)
                        .executeUpdate();
        if (updated == 0) {
            throw new IllegalStateException(
                    "no number sequence " + kind.key + " for entity " + entityId);
        }
        long value =
                ((Number)
                                em.createNativeQuery(
                                                "SELECT next_value FROM number_sequence WHERE entity_id = ?1 AND name = ?2")
                                        .setParameter(1, entityId)
                                        .setParameter(2, kind.key)
                                        .setFlushMode(FlushModeType.COMMIT)
                                        .getSingleResult())
                        .longValue();
        return String.format(kind.format, value);
    }

    /** Creates the sequences of an entity that does not have them yet. */
    @Transactional
    public void ensureSequences(String entityId) {
        for (Kind kind : Kind.values()) {
            em.createNativeQuery(
                            "INSERT INTO number_sequence (entity_id, name, next_value) SELECT ?1, ?2, 0 "
                                    + "WHERE NOT EXISTS (SELECT 1 FROM number_sequence WHERE entity_id = ?1 AND name = ?2)")
                    .setParameter(1, entityId)
                    .setParameter(2, kind.key)
                    .executeUpdate();
        }
    }
}
