package dev.zuoraemulator.control;

import dev.zuoraemulator.adminapi.model.CalloutEventType;
import dev.zuoraemulator.adminapi.model.Clock;
import dev.zuoraemulator.adminapi.model.JobMode;
import dev.zuoraemulator.adminapi.model.JobStatus;
import dev.zuoraemulator.callout.Callout;
import dev.zuoraemulator.callout.CalloutDelivery;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.fault.FaultRule;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobControl;
import dev.zuoraemulator.journal.JournalEntry;
import dev.zuoraemulator.journal.RequestJournal;
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
                        switch (job.kind) {
                            case BILL_RUN -> dev.zuoraemulator.adminapi.model.Job.KindEnum.BILL_RUN;
                            case INVOICE_SPLIT ->
                                    dev.zuoraemulator.adminapi.model.Job.KindEnum.INVOICE_SPLIT;
                            case CALLOUT -> dev.zuoraemulator.adminapi.model.Job.KindEnum.CALLOUT;
                            case SPLIT_INVOICE ->
                                    dev.zuoraemulator.adminapi.model.Job.KindEnum.SPLIT_INVOICE;
                            case DELETE_INVOICE ->
                                    dev.zuoraemulator.adminapi.model.Job.KindEnum.DELETE_INVOICE;
                        })
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

    public static dev.zuoraemulator.adminapi.model.JournalEntry entry(RequestJournal.Named named) {
        JournalEntry e = named.entry();
        return new dev.zuoraemulator.adminapi.model.JournalEntry()
                .sequence(e.sequence())
                .time(utc(e.time()))
                .method(e.method())
                .path(e.path())
                .query(e.query())
                .operationId(named.operationId())
                .entityId(e.entityId())
                .trackId(e.trackId())
                .requestId(e.requestId())
                .idempotencyKey(e.idempotencyKey())
                .requestBody(e.requestBody())
                .status(e.status())
                .responseBody(e.responseBody())
                .durationMillis(e.durationMillis());
    }

    public static dev.zuoraemulator.adminapi.model.FaultRule fault(FaultRule rule) {
        FaultRule.Effect effect = rule.effect();
        return new dev.zuoraemulator.adminapi.model.FaultRule()
                .id(rule.id())
                .operationId(rule.match().operationId())
                .method(rule.match().method())
                .path(rule.match().path() == null ? null : rule.match().path().pattern())
                .entityId(rule.match().entityId())
                .when(
                        rule.when() == FaultRule.When.AFTER
                                ? dev.zuoraemulator.adminapi.model.FaultRule.WhenEnum.AFTER
                                : dev.zuoraemulator.adminapi.model.FaultRule.WhenEnum.BEFORE)
                .status(effect.status())
                .body(effect.body())
                .headers(effect.headers())
                .delay(effect.delay() == null ? null : effect.delay().toString())
                .delayMax(effect.delayMax() == null ? null : effect.delayMax().toString())
                .network(
                        effect.network() == null
                                ? null
                                : effect.network() == FaultRule.Network.CONNECTION_RESET
                                        ? dev.zuoraemulator.adminapi.model.FaultRule.NetworkEnum
                                                .CONNECTION_RESET
                                        : dev.zuoraemulator.adminapi.model.FaultRule.NetworkEnum
                                                .EMPTY_RESPONSE)
                .probability(rule.probability())
                .times(rule.times())
                .hits(rule.hits())
                .active(rule.active())
                .createdAt(utc(rule.createdAt()));
    }

    public static dev.zuoraemulator.adminapi.model.Snapshot snapshot(SnapshotService.Info info) {
        return new dev.zuoraemulator.adminapi.model.Snapshot()
                .name(info.name())
                .createdAt(utc(info.createdAt()))
                .objects(info.objects())
                .bytes(info.bytes());
    }

    public static dev.zuoraemulator.adminapi.model.Callout callout(Callout callout) {
        return new dev.zuoraemulator.adminapi.model.Callout()
                .id(callout.id)
                .url(callout.url)
                .events(callout.eventList().stream().map(CalloutEventType::fromValue).toList())
                .entityId(callout.entityId)
                .signed(callout.secret != null)
                .createdAt(utc(callout.createdAt));
    }

    public static dev.zuoraemulator.adminapi.model.CalloutDelivery delivery(CalloutDelivery d) {
        return new dev.zuoraemulator.adminapi.model.CalloutDelivery()
                .id(d.id)
                .calloutId(d.calloutId)
                .event(CalloutEventType.fromValue(d.event))
                .objectId(d.objectId)
                .status(
                        dev.zuoraemulator.adminapi.model.CalloutDelivery.StatusEnum.fromValue(
                                switch (d.status) {
                                    case PENDING -> "Pending";
                                    case DELIVERED -> "Delivered";
                                    case FAILED -> "Failed";
                                }))
                .attempts(d.attempts)
                .lastStatus(d.lastStatus)
                .lastError(d.lastError)
                .body(d.body)
                .createdAt(utc(d.createdAt))
                .deliveredAt(utc(d.deliveredAt));
    }

    /** UTC, to the millisecond: what a client parses back to the same instant. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null
                ? null
                : instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
