package dev.zuoraemulator.split;

import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Carries out a pending {@code PUT /v1/invoices/{invoiceKey}/split} of a large invoice (N5). */
@ApplicationScoped
public class SplitOperationJob implements JobHandler {

    private final InvoiceSplitOperation operation;

    SplitOperationJob(InvoiceSplitOperation operation) {
        this.operation = operation;
    }

    @Override
    public Job.Kind kind() {
        return Job.Kind.SPLIT_INVOICE;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(String entityId, String operationJobId) {
        operation.runJob(entityId, operationJobId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveUp(String entityId, String operationJobId, String reason) {
        operation.giveUp(entityId, operationJobId);
    }
}
