package dev.zuoraemulator.schedule;

import dev.zuoraemulator.billrun.BillRun;
import dev.zuoraemulator.billrun.BilledItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The schedule side of a bill run (decision I4): the item being billed is locked with its schedule,
 * then Processed with its invoice, and the schedule's status follows; a run that fails for good
 * leaves it Pending.
 */
@ApplicationScoped
public class ScheduleBilling implements BilledItems {

    private final InvoiceScheduleRepository schedules;
    private final InvoiceScheduleItemRepository items;

    ScheduleBilling(InvoiceScheduleRepository schedules, InvoiceScheduleItemRepository items) {
        this.schedules = schedules;
        this.items = items;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Charge lockForBilling(BillRun run) {
        InvoiceSchedule schedule = lockSchedule(run);
        InvoiceScheduleItem item = item(run, items.listOfSchedule(schedule.id));
        String chargeName =
                item.name != null
                        ? item.name
                        : "Invoice schedule " + schedule.number + " item " + item.position;
        return new Charge(item.amount, chargeName);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void billed(BillRun run, String invoiceId, Instant now) {
        InvoiceSchedule schedule = lockSchedule(run);
        List<InvoiceScheduleItem> list = items.listOfSchedule(schedule.id);
        InvoiceScheduleItem item = item(run, list);
        item.status = InvoiceScheduleItem.Status.Processed;
        item.invoiceId = invoiceId;
        schedule.nextRunDateOverride = null;
        ScheduleProgress.refreshStatus(schedule, list);
        schedule.updated(run.createdById, now);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notBilled(BillRun run) {
        InvoiceSchedule schedule = lockSchedule(run);
        items.listOfSchedule(schedule.id).stream()
                .filter(
                        i ->
                                i.id.equals(run.scheduleItemId)
                                        && i.status == InvoiceScheduleItem.Status.Executing)
                .forEach(
                        i -> {
                            i.status = InvoiceScheduleItem.Status.Pending;
                            i.billRunId = null;
                        });
    }

    private InvoiceSchedule lockSchedule(BillRun run) {
        return schedules
                .lockInEntity(run.entityId, run.scheduleId)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "invoice schedule " + run.scheduleId + " is gone"));
    }

    private static InvoiceScheduleItem item(BillRun run, List<InvoiceScheduleItem> list) {
        return list.stream()
                .filter(i -> i.id.equals(run.scheduleItemId))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "schedule item " + run.scheduleItemId + " is gone"));
    }
}
