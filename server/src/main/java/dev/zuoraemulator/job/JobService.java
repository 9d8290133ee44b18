package dev.zuoraemulator.job;

import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.metrics.EmulatorMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Durable asynchronous work: enqueued with the accepting transaction, run one job per transaction,
 * oldest first, by the {@link JobWorker}'s threads. Several instances on one database share the
 * work: a job runs under its row lock ({@code FOR UPDATE SKIP LOCKED}), so exactly one instance
 * runs it, and the work of an instance that died (its transaction rolled back, its locks gone) is
 * taken by the next instance that looks.
 */
@ApplicationScoped
public class JobService {

    static final int MAX_ATTEMPTS = 3;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Logger LOG = Logger.getLogger(JobService.class);

    private final ZuoraTime time;
    private final Instance<JobHandler> handlers;
    private final TransactionSynchronizationRegistry transactions;
    private final JobWorker worker;
    private final JobControl control;
    private final boolean shared;
    private final EmulatorMetrics metrics;

    JobService(
            ZuoraTime time,
            Instance<JobHandler> handlers,
            TransactionSynchronizationRegistry transactions,
            JobWorker worker,
            JobControl control,
            EmulatorMetrics metrics,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.time = time;
        // an embedded H2 file is one process's; a PostgreSQL database may serve several
        this.shared = !"h2".equals(databaseKind);
        this.metrics = metrics;
        this.handlers = handlers;
        this.transactions = transactions;
        this.worker = worker;
        this.control = control;
    }

    /**
     * Records the job in the caller's transaction; the worker is woken once that transaction
     * commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String entityId, Job.Kind kind, String targetId) {
        enqueueAfter(entityId, kind, targetId, control.delay());
    }

    /** As {@link #enqueue}, due after the given time instead of the job delay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAfter(String entityId, Job.Kind kind, String targetId, Duration delay) {
        Job job = new Job();
        job.id = Ids.newId();
        job.entityId = entityId;
        job.kind = kind;
        job.targetId = targetId;
        job.status = Job.Status.PENDING;
        Instant now = time.now();
        job.createdAt = now;
        job.notBefore = now.plus(delay);
        job.persist();
        transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            worker.wakeUp();
                        }
                    }
                });
    }

    /**
     * The IDs of up to {@code limit} jobs that are due, oldest first. On a database that several
     * instances share, jobs another instance is running (their rows locked) are left out.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> due(int limit) {
        return Job.getEntityManager()
                .createNativeQuery(
                        "SELECT id FROM job WHERE status = ?1 AND not_before <= ?2"
                                + " ORDER BY created_at, id FETCH FIRST ?3 ROWS ONLY"
                                + (shared ? " FOR UPDATE SKIP LOCKED" : ""))
                .setParameter(1, Job.Status.PENDING.name())
                .setParameter(2, time.now().atOffset(ZoneOffset.UTC))
                .setParameter(3, limit)
                .getResultList();
    }

    /**
     * Runs the job and marks it done, in one transaction: the work and its record commit together.
     *
     * @return the job's kind, or null when the job was not pending any more (another worker ran it,
     *     or it is gone)
     */
    @Transactional
    public Job.Kind run(String jobId) {
        // the row lock and the status check make a job run once, whoever else was handed it, on
        // this instance or another one; a job being run elsewhere is skipped, not waited for
        if (Job.getEntityManager()
                .createNativeQuery(
                        "SELECT id FROM job WHERE id = ?1 AND status = ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, jobId)
                .setParameter(2, Job.Status.PENDING.name())
                .getResultList()
                .isEmpty()) {
            return null;
        }
        Job job = Job.findById(jobId);
        Instant started = time.now();
        metrics.jobWaited(job.kind.name(), Duration.between(job.notBefore, started));
        handler(job.kind).run(job.entityId, job.targetId);
        job.status = Job.Status.DONE;
        job.attempts++;
        job.finishedAt = time.now();
        return job.kind;
    }

    /**
     * Runs the job; a failure rolls its work back and is recorded for a later attempt.
     *
     * @return false when the job was not pending any more
     */
    public boolean attempt(String jobId) {
        long start = System.nanoTime();
        try {
            Job.Kind kind = run(jobId);
            if (kind != null) {
                metrics.jobRan(kind.name(), "done", Duration.ofNanos(System.nanoTime() - start));
            }
            return kind != null;
        } catch (RuntimeException e) {
            try {
                Job failed = recordFailure(jobId, e);
                if (failed != null) {
                    metrics.jobRan(
                            failed.kind.name(),
                            failed.status == Job.Status.FAILED ? "failed" : "retry",
                            Duration.ofNanos(System.nanoTime() - start));
                }
            } catch (RuntimeException recording) {
                // the job stays pending and is tried again at the next look
                LOG.error("Could not record the failure of job " + jobId, recording);
            }
            return true;
        }
    }

    /**
     * Runs up to {@code max} due jobs now, oldest first, also those that the jobs run here make
     * due; each job is tried at most once.
     *
     * @return the jobs that ran, as they are after their attempt
     */
    public List<Job> runDue(int max) {
        List<String> ran = new ArrayList<>();
        Set<String> tried = new HashSet<>();
        while (ran.size() < max) {
            List<String> due = due(tried.size() + JobWorker.LOOK_AHEAD);
            due.removeAll(tried);
            if (due.isEmpty()) {
                break;
            }
            for (String id : due) {
                if (ran.size() >= max) {
                    break;
                }
                tried.add(id);
                if (attempt(id)) {
                    ran.add(id);
                }
            }
        }
        return find(ran);
    }

    /** Jobs by ID, in the order given. */
    @Transactional
    public List<Job> find(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Job> found = new HashMap<>();
        for (Job job : Job.<Job>list("id in ?1", ids)) {
            found.put(job.id, job);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The newest jobs first, optionally of one status and one entity. */
    @Transactional
    public List<Job> list(Job.Status status, String entityId, int limit) {
        return list(status, entityId, null, limit);
    }

    /** As {@link #list(Job.Status, String, int)}, the page after the job given (its ID). */
    @Transactional
    public List<Job> list(Job.Status status, String entityId, String beforeId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Job before = beforeId == null ? null : Job.findById(beforeId);
        if (before != null) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            parameters.put("at", before.createdAt);
            parameters.put("id", before.id);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (entityId != null) {
            query.append(" and entityId = :entityId");
            parameters.put("entityId", entityId);
        }
        // with a status, the order names it and the creation time is bounded: H2 then reads the
        // (status, created, ID) index backwards, not another index of the status and a sort of
        // every job of that status
        String order = "createdAt desc, id desc";
        if (status != null) {
            query.append(" and createdAt <= :latest");
            parameters.put("latest", LATEST);
            order = "status desc, " + order;
        }
        return Job.<Job>find(query + " order by " + order, parameters).page(0, limit).list();
    }

    /**
     * After a failed run (rolled back): try again later, or give up after {@value #MAX_ATTEMPTS}
     * attempts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Job recordFailure(String jobId, Throwable failure) {
        Job job = Job.findById(jobId);
        if (job == null) {
            return null;
        }
        job.attempts++;
        String reason = String.valueOf(failure.getMessage());
        job.lastError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        if (job.attempts >= MAX_ATTEMPTS) {
            LOG.errorf(
                    failure,
                    "Job %s (%s of %s) failed %d times; giving up",
                    job.id,
                    job.kind,
                    job.targetId,
                    job.attempts);
            job.status = Job.Status.FAILED;
            job.finishedAt = time.now();
            handler(job.kind).giveUp(job.entityId, job.targetId, job.lastError);
        } else {
            LOG.warnf(
                    failure,
                    "Job %s (%s of %s) failed; trying again",
                    job.id,
                    job.kind,
                    job.targetId);
            job.notBefore = time.now().plus(Duration.ofSeconds(1L << job.attempts));
        }
        return job;
    }

    private JobHandler handler(Job.Kind kind) {
        return handlers.stream()
                .filter(h -> h.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for " + kind));
    }
}
