package dev.zuoraemulator.invoice;

import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Runs a pending deletion of a large Canceled invoice (L4); the target is its operation job. */
@ApplicationScoped
public class InvoiceDeleteJob implements JobHandler {

    private final InvoiceDeletion deletion;

    InvoiceDeleteJob(InvoiceDeletion deletion) {
        this.deletion = deletion;
    }

    @Override
    public Job.Kind kind() {
        return Job.Kind.DELETE_INVOICE;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(String entityId, String operationJobId) {
        deletion.runJob(entityId, operationJobId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveUp(String entityId, String operationJobId, String reason) {
        deletion.giveUp(entityId, operationJobId);
    }
}
