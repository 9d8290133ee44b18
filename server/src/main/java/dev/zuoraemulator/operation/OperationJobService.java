package dev.zuoraemulator.operation;

import dev.zuoraemulator.api.model.GetOperationJobResponse;
import dev.zuoraemulator.error.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reading operation jobs; the operations that own them write them. */
@ApplicationScoped
public class OperationJobService {

    private final OperationJobRepository jobs;

    OperationJobService(OperationJobRepository jobs) {
        this.jobs = jobs;
    }

    @Transactional
    public GetOperationJobResponse get(String entityId, String jobId) {
        OperationJob job =
                jobs.findInEntity(entityId, jobId)
                        .orElseThrow(() -> ObjectNotFoundException.of("OperationJob", jobId));
        return new GetOperationJobResponse()
                .id(job.id)
                .objectId(job.objectId)
                .objectType(GetOperationJobResponse.ObjectTypeEnum.fromValue(job.objectType))
                .operationType(
                        GetOperationJobResponse.OperationTypeEnum.fromValue(
                                job.operationType.name()))
                .status(GetOperationJobResponse.StatusEnum.fromValue(job.status.name()))
                .success(true);
    }
}
