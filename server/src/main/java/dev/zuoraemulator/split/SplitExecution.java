package dev.zuoraemulator.split;

import dev.zuoraemulator.api.model.ExecuteResult;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.ErrorResponses;
import dev.zuoraemulator.error.InvalidTypeException;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.ZuoraException;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceRepository;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code action/execute} of InvoiceSplits (decisions S3, S7, S8): each valid split is accepted for
 * asynchronous execution by {@link SplitJob}, durably, in the request's transaction; an invalid one
 * fails alone.
 */
@ApplicationScoped
public class SplitExecution {

    private final InvoiceSplitRepository splits;
    private final InvoiceSplitItemRepository splitItems;
    private final InvoiceRepository invoices;
    private final SplitInvoices splitInvoices;
    private final JobService jobs;
    private final ZuoraTime time;

    SplitExecution(
            InvoiceSplitRepository splits,
            InvoiceSplitItemRepository splitItems,
            InvoiceRepository invoices,
            SplitInvoices splitInvoices,
            JobService jobs,
            ZuoraTime time) {
        this.splits = splits;
        this.splitItems = splitItems;
        this.invoices = invoices;
        this.splitInvoices = splitInvoices;
        this.jobs = jobs;
        this.time = time;
    }

    /**
     * {@code action/execute}: accepts each valid InvoiceSplit for asynchronous execution; an
     * invalid one fails alone (S3). Splits and then their invoices are row-locked in ID order, so
     * concurrent executes cannot deadlock or both accept one invoice.
     */
    @Transactional
    public List<ExecuteResult> execute(
            String entityId, String userId, String type, Boolean synchronous, List<String> ids) {
        if (!SplitService.INVOICE_SPLIT.equalsIgnoreCase(type)) {
            throw new InvalidTypeException(
                    "type: '" + type + "' cannot be executed; use InvoiceSplit");
        }
        if (Boolean.TRUE.equals(synchronous)) {
            throw new InvalidValueException(
                    "synchronous: must be false; an invoice split runs asynchronously");
        }
        Map<String, InvoiceSplit> locked = new TreeMap<>();
        for (String id : new TreeSet<>(ids.stream().filter(i -> i != null).toList())) {
            splits.lockInEntity(entityId, id).ifPresent(s -> locked.put(id, s));
        }
        Map<String, Invoice> lockedInvoices = new TreeMap<>();
        for (String invoiceId :
                new TreeSet<>(locked.values().stream().map(s -> s.invoiceId).toList())) {
            invoices.lockInEntity(entityId, invoiceId)
                    .ifPresent(i -> lockedInvoices.put(invoiceId, i));
        }
        Instant now = time.now();
        List<ExecuteResult> results = new ArrayList<>(ids.size());
        for (String id : ids) {
            try {
                InvoiceSplit split = id == null ? null : locked.get(id);
                if (split == null) {
                    throw ObjectNotFoundException.invalidId(SplitService.INVOICE_SPLIT, id);
                }
                accept(split, lockedInvoices.get(split.invoiceId), userId, now);
                results.add(new ExecuteResult().success(true).id(id));
            } catch (ZuoraException e) {
                results.add(
                        new ExecuteResult()
                                .success(false)
                                .id(id)
                                .errors(List.of(ErrorResponses.actionsError(e))));
            }
        }
        return results;
    }

    private void accept(InvoiceSplit split, Invoice invoice, String userId, Instant now) {
        switch (split.status) {
            case QUEUED, COMPLETED ->
                    throw new InvalidValueException(
                            "InvoiceSplit " + split.id + " has already been executed");
            case FAILED ->
                    throw new InvalidValueException(
                            "InvoiceSplit "
                                    + split.id
                                    + " failed and cannot be executed again; create a new InvoiceSplit");
            case OPEN -> {}
        }
        if (invoice == null) {
            throw new InvalidValueException(
                    "the invoice "
                            + split.invoiceId
                            + " of InvoiceSplit "
                            + split.id
                            + " no longer exists");
        }
        splitInvoices.requireSplittable(invoice, split.id, InvalidValueException::new);
        List<InvoiceSplitItem> items = splitItems.listOfSplit(split.id);
        if (items.size() < 2) {
            throw new InvalidValueException(
                    "InvoiceSplit "
                            + split.id
                            + " needs at least two InvoiceSplitItems, has "
                            + items.size());
        }
        BigDecimal total =
                items.stream().map(i -> i.splitPercentage).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(Money.HUNDRED) != 0) {
            throw new InvalidValueException(
                    "the SplitPercentage values of InvoiceSplit "
                            + split.id
                            + " total "
                            + total.stripTrailingZeros().toPlainString()
                            + ", not 100");
        }
        split.status = InvoiceSplit.Status.QUEUED;
        split.updated(userId, now);
        invoice.splittingBy = split.id;
        jobs.enqueue(split.entityId, Job.Kind.INVOICE_SPLIT, split.id);
    }
}
