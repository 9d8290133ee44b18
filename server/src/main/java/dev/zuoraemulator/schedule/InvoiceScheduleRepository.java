package dev.zuoraemulator.schedule;

import dev.zuoraemulator.common.NumberedRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every change of a schedule goes through {@link #lockByKey}: the schedule's row lock orders them.
 */
@ApplicationScoped
public class InvoiceScheduleRepository implements NumberedRepository<InvoiceSchedule> {

    @Override
    public String numberProperty() {
        return "number";
    }
}
