package dev.zuoraemulator.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zuoraemulator.api.model.POSTScheduleItemType;
import dev.zuoraemulator.api.model.UpdateScheduleItems;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;
import dev.zuoraemulator.error.RuleRestrictionException;
import dev.zuoraemulator.error.ZuoraException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScheduleItemsTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);

    @Test
    void createsItemsInOrderWithNormalisedAmounts() {
        List<InvoiceScheduleItem> items =
                ScheduleItems.create(
                        "s1",
                        List.of(
                                post("100.50", JAN).name("first"),
                                post("200.00", FEB),
                                post("1", null)),
                        "USD");
        assertEquals(3, items.size());
        assertEquals(List.of(1, 2, 3), items.stream().map(i -> i.position).toList());
        assertEquals("100.5", items.get(0).amount.toPlainString());
        assertEquals("200", items.get(1).amount.toPlainString());
        assertEquals("first", items.get(0).name);
        assertTrue(
                items.stream()
                        .allMatch(
                                i ->
                                        i.status == InvoiceScheduleItem.Status.Pending
                                                && "s1".equals(i.scheduleId)
                                                && i.id.length() == 32));
    }

    @Test
    void refusesANullItemByItsIndex() {
        InvalidValueException e =
                assertThrows(
                        InvalidValueException.class,
                        () ->
                                ScheduleItems.create(
                                        "s1", Arrays.asList(post("1", JAN), null), "USD"));
        assertEquals("scheduleItems[1]: must not be null", e.getMessage());
        assertThrows(
                InvalidValueException.class,
                () ->
                        ScheduleItems.replace(
                                "s1", List.of(), Arrays.asList((UpdateScheduleItems) null), "USD"));
    }

    @Test
    void anItemGivesAPositiveAmountAndNoPercentage() {
        assertMessage(
                MissingValueException.class,
                "scheduleItems[0].amount: amount or percentage is required",
                () ->
                        ScheduleItems.create(
                                "s", List.of(new POSTScheduleItemType().runDate(JAN)), "USD"));
        assertMessage(
                InvalidValueException.class,
                "scheduleItems[0]: give amount or percentage, not both",
                () ->
                        ScheduleItems.create(
                                "s", List.of(post("1", JAN).percentage(BigDecimal.TEN)), "USD"));
        assertThrows(
                RuleRestrictionException.class,
                () ->
                        ScheduleItems.create(
                                "s",
                                List.of(new POSTScheduleItemType().percentage(BigDecimal.TEN)),
                                "USD"));
        assertMessage(
                InvalidValueException.class,
                "scheduleItems[0].amount: must be greater than 0",
                () -> ScheduleItems.create("s", List.of(post("0", JAN)), "USD"));
        assertThrows(
                InvalidValueException.class,
                () -> ScheduleItems.create("s", List.of(post("-5", JAN)), "USD"));
        assertThrows(
                InvalidValueException.class,
                () -> ScheduleItems.create("s", List.of(post("1.5", JAN)), "JPY"));
    }

    @Test
    void runDatesAreInOrderAndBlankOnesComeLast() {
        assertMessage(
                InvalidValueException.class,
                "scheduleItems[1].runDate: run dates must be in chronological order",
                () -> ScheduleItems.create("s", List.of(post("1", FEB), post("1", JAN)), "USD"));
        assertMessage(
                InvalidValueException.class,
                "scheduleItems[1].runDate: an item without runDate may only be followed by items without one",
                () -> ScheduleItems.create("s", List.of(post("1", null), post("1", JAN)), "USD"));
        // equal dates are in order
        assertEquals(
                2,
                ScheduleItems.create("s", List.of(post("1", JAN), post("1", JAN)), "USD").size());
    }

    @Test
    void anUpdateKeepsChangesAddsAndDropsPendingItems() {
        List<InvoiceScheduleItem> current =
                ScheduleItems.create("s", List.of(post("1", JAN), post("2", FEB)), "USD");
        InvoiceScheduleItem first = current.get(0);
        ScheduleItems.Replacement r =
                ScheduleItems.replace(
                        "s",
                        current,
                        List.of(update(null, "5", JAN), update(first.id, "7", FEB).name("renamed")),
                        "USD");
        assertEquals(2, r.items().size());
        assertEquals(List.of(current.get(1)), r.removed());
        assertSame(first, r.items().get(1));
        assertEquals(2, first.position);
        assertEquals("7", first.amount.toPlainString());
        assertEquals("renamed", first.name);
        assertEquals("5", r.items().get(0).amount.toPlainString());
    }

    @Test
    void anExistingItemWithoutAmountKeepsItsAmountAndRunDate() {
        List<InvoiceScheduleItem> current =
                ScheduleItems.create("s", List.of(post("3", JAN)), "USD");
        ScheduleItems.replace(
                "s", current, List.of(new UpdateScheduleItems().id(current.get(0).id)), "USD");
        assertEquals("3", current.get(0).amount.toPlainString());
        assertEquals(JAN, current.get(0).runDate);
    }

    @Test
    void processedItemsCannotChangeOrBeDropped() {
        List<InvoiceScheduleItem> current =
                ScheduleItems.create("s", List.of(post("1", JAN), post("2", FEB)), "USD");
        InvoiceScheduleItem done = current.get(0);
        done.status = InvoiceScheduleItem.Status.Processed;
        String pending = current.get(1).id;
        // restating a processed item unchanged is fine
        ScheduleItems.replace(
                "s", current, List.of(update(done.id, "1", JAN), update(pending, "2", FEB)), "USD");
        assertMessage(
                RuleRestrictionException.class,
                "scheduleItems[0]: item "
                        + done.id
                        + " is Processed; only Pending items can change",
                () ->
                        ScheduleItems.replace(
                                "s", current, List.of(update(done.id, "9", JAN)), "USD"));
        assertMessage(
                RuleRestrictionException.class,
                "scheduleItems: item " + done.id + " is Processed and cannot be removed",
                () ->
                        ScheduleItems.replace(
                                "s", current, List.of(update(pending, "2", FEB)), "USD"));
    }

    @Test
    void anUpdateNamesEachKnownItemOnce() {
        List<InvoiceScheduleItem> current =
                ScheduleItems.create("s", List.of(post("1", JAN)), "USD");
        String id = current.get(0).id;
        assertMessage(
                InvalidValueException.class,
                "scheduleItems[0].id: the schedule has no item nope",
                () ->
                        ScheduleItems.replace(
                                "s", current, List.of(update("nope", "1", JAN)), "USD"));
        assertMessage(
                InvalidValueException.class,
                "scheduleItems[1].id: item " + id + " is listed twice",
                () ->
                        ScheduleItems.replace(
                                "s",
                                current,
                                List.of(update(id, "1", JAN), update(id, "1", JAN)),
                                "USD"));
    }

    /**
     * Any run dates are accepted exactly when the dated items are in order and the blank ones come
     * last.
     */
    @Property(tries = 1000)
    void runDatesAreAcceptedExactlyWhenOrderedWithBlanksLast(
            @ForAll("runDates") List<LocalDate> runDates) {
        List<POSTScheduleItemType> requested = runDates.stream().map(d -> post("1", d)).toList();
        boolean ordered = true;
        boolean blankSeen = false;
        LocalDate last = LocalDate.MIN;
        for (LocalDate d : runDates) {
            if (d == null) {
                blankSeen = true;
            } else {
                ordered &= !blankSeen && !d.isBefore(last);
                last = d;
            }
        }
        if (ordered) {
            assertEquals(
                    runDates,
                    ScheduleItems.create("s", requested, "USD").stream()
                            .map(i -> i.runDate)
                            .toList());
        } else {
            assertThrows(
                    InvalidValueException.class, () -> ScheduleItems.create("s", requested, "USD"));
        }
    }

    @Provide
    Arbitrary<List<LocalDate>> runDates() {
        return Arbitraries.integers()
                .between(0, 40)
                .injectNull(0.2)
                .map(d -> d == null ? null : JAN.plusDays(d))
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    private static POSTScheduleItemType post(String amount, LocalDate runDate) {
        return new POSTScheduleItemType().amount(new BigDecimal(amount)).runDate(runDate);
    }

    private static UpdateScheduleItems update(String id, String amount, LocalDate runDate) {
        return new UpdateScheduleItems().id(id).amount(new BigDecimal(amount)).runDate(runDate);
    }

    private static void assertMessage(
            Class<? extends ZuoraException> type,
            String message,
            org.junit.jupiter.api.function.Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }
}
