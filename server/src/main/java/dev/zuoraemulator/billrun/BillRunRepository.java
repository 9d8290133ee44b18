package dev.zuoraemulator.billrun;

import dev.zuoraemulator.common.NumberedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BillRunRepository implements NumberedRepository<BillRun> {

    @Override
    public String numberProperty() {
        return "number";
    }
}
