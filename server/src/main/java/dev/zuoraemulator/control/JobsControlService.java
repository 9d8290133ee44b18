package dev.zuoraemulator.control;

import dev.zuoraemulator.adminapi.model.JobMode;
import dev.zuoraemulator.adminapi.model.JobStatus;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobControl;
import dev.zuoraemulator.job.JobService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/** The test controls' view of asynchronous work: list it, choose how it runs, run it now. */
@ApplicationScoped
public class JobsControlService {

    private final JobService jobs;
    private final JobControl control;
    private final SharedControls controls;

    JobsControlService(JobService jobs, JobControl control, SharedControls controls) {
        this.jobs = jobs;
        this.control = control;
        this.controls = controls;
    }

    public List<Job> list(JobStatus status, String entityId, int limit) {
        return list(status, entityId, null, limit);
    }

    /** A page of jobs, newest first, after the job of the ID given (the console's next page). */
    public List<Job> list(JobStatus status, String entityId, String beforeId, int limit) {
        return jobs.list(
                status == null ? null : AdminMapper.status(status), entityId, beforeId, limit);
    }

    public JobMode mode() {
        return AdminMapper.jobMode(control);
    }

    public JobMode setMode(JobMode mode) {
        JobControl.Mode newMode =
                mode.getMode() == null
                        ? null
                        : mode.getMode() == JobMode.ModeEnum.MANUAL
                                ? JobControl.Mode.MANUAL
                                : JobControl.Mode.AUTO;
        Duration delay = mode.getDelay() == null ? null : Durations.exact("delay", mode.getDelay());
        controls.update(c -> c.withJobs(newMode, delay));
        return mode();
    }

    /** Runs up to {@code max} due jobs now; answers them as they are after their attempt. */
    public List<Job> run(int max) {
        return jobs.runDue(max);
    }
}
