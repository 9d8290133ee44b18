package dev.zuoraemulator.schedule;

import dev.zuoraemulator.api.model.POSTScheduleItemType;
import dev.zuoraemulator.api.model.UpdateScheduleItems;
import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;
import dev.zuoraemulator.error.RuleRestrictionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of an invoice schedule's items, as plain Java: what a create or update may give, run
 * dates in order, and which items may still change. How the items' progress drives the schedule is
 * {@link ScheduleProgress}.
 */
final class ScheduleItems {

    private ScheduleItems() {}

    /** An item as a request gives it: on create, or on update with the ID of an existing item. */
    record ItemSpec(
            String id,
            BigDecimal amount,
            BigDecimal percentage,
            String name,
            LocalDate runDate,
            LocalDate targetDateForAdditionalSubscriptions,
            CustomFields customFields) {

        static ItemSpec of(String field, POSTScheduleItemType i) {
            requireItem(field, i);
            return new ItemSpec(
                    null,
                    i.getAmount(),
                    i.getPercentage(),
                    i.getName(),
                    i.getRunDate(),
                    i.getTargetDateForAdditionalSubscriptions(),
                    CustomFields.from(i.getAdditionalProperties(), field));
        }

        static ItemSpec of(String field, UpdateScheduleItems i) {
            requireItem(field, i);
            return new ItemSpec(
                    i.getId(),
                    i.getAmount(),
                    i.getPercentage(),
                    i.getName(),
                    i.getRunDate(),
                    i.getTargetDateForAdditionalSubscriptions(),
                    CustomFields.from(i.getAdditionalProperties(), field));
        }

        private static void requireItem(String field, Object item) {
            if (item == null) {
                throw new InvalidValueException(field + ": must not be null");
            }
        }
    }

    /** What an update does to the item list: the new list in order, and the items it drops. */
    record Replacement(List<InvoiceScheduleItem> items, List<InvoiceScheduleItem> removed) {}

    /** The items of a new schedule, checked, positioned from 1. */
    static List<InvoiceScheduleItem> create(
            String scheduleId, List<POSTScheduleItemType> requested, String currency) {
        List<InvoiceScheduleItem> list = new ArrayList<>(requested.size());
        for (int i = 0; i < requested.size(); i++) {
            String field = field(i);
            InvoiceScheduleItem item = newItem(scheduleId);
            apply(field, item, ItemSpec.of(field, requested.get(i)), currency);
            item.position = i + 1;
            list.add(item);
        }
        checkRunDates(list);
        return list;
    }

    /**
     * An update's item list replaces the current one: items named by ID are kept (changed only
     * while Pending), items without ID are new, and current items left out are dropped (only while
     * Pending). Nothing is written: the caller persists the new items and deletes the removed ones
     * once every check has passed.
     */
    static Replacement replace(
            String scheduleId,
            List<InvoiceScheduleItem> current,
            List<UpdateScheduleItems> requested,
            String currency) {
        Map<String, InvoiceScheduleItem> byId = new LinkedHashMap<>();
        current.forEach(item -> byId.put(item.id, item));
        Set<String> kept = new HashSet<>();
        List<InvoiceScheduleItem> list = new ArrayList<>(requested.size());
        for (int i = 0; i < requested.size(); i++) {
            String field = field(i);
            ItemSpec spec = ItemSpec.of(field, requested.get(i));
            InvoiceScheduleItem item;
            if (spec.id() != null) {
                item = byId.get(spec.id());
                if (item == null) {
                    throw new InvalidValueException(
                            field + ".id: the schedule has no item " + spec.id());
                }
                if (!kept.add(item.id)) {
                    throw new InvalidValueException(
                            field + ".id: item " + spec.id() + " is listed twice");
                }
                if (item.status != InvoiceScheduleItem.Status.Pending) {
                    if (changes(item, spec)) {
                        throw new RuleRestrictionException(
                                field
                                        + ": item "
                                        + item.id
                                        + " is "
                                        + item.status
                                        + "; only Pending items can change");
                    }
                    // custom fields are the caller's own data: they may change at any status
                    item.customFields = item.customFields.updatedWith(spec.customFields(), field);
                } else {
                    apply(field, item, spec, currency);
                }
            } else {
                item = newItem(scheduleId);
                apply(field, item, spec, currency);
            }
            item.position = i + 1;
            list.add(item);
        }
        List<InvoiceScheduleItem> removed =
                current.stream().filter(item -> !kept.contains(item.id)).toList();
        for (InvoiceScheduleItem item : removed) {
            if (item.status != InvoiceScheduleItem.Status.Pending) {
                throw new RuleRestrictionException(
                        "scheduleItems: item "
                                + item.id
                                + " is "
                                + item.status
                                + " and cannot be removed");
            }
        }
        checkRunDates(list);
        return new Replacement(list, removed);
    }

    /** Applies a requested item; on an existing item, absent fields keep their values. */
    static void apply(String field, InvoiceScheduleItem item, ItemSpec spec, String currency) {
        if (spec.amount() != null && spec.percentage() != null) {
            throw new InvalidValueException(field + ": give amount or percentage, not both");
        }
        if (spec.percentage() != null) {
            throw new RuleRestrictionException(
                    field
                            + ".percentage: a percentage needs the schedule's total, which "
                            + "Zuora derives from the attached orders; the emulator does not model orders yet, so give amount");
        }
        if (spec.amount() == null && item.amount == null) {
            throw new MissingValueException(field + ".amount: amount or percentage is required");
        }
        if (spec.amount() != null) {
            BigDecimal amount = Money.amount(field + ".amount", spec.amount(), currency);
            if (amount.signum() <= 0) {
                throw new InvalidValueException(field + ".amount: must be greater than 0");
            }
            item.amount = amount;
        }
        if (spec.name() != null) {
            item.name = Text.check(field + ".name", spec.name());
        }
        if (spec.runDate() != null || spec.id() == null) {
            item.runDate = spec.runDate();
        }
        if (spec.targetDateForAdditionalSubscriptions() != null) {
            item.targetDateForAdditionalSubscriptions = spec.targetDateForAdditionalSubscriptions();
        }
        item.customFields = item.customFields.updatedWith(spec.customFields(), field);
    }

    /** Whether the request would change the item: refused once the item is no longer Pending. */
    static boolean changes(InvoiceScheduleItem item, ItemSpec spec) {
        return spec.percentage() != null
                || spec.amount() != null && spec.amount().compareTo(item.amount) != 0
                || spec.name() != null && !spec.name().equals(item.name)
                || spec.runDate() != null && !spec.runDate().equals(item.runDate)
                || spec.targetDateForAdditionalSubscriptions() != null
                        && !Objects.equals(
                                spec.targetDateForAdditionalSubscriptions(),
                                item.targetDateForAdditionalSubscriptions);
    }

    /** Run dates in order; an item without one may only be followed by items without one. */
    static void checkRunDates(List<InvoiceScheduleItem> list) {
        LocalDate last = null;
        boolean blankSeen = false;
        for (int i = 0; i < list.size(); i++) {
            LocalDate runDate = list.get(i).runDate;
            if (runDate == null) {
                blankSeen = true;
            } else if (blankSeen) {
                throw new InvalidValueException(
                        field(i)
                                + ".runDate: an item without runDate may only be followed by items without one");
            } else {
                if (last != null && runDate.isBefore(last)) {
                    throw new InvalidValueException(
                            field(i) + ".runDate: run dates must be in chronological order");
                }
                last = runDate;
            }
        }
    }

    static InvoiceScheduleItem newItem(String scheduleId) {
        InvoiceScheduleItem item = new InvoiceScheduleItem();
        item.id = Ids.newId();
        item.scheduleId = scheduleId;
        item.status = InvoiceScheduleItem.Status.Pending;
        return item;
    }

    private static String field(int index) {
        return "scheduleItems[" + index + "]";
    }
}
