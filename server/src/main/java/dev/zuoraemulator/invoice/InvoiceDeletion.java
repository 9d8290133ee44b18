package dev.zuoraemulator.invoice;

import dev.zuoraemulator.api.model.DeleteInvoiceResponseType;
import dev.zuoraemulator.api.model.DeleteInvoiceResponseType.JobStatusEnum;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.RuleRestrictionException;
import dev.zuoraemulator.invoice.InvoiceLifecycle.Change;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobService;
import dev.zuoraemulator.operation.OperationJob;
import dev.zuoraemulator.operation.OperationJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * {@code DELETE /v1/invoices/{invoiceKey}} (decision L4): a Canceled invoice of fewer than {@value
 * #SYNCHRONOUS_BELOW} items is deleted within the request, a larger one by a durable job ({@link
 * InvoiceDeleteJob}). Either way the deletion is one transaction: the invoice and its items are
 * gone and the operation job Completed, or nothing changed. Its number is never given again.
 */
@ApplicationScoped
public class InvoiceDeletion {

    /** L4: an invoice of this many items or more is deleted by a job. */
    public static final int SYNCHRONOUS_BELOW = 100;

    private final InvoiceRepository invoices;
    private final InvoiceItemRepository items;
    private final OperationJobRepository operationJobs;
    private final JobService jobs;
    private final ZuoraTime time;

    InvoiceDeletion(
            InvoiceRepository invoices,
            InvoiceItemRepository items,
            OperationJobRepository operationJobs,
            JobService jobs,
            ZuoraTime time) {
        this.invoices = invoices;
        this.items = items;
        this.operationJobs = operationJobs;
        this.jobs = jobs;
        this.time = time;
    }

    @Transactional
    public DeleteInvoiceResponseType delete(String entityId, String userId, String key) {
        Invoice invoice =
                invoices.lockByKey(entityId, key)
                        .orElseThrow(() -> ObjectNotFoundException.of("Invoice", key));
        if (invoice.deletingBy != null) {
            // a retry while its job is pending: the same job, not a second one
            return answer(invoice.id, invoice.deletingBy, JobStatusEnum.PENDING);
        }
        if (!InvoiceLifecycle.allows(invoice.status, Change.DELETE)) {
            throw new RuleRestrictionException(
                    "the invoice "
                            + invoice.invoiceNumber
                            + " is "
                            + invoice.status
                            + "; only a Canceled invoice can be deleted");
        }
        Instant now = time.now();
        OperationJob job =
                OperationJob.onInvoice(
                        entityId, invoice.id, OperationJob.OperationType.Delete, userId, now);
        operationJobs.persist(job);
        if (items.countOfInvoice(invoice.id) < SYNCHRONOUS_BELOW) {
            remove(invoice, job, userId, now);
            return answer(invoice.id, job.id, JobStatusEnum.COMPLETED);
        }
        invoice.deletingBy = job.id;
        jobs.enqueue(entityId, Job.Kind.DELETE_INVOICE, job.id);
        return answer(invoice.id, job.id, JobStatusEnum.PENDING);
    }

    /** The job's part: the pending deletion of {@code jobId}, in the job's transaction, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    void runJob(String entityId, String jobId) {
        operationJobs
                .lockPending(entityId, jobId)
                .ifPresent(
                        job -> {
                            Invoice invoice =
                                    invoices.lockInEntity(entityId, job.objectId)
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalStateException(
                                                                    "invoice "
                                                                            + job.objectId
                                                                            + " is gone"));
                            remove(invoice, job, job.createdById, time.now());
                        });
    }

    /** The job gave up: the invoice stays Canceled and can be deleted again, the job Failed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void giveUp(String entityId, String jobId) {
        operationJobs
                .fail(entityId, jobId, time.now())
                .flatMap(job -> invoices.lockInEntity(entityId, job.objectId))
                .filter(invoice -> jobId.equals(invoice.deletingBy))
                .ifPresent(invoice -> invoice.deletingBy = null);
    }

    private void remove(Invoice invoice, OperationJob job, String userId, Instant now) {
        InvoiceLifecycle.apply(invoice, Change.DELETE, userId, now, null);
        items.deleteOfInvoice(invoice.id);
        invoices.delete(invoice);
        job.status = OperationJob.Status.Completed;
        job.updated(userId, now);
    }

    private static DeleteInvoiceResponseType answer(
            String invoiceId, String jobId, JobStatusEnum status) {
        return new DeleteInvoiceResponseType()
                .id(invoiceId)
                .jobId(jobId)
                .jobStatus(status)
                .success(true);
    }
}
