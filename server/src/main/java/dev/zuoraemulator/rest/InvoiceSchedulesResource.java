package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.InvoiceSchedulesApi;
import dev.zuoraemulator.api.model.BillRunResponse;
import dev.zuoraemulator.api.model.CommonResponse;
import dev.zuoraemulator.api.model.InvoiceScheduleResponses;
import dev.zuoraemulator.api.model.POSTCreateInvoiceScheduleRequest;
import dev.zuoraemulator.api.model.POSTExecuteInvoiceScheduleRequest;
import dev.zuoraemulator.api.model.PUTUpdateInvoiceScheduleRequest;
import dev.zuoraemulator.billrun.BillRunMapper;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.idempotency.Idempotent;
import dev.zuoraemulator.schedule.ScheduleMapper;
import dev.zuoraemulator.schedule.ScheduleService;

@Idempotent
public class InvoiceSchedulesResource implements InvoiceSchedulesApi {

    private final ScheduleService schedules;
    private final ZuoraRequest request;

    InvoiceSchedulesResource(ScheduleService schedules, ZuoraRequest request) {
        this.schedules = schedules;
        this.request = request;
    }

    @Override
    public InvoiceScheduleResponses pOSTCreateInvoiceSchedule(
            POSTCreateInvoiceScheduleRequest body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return ScheduleMapper.toApi(
                schedules.createSchedule(request.entityId(), request.userId(), body));
    }

    @Override
    public InvoiceScheduleResponses gETInvoiceSchedule(
            String scheduleKey,
            Integer page,
            Integer pageSize,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return ScheduleMapper.toApi(
                schedules.getSchedule(request.entityId(), scheduleKey), page, pageSize);
    }

    @Override
    public InvoiceScheduleResponses pUTUpdateInvoiceSchedule(
            String scheduleKey,
            PUTUpdateInvoiceScheduleRequest body,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return ScheduleMapper.toApi(
                schedules.updateSchedule(request.entityId(), request.userId(), scheduleKey, body));
    }

    @Override
    public CommonResponse dELETEInvoiceSchedule(
            String scheduleKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        schedules.deleteSchedule(request.entityId(), scheduleKey);
        return new CommonResponse().success(true).requestId(request.requestId());
    }

    @Override
    public InvoiceScheduleResponses pUTPauseInvoiceSchedule(
            String scheduleKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return ScheduleMapper.toApi(
                schedules.pauseSchedule(request.entityId(), request.userId(), scheduleKey));
    }

    @Override
    public InvoiceScheduleResponses pUTResumeInvoiceSchedule(
            String scheduleKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return ScheduleMapper.toApi(
                schedules.resumeSchedule(request.entityId(), request.userId(), scheduleKey));
    }

    @Override
    public BillRunResponse pOSTExecuteInvoiceSchedule(
            String scheduleKey,
            POSTExecuteInvoiceScheduleRequest body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return BillRunMapper.toApi(
                schedules.executeSchedule(
                        request.entityId(),
                        request.userId(),
                        scheduleKey,
                        body.getScheduleItemId()));
    }
}
