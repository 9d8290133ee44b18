package dev.zuoraemulator.schedule;

import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.RuleRestrictionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How an invoice schedule's items drive it, as plain Java: the status the processed items imply,
 * which item an execute runs (decisions I2, I3), and the next run date.
 */
final class ScheduleProgress {

    private ScheduleProgress() {}

    /**
     * Pending until an item is processed, PartiallyProcessed while some are, FullyProcessed when
     * all are.
     */
    static InvoiceSchedule.Status computedStatus(List<InvoiceScheduleItem> list) {
        long processed =
                list.stream().filter(i -> i.status == InvoiceScheduleItem.Status.Processed).count();
        if (processed == 0) {
            return InvoiceSchedule.Status.Pending;
        }
        return processed == list.size()
                ? InvoiceSchedule.Status.FullyProcessed
                : InvoiceSchedule.Status.PartiallyProcessed;
    }

    /** Sets the computed status; a Paused schedule keeps Paused and resumes to the computed one. */
    static void refreshStatus(InvoiceSchedule schedule, List<InvoiceScheduleItem> list) {
        InvoiceSchedule.Status computed = computedStatus(list);
        if (schedule.status == InvoiceSchedule.Status.Paused) {
            schedule.statusBeforePause = computed;
        } else {
            schedule.status = computed;
        }
    }

    /**
     * The item an execute runs: the earliest Pending one, or the named one, which must be that item
     * (I2, I3). The schedule's own state (Paused) is checked by the caller.
     */
    static InvoiceScheduleItem toExecute(
            InvoiceSchedule schedule, List<InvoiceScheduleItem> list, String scheduleItemId) {
        Optional<InvoiceScheduleItem> earliest =
                list.stream()
                        .filter(i -> i.status == InvoiceScheduleItem.Status.Pending)
                        .findFirst();
        if (scheduleItemId == null) {
            return earliest.orElseThrow(
                    () ->
                            new RuleRestrictionException(
                                    "the invoice schedule "
                                            + schedule.number
                                            + " has no Pending item left to execute"));
        }
        InvoiceScheduleItem item =
                list.stream()
                        .filter(i -> i.id.equals(scheduleItemId))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        ObjectNotFoundException.of(
                                                "InvoiceScheduleItem",
                                                scheduleItemId
                                                        + " in invoice schedule "
                                                        + schedule.number));
        if (item.status != InvoiceScheduleItem.Status.Pending) {
            throw new RuleRestrictionException(
                    "scheduleItemId: item "
                            + item.id
                            + " is "
                            + item.status
                            + "; only a Pending item can be executed");
        }
        if (item != earliest.orElseThrow()) {
            throw new RuleRestrictionException(
                    "scheduleItemId: item "
                            + item.id
                            + " is not the earliest Pending item of the schedule; execute "
                            + earliest.get().id
                            + " first");
        }
        return item;
    }

    /**
     * The run date of the earliest Pending item: the schedule's next run, unless one was set by
     * hand.
     */
    static LocalDate nextRunDate(List<InvoiceScheduleItem> list) {
        return list.stream()
                .filter(i -> i.status == InvoiceScheduleItem.Status.Pending)
                .findFirst()
                .map(i -> i.runDate)
                .orElse(null);
    }
}
