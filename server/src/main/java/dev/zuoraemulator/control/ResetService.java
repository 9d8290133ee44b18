package dev.zuoraemulator.control;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.fault.FaultRules;
import dev.zuoraemulator.http.Limits;
import dev.zuoraemulator.journal.RequestJournal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code POST /emulator/v1/reset} (decision T2): every stored object of all entities, or of one,
 * deleted in one transaction, the numbering back to 1, and their journal entries, fault rules and
 * rate-limit counts forgotten. A full reset also puts the settings shared by all entities (clock,
 * job mode) back to their defaults. Configuration stays: the callout subscriptions (their
 * deliveries go) unless asked to go too, and tokens.
 */
@ApplicationScoped
public class ResetService {

    private static final Logger LOG = Logger.getLogger(ResetService.class);

    /** The callout subscriptions: configuration, deleted only when asked. */
    private static final String CALLOUTS = "callout";

    /**
     * The tables of stored state, children before their parents; invoice and schedule items go with
     * their invoice or schedule, split requests with their operation job, a query locator's rows
     * with it (ON DELETE CASCADE).
     */
    static final List<String> TABLES =
            List.of(
                    "query_locator",
                    "callout_delivery",
                    CALLOUTS,
                    "invoice_split_item",
                    "invoice_split",
                    "operation_job",
                    "bill_run",
                    "invoice",
                    "invoice_schedule",
                    "account",
                    "job",
                    "idempotency_key");

    private final EntityManager em;
    private final EmulatorConfig config;
    private final SharedControls controls;
    private final RequestJournal journal;
    private final FaultRules faults;
    private final Limits limits;

    ResetService(
            EntityManager em,
            EmulatorConfig config,
            SharedControls controls,
            RequestJournal journal,
            FaultRules faults,
            Limits limits) {
        this.em = em;
        this.config = config;
        this.controls = controls;
        this.journal = journal;
        this.faults = faults;
        this.limits = limits;
    }

    /**
     * Everything of every entity, and the shared settings; the callout subscriptions too if {@code
     * callouts}.
     */
    public void resetAll(boolean callouts) {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteAll(callouts);
                break;
            } catch (PersistenceException lockConflict) {
                // a job running meanwhile locked rows in the other order: it rolls back, this tries
                // again
                if (attempt == 3) {
                    throw lockConflict;
                }
                LOG.debugf(lockConflict, "Reset met running work; trying again");
            }
        }
        forgetRecentState();
        controls.reset();
    }

    /**
     * What lives in memory about recent requests: the journal, the fault rules, the quotas used.
     */
    void forgetRecentState() {
        journal.clear();
        faults.clear();
        limits.clearQuotas();
    }

    /**
     * Everything of one configured entity, its callout subscriptions too if {@code callouts}; the
     * shared settings stay.
     */
    @Transactional
    public void resetEntity(String entityId, boolean callouts) {
        if (!config.entityIds().contains(entityId)) {
            throw new InvalidValueException(
                    "entityId: not one of the configured entities " + config.entityIds());
        }
        for (String table : tables(callouts)) {
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
    void deleteAll(boolean callouts) {
        for (String table : tables(callouts)) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
        em.createNativeQuery("UPDATE number_sequence SET next_value = 0").executeUpdate();
    }

    private static List<String> tables(boolean callouts) {
        return callouts ? TABLES : TABLES.stream().filter(t -> !t.equals(CALLOUTS)).toList();
    }
}
