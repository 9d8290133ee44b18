package dev.zuoraemulator.billrun;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountRepository;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.WorkCompleted;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceItem;
import dev.zuoraemulator.invoice.InvoiceItemRepository;
import dev.zuoraemulator.invoice.InvoiceRepository;
import dev.zuoraemulator.invoice.InvoiceService;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobHandler;
import dev.zuoraemulator.job.JobService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Processes an invoice schedule's bill run in two durable steps, each its own transaction (decision
 * I4): {@code Pending -> Processing}, then the Draft invoice for the item's amount and {@code
 * Completed}.
 */
@ApplicationScoped
public class BillRunJob implements JobHandler {

    private final BillRunRepository billRuns;
    private final BilledItems billedItems;
    private final AccountRepository accounts;
    private final InvoiceService invoiceService;
    private final InvoiceRepository invoices;
    private final InvoiceItemRepository invoiceItems;
    private final JobService jobs;
    private final ZuoraTime time;
    private final Event<WorkCompleted> completed;

    BillRunJob(
            BillRunRepository billRuns,
            BilledItems billedItems,
            AccountRepository accounts,
            InvoiceService invoiceService,
            InvoiceRepository invoices,
            InvoiceItemRepository invoiceItems,
            JobService jobs,
            ZuoraTime time,
            Event<WorkCompleted> completed) {
        this.billRuns = billRuns;
        this.billedItems = billedItems;
        this.accounts = accounts;
        this.invoiceService = invoiceService;
        this.invoices = invoices;
        this.invoiceItems = invoiceItems;
        this.jobs = jobs;
        this.time = time;
        this.completed = completed;
    }

    @Override
    public Job.Kind kind() {
        return Job.Kind.BILL_RUN;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(String entityId, String billRunId) {
        BillRun run =
                billRuns.lockInEntity(entityId, billRunId)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "bill run " + billRunId + " is gone"));
        Instant now = time.now();
        switch (run.status) {
            case Pending -> {
                run.status = BillRun.Status.Processing;
                run.updated(run.createdById, now);
                jobs.enqueue(entityId, Job.Kind.BILL_RUN, run.id);
            }
            case Processing -> generateInvoice(run, now);
            default -> {
                // already done: a repeated job changes nothing
            }
        }
    }

    private void generateInvoice(BillRun run, Instant now) {
        BilledItems.Charge charge = billedItems.lockForBilling(run);
        Account account =
                accounts.findInEntity(run.entityId, run.accountId)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "account " + run.accountId + " is gone"));
        Invoice invoice =
                invoiceService.newInvoice(
                        account, run.invoiceDate, account.paymentTerm, run.createdById, now);
        invoice.origin = Invoice.Origin.BILL_RUN;
        invoice.billRunId = run.id;
        invoice.targetDate = run.targetDate;
        invoice.amount = charge.amount();
        invoice.balance = charge.amount();
        InvoiceItem line = new InvoiceItem();
        line.id = Ids.newId();
        line.invoiceId = invoice.id;
        line.position = 1;
        line.amount = charge.amount();
        line.chargeName = charge.chargeName();
        line.serviceStartDate = run.targetDate;
        line.quantity = BigDecimal.ONE;
        line.unitPrice = charge.amount();
        line.chargeDate = now;
        line.invoiceScheduleId = run.scheduleId;
        line.invoiceScheduleItemId = run.scheduleItemId;
        invoices.persist(invoice);
        invoiceItems.persist(List.of(line));
        billedItems.billed(run, invoice.id, now);
        run.invoiceId = invoice.id;
        run.status = BillRun.Status.Completed;
        run.updated(run.createdById, now);
        completed.fire(
                new WorkCompleted(
                        WorkCompleted.BILL_RUN_COMPLETED,
                        run.entityId,
                        "BillRun",
                        run.id,
                        run.number,
                        "Completed",
                        List.of(new WorkCompleted.MadeInvoice(invoice.id, invoice.invoiceNumber)),
                        now));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveUp(String entityId, String billRunId, String reason) {
        billRuns.lockInEntity(entityId, billRunId)
                .ifPresent(
                        run -> {
                            run.status = BillRun.Status.Error;
                            run.updated(run.createdById, time.now());
                            billedItems.notBilled(run);
                        });
    }
}
