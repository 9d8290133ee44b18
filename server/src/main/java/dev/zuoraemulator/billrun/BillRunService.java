package dev.zuoraemulator.billrun;

import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobService;
import dev.zuoraemulator.numbering.NumberingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

@ApplicationScoped
public class BillRunService {

    private final BillRunRepository billRuns;
    private final NumberingService numbering;
    private final JobService jobs;

    BillRunService(BillRunRepository billRuns, NumberingService numbering, JobService jobs) {
        this.billRuns = billRuns;
        this.numbering = numbering;
        this.jobs = jobs;
    }

    /**
     * A Pending bill run for one schedule item, in the caller's transaction; it is processed
     * asynchronously once that transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BillRun startBillRun(
            String entityId,
            String userId,
            String accountId,
            String scheduleId,
            String scheduleItemId,
            String filterItemId,
            LocalDate targetDate,
            Instant now) {
        BillRun run = new BillRun();
        run.id = Ids.newId();
        run.entityId = entityId;
        run.number = numbering.next(entityId, NumberingService.Kind.BILL_RUN);
        run.status = BillRun.Status.Pending;
        run.accountId = accountId;
        run.scheduleId = scheduleId;
        run.scheduleItemId = scheduleItemId;
        run.filterItemId = filterItemId;
        run.invoiceDate = targetDate;
        run.targetDate = targetDate;
        run.created(userId, now);
        billRuns.persist(run);
        jobs.enqueue(entityId, Job.Kind.BILL_RUN, run.id);
        return run;
    }

    @Transactional
    public BillRun getBillRun(String entityId, String key) {
        return billRuns.findByKey(entityId, key)
                .orElseThrow(() -> ObjectNotFoundException.of("BillRun", key));
    }
}
