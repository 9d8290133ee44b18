package dev.zuoraemulator.billrun;

import dev.zuoraemulator.api.model.BillRunFilters;
import dev.zuoraemulator.api.model.BillRunResponse;
import dev.zuoraemulator.common.ZuoraTime;
import java.util.List;

/** A bill run as Zuora's samples show it: every field present, nulls included. */
public final class BillRunMapper {

    private BillRunMapper() {}

    public static BillRunResponse toApi(BillRun run) {
        return new BillRunResponse()
                .id(run.id)
                .autoEmail(false)
                .autoPost(false)
                .autoRenewal(false)
                .billCycleDay(null)
                .billRunNumber(run.number)
                .invoiceDate(run.invoiceDate)
                .noEmailForZeroAmountInvoice(false)
                .status(BillRunResponse.StatusEnum.fromValue(run.status.name()))
                .targetDate(run.targetDate)
                .targetDateOffset(null)
                .invoiceDateOffset(null)
                .scheduledExecutionTime(null)
                .createdById(run.createdById)
                .createdDate(ZuoraTime.rest(run.createdAt))
                .updatedById(run.updatedById)
                .updatedDate(ZuoraTime.rest(run.updatedAt))
                .batches(null)
                .chargeTypeToExclude(List.of(BillRunResponse.ChargeTypeToExcludeEnum.USAGE))
                .billRunFilters(
                        List.of(
                                new BillRunFilters()
                                        .filterType(BillRunFilters.FilterTypeEnum.INVOICE_SCHEDULE)
                                        .accountId(run.accountId)
                                        .subscriptionId(null)
                                        .invoiceScheduleId(run.scheduleId)
                                        .invoiceScheduleItemId(run.filterItemId)))
                .schedule(null)
                .success(true);
    }
}
