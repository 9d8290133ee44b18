package dev.zuoraemulator.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zuoraemulator.api.model.POSTScheduleItemType;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.RuleRestrictionException;
import dev.zuoraemulator.error.ZuoraException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ScheduleProgressTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    @Test
    void statusFollowsTheProcessedItems() {
        List<InvoiceScheduleItem> items =
                ScheduleItems.create("s", List.of(post("1", JAN), post("2", FEB)), "USD");
        assertEquals(InvoiceSchedule.Status.Pending, ScheduleProgress.computedStatus(items));
        items.get(0).status = InvoiceScheduleItem.Status.Executing;
        assertEquals(InvoiceSchedule.Status.Pending, ScheduleProgress.computedStatus(items));
        items.get(0).status = InvoiceScheduleItem.Status.Processed;
        assertEquals(
                InvoiceSchedule.Status.PartiallyProcessed, ScheduleProgress.computedStatus(items));
        items.get(1).status = InvoiceScheduleItem.Status.Processed;
        assertEquals(InvoiceSchedule.Status.FullyProcessed, ScheduleProgress.computedStatus(items));

        InvoiceSchedule paused = new InvoiceSchedule();
        paused.status = InvoiceSchedule.Status.Paused;
        ScheduleProgress.refreshStatus(paused, items);
        assertEquals(InvoiceSchedule.Status.Paused, paused.status);
        assertEquals(InvoiceSchedule.Status.FullyProcessed, paused.statusBeforePause);
    }

    @Test
    void executeRunsTheEarliestPendingItemOnly() {
        InvoiceSchedule schedule = new InvoiceSchedule();
        schedule.number = "IS-00000001";
        List<InvoiceScheduleItem> items =
                ScheduleItems.create(
                        "s", List.of(post("1", JAN), post("2", FEB), post("3", MAR)), "USD");
        assertSame(items.get(0), ScheduleProgress.toExecute(schedule, items, null));
        assertSame(items.get(0), ScheduleProgress.toExecute(schedule, items, items.get(0).id));
        assertEquals(JAN, ScheduleProgress.nextRunDate(items));
        assertMessage(
                RuleRestrictionException.class,
                "scheduleItemId: item "
                        + items.get(1).id
                        + " is not the earliest Pending item of the schedule; execute "
                        + items.get(0).id
                        + " first",
                () -> ScheduleProgress.toExecute(schedule, items, items.get(1).id));
        assertMessage(
                ObjectNotFoundException.class,
                "Cannot find a InvoiceScheduleItem instance with id x in invoice schedule IS-00000001.",
                () -> ScheduleProgress.toExecute(schedule, items, "x"));

        items.get(0).status = InvoiceScheduleItem.Status.Processed;
        assertSame(items.get(1), ScheduleProgress.toExecute(schedule, items, null));
        assertEquals(FEB, ScheduleProgress.nextRunDate(items));
        assertThrows(
                RuleRestrictionException.class,
                () -> ScheduleProgress.toExecute(schedule, items, items.get(0).id));

        items.forEach(i -> i.status = InvoiceScheduleItem.Status.Processed);
        assertMessage(
                RuleRestrictionException.class,
                "the invoice schedule IS-00000001 has no Pending item left to execute",
                () -> ScheduleProgress.toExecute(schedule, items, null));
        assertNull(ScheduleProgress.nextRunDate(items));
    }

    /** Executing one item after another, with no ID, runs them in order and ends FullyProcessed. */
    @Property(tries = 200)
    void executingWithoutIdRunsItemsInTheirOrder(
            @ForAll("sortedRunDates") List<LocalDate> runDates) {
        InvoiceSchedule schedule = new InvoiceSchedule();
        schedule.number = "IS-1";
        List<InvoiceScheduleItem> items =
                ScheduleItems.create("s", runDates.stream().map(d -> post("1", d)).toList(), "USD");
        for (InvoiceScheduleItem expected : items) {
            assertEquals(
                    InvoiceSchedule.Status.valueOf(
                            items.get(0) == expected ? "Pending" : "PartiallyProcessed"),
                    ScheduleProgress.computedStatus(items));
            InvoiceScheduleItem next = ScheduleProgress.toExecute(schedule, items, null);
            assertSame(expected, next);
            next.status = InvoiceScheduleItem.Status.Processed;
        }
        assertEquals(InvoiceSchedule.Status.FullyProcessed, ScheduleProgress.computedStatus(items));
    }

    @Provide
    Arbitrary<List<LocalDate>> sortedRunDates() {
        return Arbitraries.integers()
                .between(0, 400)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .map(days -> days.stream().sorted().map(JAN::plusDays).toList());
    }

    private static POSTScheduleItemType post(String amount, LocalDate runDate) {
        return new POSTScheduleItemType().amount(new BigDecimal(amount)).runDate(runDate);
    }

    private static void assertMessage(
            Class<? extends ZuoraException> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }
}
