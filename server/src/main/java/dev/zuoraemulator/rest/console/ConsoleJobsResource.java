package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.adminapi.model.JobMode;
import dev.zuoraemulator.adminapi.model.JobStatus;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.console.ConsoleForms;
import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.consoleapi.ConsoleJobsApi;
import dev.zuoraemulator.control.AdminMapper;
import dev.zuoraemulator.control.JobsControlService;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.job.Job;
import jakarta.ws.rs.core.Response;
import java.util.Map;

public class ConsoleJobsResource implements ConsoleJobsApi {

    private static final int RUN_AT_MOST = 1000;

    private final ConsolePages pages;
    private final JobsControlService jobs;
    private final EmulatorConfig config;

    ConsoleJobsResource(ConsolePages pages, JobsControlService jobs, EmulatorConfig config) {
        this.pages = pages;
        this.jobs = jobs;
        this.config = config;
    }

    @Override
    public Response consoleJobs(String entity, String status, String before) {
        JobStatus wanted;
        try {
            wanted = ConsoleForms.text(status) == null ? null : JobStatus.fromValue(status);
        } catch (IllegalArgumentException e) {
            return pages.message(400, "Refused", "status: one of Pending, Done, Failed");
        }
        ConsolePages.Slice<Job> page =
                ConsolePages.slice(
                        jobs.list(
                                wanted,
                                ConsoleForms.text(entity),
                                ConsoleForms.text(before),
                                ConsolePages.PAGE + 1),
                        j -> j.id);
        JobMode mode = jobs.mode();
        return pages.page(
                "jobs",
                "Jobs",
                Map.of(
                        "jobs",
                        // as the test controls' contract shows them: InvoiceSplit, Pending, ...
                        page.shown().stream().map(AdminMapper::job).toList(),
                        "status",
                        status == null ? "" : status,
                        "entity",
                        entity == null ? "" : entity,
                        "entities",
                        config.entityIds(),
                        "mode",
                        mode.getMode().toString(),
                        "delay",
                        mode.getDelay(),
                        "next",
                        page.next()));
    }

    @Override
    public Response consoleRunJobs(String cookie, String csrf, Integer max) {
        return pages.act(
                cookie,
                csrf,
                "/emulator/console/jobs",
                () -> {
                    if (max != null && max < 1) {
                        throw new InvalidValueException("max: at least 1");
                    }
                    jobs.run(max == null ? RUN_AT_MOST : Math.min(max, RUN_AT_MOST));
                });
    }

    @Override
    public Response consoleSetJobMode(String cookie, String csrf, String mode, String delay) {
        return pages.act(
                cookie,
                csrf,
                "/emulator/console/jobs",
                () -> {
                    JobMode change = new JobMode();
                    if (ConsoleForms.text(mode) != null) {
                        try {
                            change.mode(JobMode.ModeEnum.fromValue(mode.trim()));
                        } catch (IllegalArgumentException e) {
                            throw new InvalidValueException("mode: auto or manual");
                        }
                    }
                    change.delay(ConsoleForms.text(delay));
                    jobs.setMode(change);
                });
    }
}
