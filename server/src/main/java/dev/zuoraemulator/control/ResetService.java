package dev.zuoraemulator.control;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.fault.FaultRules;
import dev.zuoraemulator.http.Limits;
import dev.zuoraemulator.job.JobControl;
import dev.zuoraemulator.journal.RequestJournal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * {@code POST /emulator/v1/reset}: every stored object of all entities, or of one, deleted in one
 * transaction, the numbering back to 1, and their journal entries, fault rules and rate-limit
 * counts forgotten. A full reset also puts the settings shared by all entities (clock, job mode)
 * back to their defaults.
 */
@ApplicationScoped
public class ResetService {

    /**
     * The tables of stored state, children before their parents; invoice and schedule items go with
     * their invoice or schedule (ON DELETE CASCADE).
     */
    static final List<String> TABLES =
            List.of(
                    "callout_delivery",
                    "callout",
                    "invoice_split_item",
                    "invoice_split",
                    "bill_run",
                    "invoice",
                    "invoice_schedule",
                    "account",
                    "job",
                    "idempotency_key");

    private final EntityManager em;
    private final EmulatorConfig config;
    private final ClockService clock;
    private final JobControl jobs;
    private final RequestJournal journal;
    private final FaultRules faults;
    private final Limits limits;

    ResetService(
            EntityManager em,
            EmulatorConfig config,
            ClockService clock,
            JobControl jobs,
            RequestJournal journal,
            FaultRules faults,
            Limits limits) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.jobs = jobs;
        this.journal = journal;
        this.faults = faults;
        this.limits = limits;
    }

    /** Everything of every entity, and the shared settings. */
    public void resetAll() {
        deleteAll();
        forgetRecentState();
        clock.reset();
        jobs.reset();
    }

    /**
     * What lives in memory about recent requests: the journal, the fault rules, the quotas used.
     */
    void forgetRecentState() {
        journal.clear();
        faults.clear();
        limits.clearQuotas();
    }

    /** Everything of one configured entity; the shared settings stay. */
    @Transactional
    public void resetEntity(String entityId) {
        if (!config.entityIds().contains(entityId)) {
            throw new InvalidValueException(
                    "entityId: not one of the configured entities " + config.entityIds());
        }
        for (String table : TABLES) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE entity_id = ?1")
                    .setParameter(1, entityId)
                    .executeUpdate();
        }
        em.createNativeQuery("UPDATE number_sequence SET next_value = 0 WHERE entity_id = ?1")
                .setParameter(1, entityId)
                .executeUpdate();
        journal.clear(entityId);
        faults.clear(entityId);
        limits.clearQuotas(entityId);
    }

    @Transactional
    void deleteAll() {
        for (String table : TABLES) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
        em.createNativeQuery("UPDATE number_sequence SET next_value = 0").executeUpdate();
    }
}
