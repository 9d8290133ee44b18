package dev.zuoraemulator.split;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.api.model.SplitInvoiceRequest;
import dev.zuoraemulator.api.model.SplitInvoiceResponse;
import dev.zuoraemulator.api.model.SplitInvoiceResponseInvoices;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.RuleRestrictionException;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceItem;
import dev.zuoraemulator.invoice.InvoiceItemRepository;
import dev.zuoraemulator.invoice.InvoiceLifecycle;
import dev.zuoraemulator.invoice.InvoiceRepository;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobService;
import dev.zuoraemulator.operation.OperationJob;
import dev.zuoraemulator.operation.OperationJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PUT /v1/invoices/{invoiceKey}/split}, Zuora's newer split (decisions N1-N6): checked whole
 * before anything is written, then carried out within the request for an invoice of at most {@value
 * #SYNCHRONOUS_ITEMS} items, or by a durable job ({@link SplitOperationJob}) beyond. Either way the
 * split is one transaction: the new invoices exist and the original is {@code Split}, or nothing
 * changed.
 */
@ApplicationScoped
public class InvoiceSplitOperation {

    /** N5: an invoice of more items is split by a job. */
    public static final int SYNCHRONOUS_ITEMS = 2000;

    /** Original items read, shared and written at a time: bounds the memory of a large split. */
    private static final int PAGE = 1000;

    private final InvoiceRepository invoices;
    private final InvoiceItemRepository invoiceItems;
    private final OperationJobRepository operationJobs;
    private final SplitRequestRepository requests;
    private final SplitInvoices splitInvoices;
    private final JobService jobs;
    private final ZuoraTime time;

    InvoiceSplitOperation(
            InvoiceRepository invoices,
            InvoiceItemRepository invoiceItems,
            OperationJobRepository operationJobs,
            SplitRequestRepository requests,
            SplitInvoices splitInvoices,
            JobService jobs,
            ZuoraTime time) {
        this.invoices = invoices;
        this.invoiceItems = invoiceItems;
        this.operationJobs = operationJobs;
        this.requests = requests;
        this.splitInvoices = splitInvoices;
        this.jobs = jobs;
        this.time = time;
    }

    @Transactional
    public SplitInvoiceResponse split(
            String entityId, String userId, String invoiceKey, SplitInvoiceRequest request) {
        LargestRemainderSplit.Type type = SplitRequestCheck.type(request.getSplitType());
        List<SplitRequestCheck.Asked> asked = SplitRequestCheck.shape(type, request.getSplits());
        Invoice invoice =
                invoices.lockByKey(entityId, invoiceKey)
                        .orElseThrow(() -> ObjectNotFoundException.of("Invoice", invoiceKey));
        splitInvoices.requireSplittable(invoice, null, RuleRestrictionException::new);
        List<BigDecimal> values =
                type == LargestRemainderSplit.Type.AMOUNT
                        ? SplitRequestCheck.amounts(invoice, asked)
                        : SplitRequestCheck.percentages(asked);
        Account account = splitInvoices.accountOf(invoice);
        Instant now = time.now();

        OperationJob job =
                OperationJob.onInvoice(
                        entityId, invoice.id, OperationJob.OperationType.Split, userId, now);
        operationJobs.persist(job);
        SplitRequest split = new SplitRequest();
        split.id = Ids.newId();
        split.entityId = entityId;
        split.jobId = job.id;
        split.invoiceId = invoice.id;
        split.splitType = type;
        requests.persist(split);
        List<SplitRequestPart> parts = new ArrayList<>(asked.size());
        for (int j = 0; j < asked.size(); j++) {
            SplitRequestCheck.Asked a = asked.get(j);
            SplitRequestPart part = new SplitRequestPart();
            part.id = Ids.newId();
            part.requestId = split.id;
            part.position = j;
            part.splitAmount = type == LargestRemainderSplit.Type.AMOUNT ? values.get(j) : null;
            part.splitPercentage =
                    type == LargestRemainderSplit.Type.PERCENTAGE ? values.get(j) : null;
            part.invoiceDate = a.invoiceDate() != null ? a.invoiceDate() : invoice.invoiceDate;
            part.paymentTerm = SplitInvoices.term(a.paymentTerm(), invoice, account);
            parts.add(part);
        }
        requests.persistParts(parts);

        SplitInvoiceResponse answer =
                new SplitInvoiceResponse().id(split.id).jobId(job.id).success(true);
        if (invoiceItems.countOfInvoice(invoice.id) <= SYNCHRONOUS_ITEMS) {
            List<Invoice> made = carryOut(job, split, parts, invoice, account, userId, now);
            return answer.jobStatus(SplitInvoiceResponse.JobStatusEnum.COMPLETED)
                    .invoices(made.stream().map(InvoiceSplitOperation::toApi).toList());
        }
        invoice.splittingBy = job.id;
        jobs.enqueue(entityId, Job.Kind.SPLIT_INVOICE, job.id);
        return answer.jobStatus(SplitInvoiceResponse.JobStatusEnum.PENDING).invoices(List.of());
    }

    /** The job's part: the pending split of {@code jobId}, in the job's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void runJob(String entityId, String jobId) {
        operationJobs.lockPending(entityId, jobId).ifPresent(job -> runPending(entityId, job));
    }

    private void runPending(String entityId, OperationJob job) {
        SplitRequest split =
                requests.findByJob(job.id)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "the request of job " + job.id + " is gone"));
        Invoice invoice = splitInvoices.lockOriginal(entityId, split.invoiceId);
        carryOut(
                job,
                split,
                requests.partsOf(split.id),
                invoice,
                splitInvoices.accountOf(invoice),
                job.updatedById,
                time.now());
    }

    /** The job gave up: the invoice is Draft and free again, the job {@code Failed}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void giveUp(String entityId, String jobId) {
        operationJobs
                .fail(entityId, jobId, time.now())
                .flatMap(job -> invoices.lockInEntity(entityId, job.objectId))
                .filter(invoice -> jobId.equals(invoice.splittingBy))
                .ifPresent(invoice -> invoice.splittingBy = null);
    }

    /** The split itself (N3, N4): new invoices made, lines shared, the original {@code Split}. */
    private List<Invoice> carryOut(
            OperationJob job,
            SplitRequest split,
            List<SplitRequestPart> parts,
            Invoice original,
            Account account,
            String userId,
            Instant now) {
        LargestRemainderSplit.Allocation allocation =
                LargestRemainderSplit.allocate(
                        invoiceItems.amountsOfInvoice(original.id),
                        split.splitType,
                        parts.stream().map(SplitRequestPart::value).toList(),
                        Money.minorDigits(original.currency));
        List<Invoice> made = new ArrayList<>(parts.size());
        for (int j = 0; j < parts.size(); j++) {
            SplitRequestPart part = parts.get(j);
            Invoice invoice =
                    splitInvoices.create(
                            original, account, part.invoiceDate, part.paymentTerm, userId, now);
            invoice.amount = allocation.targets().get(j);
            invoice.balance = invoice.amount;
            part.invoiceId = invoice.id;
            made.add(invoice);
        }
        invoices.flush();
        int[] line = {0};
        invoiceItems.forEachPage(
                original.id,
                PAGE,
                page -> {
                    List<InvoiceItem> copies = new ArrayList<>(page.size() * made.size());
                    for (InvoiceItem item : page) {
                        for (int j = 0; j < made.size(); j++) {
                            BigDecimal share = allocation.shares().get(j).get(line[0]);
                            copies.add(item.share(Ids.newId(), made.get(j).id, share, now));
                        }
                        line[0]++;
                    }
                    invoiceItems.insertAll(copies);
                });
        InvoiceLifecycle.apply(original, InvoiceLifecycle.Change.SPLIT, userId, now, null);
        original.splittingBy = null;
        job.status = OperationJob.Status.Completed;
        job.updated(userId, now);
        return made;
    }

    private static SplitInvoiceResponseInvoices toApi(Invoice invoice) {
        return new SplitInvoiceResponseInvoices()
                .id(invoice.id)
                .invoiceNumber(invoice.invoiceNumber)
                .invoiceDate(invoice.invoiceDate)
                .amount(invoice.amount);
    }
}
