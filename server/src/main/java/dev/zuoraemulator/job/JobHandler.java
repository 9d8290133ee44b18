package dev.zuoraemulator.job;

/** Does the work of one kind of job, inside the job's transaction. */
public interface JobHandler {

    Job.Kind kind();

    /** Does the work; throwing rolls it back whole, and the job is tried again later. */
    void run(String entityId, String targetId);

    /**
     * The job failed for the last time: leave the target in a state its owner can see and act on.
     */
    void giveUp(String entityId, String targetId, String reason);
}
