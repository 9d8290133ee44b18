package dev.zuoraemulator.rest.admin;

import dev.zuoraemulator.adminapi.JobsApi;
import dev.zuoraemulator.adminapi.model.JobList;
import dev.zuoraemulator.adminapi.model.JobMode;
import dev.zuoraemulator.adminapi.model.JobRun;
import dev.zuoraemulator.adminapi.model.JobRunResult;
import dev.zuoraemulator.adminapi.model.JobStatus;
import dev.zuoraemulator.control.AdminMapper;
import dev.zuoraemulator.control.JobsControlService;

public class JobsResource implements JobsApi {

    private final JobsControlService jobs;

    JobsResource(JobsControlService jobs) {
        this.jobs = jobs;
    }

    @Override
    public JobList listJobs(JobStatus status, String entityId, Integer limit) {
        return new JobList()
                .jobs(
                        jobs.list(status, entityId, limit == null ? 100 : limit).stream()
                                .map(AdminMapper::job)
                                .toList());
    }

    @Override
    public JobMode getJobMode() {
        return jobs.mode();
    }

    @Override
    public JobMode setJobMode(JobMode mode) {
        return jobs.setMode(mode);
    }

    @Override
    public JobRunResult runJobs(JobRun run) {
        int max = run == null || run.getMax() == null ? 1000 : run.getMax();
        return new JobRunResult().ran(jobs.run(max).stream().map(AdminMapper::job).toList());
    }
}
