package dev.zuoraemulator.job;

import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.ZuoraTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Durable asynchronous work: enqueued with the accepting transaction, run one job per transaction,
 * oldest first, by the {@link JobWorker}'s threads.
 */
@ApplicationScoped
public class JobService {

    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(JobService.class);

    private final ZuoraTime time;
    private final Instance<JobHandler> handlers;
    private final TransactionSynchronizationRegistry transactions;
    private final JobWorker worker;
    private final JobControl control;

    JobService(
            ZuoraTime time,
            Instance<JobHandler> handlers,
            TransactionSynchronizationRegistry transactions,
            JobWorker worker,
            JobControl control) {
        this.time = time;
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

    /** The IDs of up to {@code limit} jobs that are due, oldest first. */
    @Transactional
    public List<String> due(int limit) {
        return Job.getEntityManager()
                .createQuery(
                        "select j.id from Job j where j.status = ?1 and j.notBefore <= ?2"
                                + " order by j.createdAt, j.id",
                        String.class)
                .setParameter(1, Job.Status.PENDING)
                .setParameter(2, time.now())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Runs the job and marks it done, in one transaction: the work and its record commit together.
     *
     * @return false when the job was not pending any more (another worker ran it, or it is gone)
     */
    @Transactional
    public boolean run(String jobId) {
        // the row lock and the status check make a job run once, whoever else was handed it
        Job job = Job.findById(jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.status != Job.Status.PENDING) {
            return false;
        }
        handler(job.kind).run(job.entityId, job.targetId);
        job.status = Job.Status.DONE;
        job.attempts++;
        job.finishedAt = time.now();
        return true;
    }

    /**
     * Runs the job; a failure rolls its work back and is recorded for a later attempt.
     *
     * @return false when the job was not pending any more
     */
    public boolean attempt(String jobId) {
        try {
            return run(jobId);
        } catch (RuntimeException e) {
            try {
                recordFailure(jobId, e);
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
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (entityId != null) {
            query.append(" and entityId = :entityId");
            parameters.put("entityId", entityId);
        }
        return Job.<Job>find(query + " order by createdAt desc, id desc", parameters)
                .page(0, limit)
                .list();
    }

    /**
     * After a failed run (rolled back): try again later, or give up after {@value #MAX_ATTEMPTS}
     * attempts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String jobId, Throwable failure) {
        Job job = Job.findById(jobId);
        if (job == null) {
            return;
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
    }

    private JobHandler handler(Job.Kind kind) {
        return handlers.stream()
                .filter(h -> h.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for " + kind));
    }
}
