package dev.zuoraemulator.schedule;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InvoiceScheduleItemRepository implements PanacheRepositoryBase<InvoiceScheduleItem, String> {

    /** The schedule's items in their order, which is also the order of their run dates. */
    public List<InvoiceScheduleItem> listOfSchedule(String scheduleId) {
        return list("scheduleId", Sort.by("position"), scheduleId);
    }
}
