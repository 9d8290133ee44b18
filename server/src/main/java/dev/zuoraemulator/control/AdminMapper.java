package dev.zuoraemulator.control;

import dev.zuoraemulator.adminapi.model.Clock;
import dev.zuoraemulator.adminapi.model.JobMode;
import dev.zuoraemulator.adminapi.model.JobStatus;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobControl;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The test controls' answers, from the emulator's state. */
public final class AdminMapper {

    private AdminMapper() {}

    public static Clock clock(ZuoraTime time) {
        return new Clock().now(utc(time.now())).frozen(time.frozen());
    }

    public static JobMode jobMode(JobControl control) {
        return new JobMode()
                .mode(
                        control.mode() == JobControl.Mode.MANUAL
                                ? JobMode.ModeEnum.MANUAL
                                : JobMode.ModeEnum.AUTO)
                .delay(control.delay().toString());
    }

    public static dev.zuoraemulator.adminapi.model.Job job(Job job) {
        return new dev.zuoraemulator.adminapi.model.Job()
                .id(job.id)
                .kind(
                        job.kind == Job.Kind.BILL_RUN
                                ? dev.zuoraemulator.adminapi.model.Job.KindEnum.BILL_RUN
                                : dev.zuoraemulator.adminapi.model.Job.KindEnum.INVOICE_SPLIT)
                .entityId(job.entityId)
                .objectId(job.targetId)
                .status(status(job.status))
                .dueAt(utc(job.notBefore))
                .attempts(job.attempts)
                .lastError(job.lastError)
                .createdAt(utc(job.createdAt))
                .finishedAt(utc(job.finishedAt));
    }

    public static JobStatus status(Job.Status status) {
        return switch (status) {
            case PENDING -> JobStatus.PENDING;
            case DONE -> JobStatus.DONE;
            case FAILED -> JobStatus.FAILED;
        };
    }

    public static Job.Status status(JobStatus status) {
        return switch (status) {
            case PENDING -> Job.Status.PENDING;
            case DONE -> Job.Status.DONE;
            case FAILED -> Job.Status.FAILED;
        };
    }

    /** UTC, to the millisecond: what a client parses back to the same instant. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null
                ? null
                : instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
