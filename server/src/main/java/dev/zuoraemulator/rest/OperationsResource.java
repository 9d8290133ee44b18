package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.OperationsApi;
import dev.zuoraemulator.api.model.GetOperationJobResponse;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.operation.OperationJobService;

public class OperationsResource implements OperationsApi {

    private final OperationJobService jobs;
    private final ZuoraRequest request;

    OperationsResource(OperationJobService jobs, ZuoraRequest request) {
        this.jobs = jobs;
        this.request = request;
    }

    @Override
    public GetOperationJobResponse gETOperationJob(
            String jobId,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return jobs.get(request.entityId(), jobId);
    }
}
