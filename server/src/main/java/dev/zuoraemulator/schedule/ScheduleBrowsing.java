package dev.zuoraemulator.schedule;

import dev.zuoraemulator.billrun.BillRun;
import dev.zuoraemulator.billrun.BillRunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Invoice schedules as a person browses them (the console): newest first, and one with its items
 * and the bill runs that executed them.
 */
@ApplicationScoped
public class ScheduleBrowsing {

    /** A schedule, its items in order, and its bill runs, newest first. */
    public record ScheduleDetail(
            InvoiceSchedule schedule, List<InvoiceScheduleItem> items, List<BillRun> billRuns) {}

    private final InvoiceScheduleRepository schedules;
    private final InvoiceScheduleItemRepository items;
    private final BillRunRepository billRuns;

    ScheduleBrowsing(
            InvoiceScheduleRepository schedules,
            InvoiceScheduleItemRepository items,
            BillRunRepository billRuns) {
        this.schedules = schedules;
        this.items = items;
        this.billRuns = billRuns;
    }

    /** Schedules newest first (IDs grow with time), the page after the ID given. */
    @Transactional
    public List<InvoiceSchedule> page(String beforeId, int limit) {
        return (beforeId == null
                        ? schedules.find("order by id desc")
                        : schedules.find("id < ?1 order by id desc", beforeId))
                .page(0, limit)
                .list();
    }

    @Transactional
    public ScheduleDetail find(String id) {
        InvoiceSchedule schedule = schedules.findById(id);
        if (schedule == null) {
            return null;
        }
        return new ScheduleDetail(
                schedule,
                items.find("scheduleId = ?1 order by position", schedule.id).list(),
                billRuns.find("scheduleId = ?1 order by scheduleId desc, id desc", schedule.id)
                        .page(0, 100)
                        .list());
    }
}
