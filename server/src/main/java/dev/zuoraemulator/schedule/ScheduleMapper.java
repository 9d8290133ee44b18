package dev.zuoraemulator.schedule;

import dev.zuoraemulator.api.model.InvoiceScheduleResponses;
import dev.zuoraemulator.api.model.ScheduleItemsResponse;
import java.math.BigDecimal;
import java.util.List;

/**
 * A schedule as Zuora answers it. Its amounts derive from the items: {@code totalAmount} is their
 * sum, {@code billedAmount} the sum of the processed ones, and {@code unbilledAmount} = {@code
 * actualAmount} the rest; an item's {@code actualAmount} is 0 once processed, as in Zuora's sample.
 */
public final class ScheduleMapper {

    private ScheduleMapper() {}

    public static InvoiceScheduleResponses toApi(ScheduleService.ScheduleView view) {
        return toApi(view, 1, Integer.MAX_VALUE);
    }

    /** With the items of one page (page from 1). */
    public static InvoiceScheduleResponses toApi(
            ScheduleService.ScheduleView view, int page, int pageSize) {
        InvoiceSchedule s = view.schedule();
        List<InvoiceScheduleItem> items = view.items();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal billed = BigDecimal.ZERO;
        for (InvoiceScheduleItem item : items) {
            total = total.add(item.amount);
            if (item.status == InvoiceScheduleItem.Status.Processed) {
                billed = billed.add(item.amount);
            }
        }
        BigDecimal unbilled = total.subtract(billed);
        long from = Math.min((long) (page - 1) * pageSize, items.size());
        long to = Math.min(from + pageSize, items.size());
        InvoiceScheduleResponses answer =
                new InvoiceScheduleResponses()
                        .id(s.id)
                        .number(s.number)
                        .accountId(s.accountId)
                        .status(InvoiceScheduleResponses.StatusEnum.fromValue(s.status.name()))
                        .currency(s.currency)
                        .totalAmount(total)
                        .actualAmount(unbilled)
                        .billedAmount(billed)
                        .unbilledAmount(unbilled)
                        .nextRunDate(
                                s.nextRunDateOverride != null
                                        ? s.nextRunDateOverride
                                        : ScheduleProgress.nextRunDate(items))
                        .notes(s.notes)
                        .invoiceSeparately(s.invoiceSeparately)
                        .orders(ScheduleLists.readStrings(s.ordersJson))
                        .specificSubscriptions(
                                ScheduleLists.readSubscriptions(s.specificSubscriptionsJson))
                        .additionalSubscriptionsToBill(
                                ScheduleLists.readStrings(s.additionalSubscriptionsJson))
                        .scheduleItems(
                                items.subList((int) from, (int) to).stream()
                                        .map(ScheduleMapper::toApi)
                                        .toList())
                        .success(true);
        answer.putAll(s.customFields.values());
        return answer;
    }

    static ScheduleItemsResponse toApi(InvoiceScheduleItem i) {
        ScheduleItemsResponse answer =
                new ScheduleItemsResponse()
                        .id(i.id)
                        .name(i.name)
                        .amount(i.amount)
                        .actualAmount(
                                i.status == InvoiceScheduleItem.Status.Processed
                                        ? BigDecimal.ZERO
                                        : i.amount)
                        .percentage(null)
                        .runDate(i.runDate)
                        .targetDateForAdditionalSubscriptions(
                                i.targetDateForAdditionalSubscriptions)
                        .status(ScheduleItemsResponse.StatusEnum.fromValue(i.status.name()))
                        .invoiceId(i.invoiceId)
                        .creditMemoId(null);
        answer.putAll(i.customFields.values());
        return answer;
    }
}
