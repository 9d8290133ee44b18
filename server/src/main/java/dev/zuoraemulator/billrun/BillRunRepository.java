package dev.zuoraemulator.billrun;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zuoraemulator.common.NumberedRepository;

@ApplicationScoped
public class BillRunRepository implements NumberedRepository<BillRun> {

    @Override
    public String numberProperty() {
        return "number";
    }
}
