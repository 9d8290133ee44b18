package dev.zuoraemulator.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class InvoiceScheduleItemRepository
        implements PanacheRepositoryBase<InvoiceScheduleItem, String> {

    /** The schedule's items in their order, which is also the order of their run dates. */
    public List<InvoiceScheduleItem> listOfSchedule(String scheduleId) {
        return list("scheduleId", Sort.by("position"), scheduleId);
    }
}
