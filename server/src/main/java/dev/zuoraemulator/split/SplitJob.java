package dev.zuoraemulator.split;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.WorkCompleted;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceItem;
import dev.zuoraemulator.invoice.InvoiceItemRepository;
import dev.zuoraemulator.invoice.InvoiceLifecycle;
import dev.zuoraemulator.invoice.InvoiceRepository;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Executes an accepted InvoiceSplit (decisions S4, S6, S8), in one transaction: the split invoices
 * are created, every InvoiceSplitItem gets its {@code InvoiceId}, and the original invoice is
 * deleted; or nothing changes.
 */
@ApplicationScoped
public class SplitJob implements JobHandler {

    /** Original items read, shared and written at a time: bounds the memory of a large split. */
    private static final int PAGE = 1000;

    private static final Logger LOG = Logger.getLogger(SplitJob.class);

    private final InvoiceSplitRepository splits;
    private final InvoiceSplitItemRepository splitItems;
    private final InvoiceRepository invoices;
    private final InvoiceItemRepository invoiceItems;
    private final SplitInvoices splitInvoices;
    private final ZuoraTime time;
    private final Event<WorkCompleted> completed;

    SplitJob(
            InvoiceSplitRepository splits,
            InvoiceSplitItemRepository splitItems,
            InvoiceRepository invoices,
            InvoiceItemRepository invoiceItems,
            SplitInvoices splitInvoices,
            ZuoraTime time,
            Event<WorkCompleted> completed) {
        this.splits = splits;
        this.splitItems = splitItems;
        this.invoices = invoices;
        this.invoiceItems = invoiceItems;
        this.splitInvoices = splitInvoices;
        this.time = time;
        this.completed = completed;
    }

    @Override
    public Job.Kind kind() {
        return Job.Kind.INVOICE_SPLIT;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(String entityId, String splitId) {
        executeSplit(entityId, splitId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void executeSplit(String entityId, String splitId) {
        InvoiceSplit split =
                splits.lockInEntity(entityId, splitId)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "InvoiceSplit " + splitId + " is gone"));
        if (split.status != InvoiceSplit.Status.QUEUED) {
            return;
        }
        Invoice original = splitInvoices.lockOriginal(entityId, split.invoiceId);
        Account account = splitInvoices.accountOf(original);
        List<InvoiceSplitItem> items = splitItems.listOfSplit(split.id);
        List<BigDecimal> percentages = items.stream().map(i -> i.splitPercentage).toList();
        int digits = Money.minorDigits(original.currency);
        Instant now = time.now();
        String userId = split.updatedById;

        // the split invoices first, so that their items can be written; their totals follow the
        // items
        List<Invoice> targets = new ArrayList<>(items.size());
        for (InvoiceSplitItem splitItem : items) {
            String term = SplitInvoices.term(splitItem.paymentTerm, original, account);
            Invoice invoice =
                    splitInvoices.create(
                            original, account, splitItem.invoiceDate, term, userId, now);
            targets.add(invoice);
            splitItem.invoiceId = invoice.id;
            splitItem.updated(userId, now);
        }
        invoices.flush();

        // then every original item, a page at a time, shared among them (S4)
        BigDecimal[] totals = new BigDecimal[targets.size()];
        Arrays.fill(totals, BigDecimal.ZERO);
        invoiceItems.forEachPage(
                original.id,
                PAGE,
                page -> {
                    List<InvoiceItem> copies = new ArrayList<>(page.size() * targets.size());
                    for (InvoiceItem item : page) {
                        List<BigDecimal> shares =
                                SplitAllocator.allocate(item.amount, percentages, digits);
                        for (int s = 0; s < targets.size(); s++) {
                            copies.add(
                                    item.share(Ids.newId(), targets.get(s).id, shares.get(s), now));
                            totals[s] = totals[s].add(shares.get(s));
                        }
                    }
                    invoiceItems.insertAll(copies);
                });
        for (int s = 0; s < targets.size(); s++) {
            targets.get(s).amount = totals[s];
            targets.get(s).balance = totals[s];
        }
        InvoiceLifecycle.apply(original, InvoiceLifecycle.Change.SPLIT_AWAY, userId, now, null);
        invoiceItems.deleteOfInvoice(original.id);
        invoices.delete(original);
        split.status = InvoiceSplit.Status.COMPLETED;
        split.updated(userId, now);
        completed.fire(
                new WorkCompleted(
                        WorkCompleted.INVOICE_SPLIT_COMPLETED,
                        entityId,
                        "InvoiceSplit",
                        split.id,
                        null,
                        "Completed",
                        targets.stream()
                                .map(i -> new WorkCompleted.MadeInvoice(i.id, i.invoiceNumber))
                                .toList(),
                        now));
        LOG.debugf(
                "InvoiceSplit %s: invoice %s split into %d invoices",
                split.id, original.invoiceNumber, items.size());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveUp(String entityId, String splitId, String reason) {
        splits.lockInEntity(entityId, splitId)
                .ifPresent(
                        split -> {
                            split.status = InvoiceSplit.Status.FAILED;
                            split.updatedAt = time.now();
                            invoices.lockInEntity(entityId, split.invoiceId)
                                    .ifPresent(
                                            invoice -> {
                                                if (split.id.equals(invoice.splittingBy)) {
                                                    invoice.splittingBy = null;
                                                }
                                            });
                        });
    }
}
