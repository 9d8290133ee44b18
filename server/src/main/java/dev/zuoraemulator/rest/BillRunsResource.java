package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.BillRunsApi;
import dev.zuoraemulator.api.model.BillRunResponse;
import dev.zuoraemulator.billrun.BillRunMapper;
import dev.zuoraemulator.billrun.BillRunService;
import dev.zuoraemulator.common.ZuoraRequest;

public class BillRunsResource implements BillRunsApi {

    private final BillRunService billRuns;
    private final ZuoraRequest request;

    BillRunsResource(BillRunService billRuns, ZuoraRequest request) {
        this.billRuns = billRuns;
        this.request = request;
    }

    @Override
    public BillRunResponse gETBillRun(
            String billRunId,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return BillRunMapper.toApi(billRuns.getBillRun(request.entityId(), billRunId));
    }
}
