package dev.zuoraemulator.schedule;

import dev.zuoraemulator.billrun.BillRun;
import dev.zuoraemulator.billrun.BillRunRepository;
import dev.zuoraemulator.common.Ids;
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

    /**
     * Schedules newest first (IDs grow with time), of one entity or of all, the page after the ID
     * given.
     */
    @Transactional
    public List<InvoiceSchedule> page(String entityId, String beforeId, int limit) {
        String bound = beforeId == null ? Ids.ABOVE_EVERY_ID : beforeId;
        return (entityId == null
                        ? schedules.find("id < ?1 order by id desc", bound)
                        : schedules.find(
                                "entityId = ?1 and id < ?2 order by id desc", entityId, bound))
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
