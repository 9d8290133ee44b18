package dev.zuoraemulator.operation;

import dev.zuoraemulator.common.EntityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class OperationJobRepository implements EntityScopedRepository<OperationJob> {

    /**
     * The job a durable job runs, row-locked while it is still Pending; empty once it ran (a job
     * tried again after its work committed does nothing).
     */
    public Optional<OperationJob> lockPending(String entityId, String jobId) {
        OperationJob job =
                lockInEntity(entityId, jobId)
                        .orElseThrow(() -> new IllegalStateException("job " + jobId + " is gone"));
        return job.status == OperationJob.Status.Pending ? Optional.of(job) : Optional.empty();
    }

    /** The job gave up: Failed; what it held on its object is the caller's to free. */
    public Optional<OperationJob> fail(String entityId, String jobId, Instant now) {
        return lockInEntity(entityId, jobId)
                .map(
                        job -> {
                            job.status = OperationJob.Status.Failed;
                            job.updatedAt = now;
                            return job;
                        });
    }
}
