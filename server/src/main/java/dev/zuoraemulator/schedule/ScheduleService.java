package dev.zuoraemulator.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountRepository;
import dev.zuoraemulator.api.model.POSTCreateInvoiceScheduleRequest;
import dev.zuoraemulator.api.model.POSTScheduleItemType;
import dev.zuoraemulator.api.model.PUTUpdateInvoiceScheduleRequest;
import dev.zuoraemulator.api.model.UpdateScheduleItems;
import dev.zuoraemulator.billrun.BillRun;
import dev.zuoraemulator.billrun.BillRunService;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.RuleRestrictionException;
import dev.zuoraemulator.numbering.NumberingService;

/**
 * Invoice schedules: their items' rules, their life cycle (Pending, PartiallyProcessed, Paused, FullyProcessed),
 * and execution (decisions I1 to I4). Every change locks the schedule's row first.
 */
@ApplicationScoped
public class ScheduleService {

    /** A schedule with its items in order. */
    public record ScheduleView(InvoiceSchedule schedule, List<InvoiceScheduleItem> items) {
    }

    /** An item as a request gives it: on create, or on update with the ID of an existing item. */
    record ItemSpec(String id, BigDecimal amount, BigDecimal percentage, String name, LocalDate runDate,
            LocalDate targetDateForAdditionalSubscriptions) {

        static ItemSpec of(POSTScheduleItemType i) {
            return new ItemSpec(null, i.getAmount(), i.getPercentage(), i.getName(), i.getRunDate(),
                    i.getTargetDateForAdditionalSubscriptions());
        }

        static ItemSpec of(UpdateScheduleItems i) {
            return new ItemSpec(i.getId(), i.getAmount(), i.getPercentage(), i.getName(), i.getRunDate(),
                    i.getTargetDateForAdditionalSubscriptions());
        }
    }

    private final InvoiceScheduleRepository schedules;
    private final InvoiceScheduleItemRepository items;
    private final AccountRepository accounts;
    private final NumberingService numbering;
    private final BillRunService billRuns;
    private final ZuoraTime time;

    ScheduleService(InvoiceScheduleRepository schedules, InvoiceScheduleItemRepository items,
            AccountRepository accounts, NumberingService numbering, BillRunService billRuns, ZuoraTime time) {
        this.schedules = schedules;
        this.items = items;
        this.accounts = accounts;
        this.numbering = numbering;
        this.billRuns = billRuns;
        this.time = time;
    }

    @Transactional
    public ScheduleView createSchedule(String entityId, String userId, POSTCreateInvoiceScheduleRequest request) {
        Account account = accounts.findByKey(entityId, request.getAccountKey()).orElseThrow(
                () -> new InvalidValueException("accountKey: no account has the ID or number " + request.getAccountKey()));
        Instant now = time.now();
        InvoiceSchedule schedule = new InvoiceSchedule();
        schedule.id = Ids.newId();
        schedule.entityId = entityId;
        schedule.accountId = account.id;
        schedule.currency = account.currency;
        schedule.status = InvoiceSchedule.Status.Pending;
        schedule.notes = Text.check("notes", request.getNotes());
        schedule.invoiceSeparately = Boolean.TRUE.equals(request.getInvoiceSeparately());
        schedule.ordersJson = ScheduleLists.strings("orders", request.getOrders());
        schedule.specificSubscriptionsJson = ScheduleLists.subscriptions(request.getSpecificSubscriptions());
        schedule.additionalSubscriptionsJson = ScheduleLists.strings("additionalSubscriptionsToBill",
                request.getAdditionalSubscriptionsToBill());
        List<InvoiceScheduleItem> list = new ArrayList<>();
        List<POSTScheduleItemType> requested = request.getScheduleItems();
        for (int i = 0; i < requested.size(); i++) {
            InvoiceScheduleItem item = newItem(schedule.id);
            apply("scheduleItems[" + i + "]", item, ItemSpec.of(requested.get(i)), schedule.currency);
            item.position = i + 1;
            list.add(item);
        }
        checkRunDates(list);
        schedule.number = numbering.next(entityId, NumberingService.Kind.INVOICE_SCHEDULE);
        schedule.created(userId, now);
        schedules.persist(schedule);
        items.persist(list);
        return new ScheduleView(schedule, list);
    }

    @Transactional
    public ScheduleView getSchedule(String entityId, String key) {
        InvoiceSchedule schedule = schedules.findByKey(entityId, key).orElseThrow(() -> notFound(key));
        return new ScheduleView(schedule, items.listOfSchedule(schedule.id));
    }

    @Transactional
    public ScheduleView updateSchedule(String entityId, String userId, String key,
            PUTUpdateInvoiceScheduleRequest request) {
        InvoiceSchedule schedule = lock(entityId, key);
        if (schedule.status != InvoiceSchedule.Status.Pending
                && schedule.status != InvoiceSchedule.Status.PartiallyProcessed) {
            throw new RuleRestrictionException("the invoice schedule " + schedule.number + " is " + schedule.status
                    + "; only a Pending or PartiallyProcessed schedule can be updated");
        }
        List<InvoiceScheduleItem> current = items.listOfSchedule(schedule.id);
        List<InvoiceScheduleItem> list = current;
        if (request.getScheduleItems() != null) {
            list = replaceItems(schedule, current, request.getScheduleItems());
            schedule.nextRunDateOverride = null;
        }
        if (request.getNotes() != null) {
            schedule.notes = Text.check("notes", request.getNotes());
        }
        if (request.getInvoiceSeparately() != null) {
            schedule.invoiceSeparately = request.getInvoiceSeparately();
        }
        if (request.getOrders() != null) {
            schedule.ordersJson = ScheduleLists.strings("orders", request.getOrders());
        }
        if (request.getSpecificSubscriptions() != null) {
            schedule.specificSubscriptionsJson = ScheduleLists.subscriptions(request.getSpecificSubscriptions());
        }
        if (request.getAdditionalSubscriptionsToBill() != null) {
            schedule.additionalSubscriptionsJson = ScheduleLists.strings("additionalSubscriptionsToBill",
                    request.getAdditionalSubscriptionsToBill());
        }
        if (request.getNextRunDate() != null) {
            schedule.nextRunDateOverride = request.getNextRunDate();
        }
        refreshStatus(schedule, list);
        schedule.updated(userId, time.now());
        return new ScheduleView(schedule, list);
    }

    private List<InvoiceScheduleItem> replaceItems(InvoiceSchedule schedule, List<InvoiceScheduleItem> current,
            List<UpdateScheduleItems> requested) {
        Map<String, InvoiceScheduleItem> byId = new LinkedHashMap<>();
        current.forEach(item -> byId.put(item.id, item));
        Set<String> kept = new HashSet<>();
        List<InvoiceScheduleItem> list = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "scheduleItems[" + i + "]";
            ItemSpec spec = ItemSpec.of(requested.get(i));
            InvoiceScheduleItem item;
            if (spec.id() != null) {
                item = byId.get(spec.id());
                if (item == null) {
                    throw new InvalidValueException(field + ".id: the schedule has no item " + spec.id());
                }
                if (!kept.add(item.id)) {
                    throw new InvalidValueException(field + ".id: item " + spec.id() + " is listed twice");
                }
                if (item.status != InvoiceScheduleItem.Status.Pending) {
                    if (changes(item, spec)) {
                        throw new RuleRestrictionException(field + ": item " + item.id + " is " + item.status
                                + "; only Pending items can change");
                    }
                } else {
                    apply(field, item, spec, schedule.currency);
                }
            } else {
                item = newItem(schedule.id);
                apply(field, item, spec, schedule.currency);
            }
            item.position = i + 1;
            list.add(item);
        }
        for (InvoiceScheduleItem item : current) {
            if (!kept.contains(item.id)) {
                if (item.status != InvoiceScheduleItem.Status.Pending) {
                    throw new RuleRestrictionException("scheduleItems: item " + item.id + " is " + item.status
                            + " and cannot be removed");
                }
            }
        }
        checkRunDates(list);
        // positions are unique per schedule only by convention; items are written after the checks pass
        for (InvoiceScheduleItem item : current) {
            if (!kept.contains(item.id)) {
                items.delete(item);
            }
        }
        for (InvoiceScheduleItem item : list) {
            if (!item.isPersistent()) {
                items.persist(item);
            }
        }
        return list;
    }

    @Transactional
    public void deleteSchedule(String entityId, String key) {
        InvoiceSchedule schedule = lock(entityId, key);
        List<InvoiceScheduleItem> list = items.listOfSchedule(schedule.id);
        if (schedule.status != InvoiceSchedule.Status.Pending
                || list.stream().anyMatch(i -> i.status != InvoiceScheduleItem.Status.Pending)) {
            throw new RuleRestrictionException("the invoice schedule " + schedule.number
                    + " has been executed or paused; only a Pending schedule can be deleted");
        }
        list.forEach(items::delete);
        schedules.delete(schedule);
    }

    @Transactional
    public ScheduleView pauseSchedule(String entityId, String userId, String key) {
        InvoiceSchedule schedule = lock(entityId, key);
        if (schedule.status != InvoiceSchedule.Status.Paused) {
            schedule.statusBeforePause = schedule.status;
            schedule.status = InvoiceSchedule.Status.Paused;
            schedule.updated(userId, time.now());
        }
        return new ScheduleView(schedule, items.listOfSchedule(schedule.id));
    }

    @Transactional
    public ScheduleView resumeSchedule(String entityId, String userId, String key) {
        InvoiceSchedule schedule = lock(entityId, key);
        if (schedule.status != InvoiceSchedule.Status.Paused) {
            throw new RuleRestrictionException("the invoice schedule " + schedule.number + " is " + schedule.status
                    + ", not Paused");
        }
        List<InvoiceScheduleItem> list = items.listOfSchedule(schedule.id);
        schedule.status = computedStatus(list);
        schedule.statusBeforePause = null;
        schedule.updated(userId, time.now());
        return new ScheduleView(schedule, list);
    }

    /**
     * Starts a bill run for the earliest Pending item, or for the named one, which must be that item (I2, I3).
     * Refusals change nothing.
     */
    @Transactional
    public BillRun executeSchedule(String entityId, String userId, String key, String scheduleItemId) {
        InvoiceSchedule schedule = lock(entityId, key);
        List<InvoiceScheduleItem> list = items.listOfSchedule(schedule.id);
        if (schedule.status == InvoiceSchedule.Status.Paused) {
            throw new RuleRestrictionException("the invoice schedule " + schedule.number
                    + " is Paused; resume it before executing it");
        }
        Optional<InvoiceScheduleItem> earliest = list.stream()
                .filter(i -> i.status == InvoiceScheduleItem.Status.Pending).findFirst();
        InvoiceScheduleItem item;
        if (scheduleItemId != null) {
            item = list.stream().filter(i -> i.id.equals(scheduleItemId)).findFirst().orElseThrow(
                    () -> new ObjectNotFoundException("Cannot find a InvoiceScheduleItem instance with id "
                            + scheduleItemId + " in invoice schedule " + schedule.number + "."));
            if (item.status != InvoiceScheduleItem.Status.Pending) {
                throw new RuleRestrictionException("scheduleItemId: item " + item.id + " is " + item.status
                        + "; only a Pending item can be executed");
            }
            if (item != earliest.orElseThrow()) {
                throw new RuleRestrictionException("scheduleItemId: item " + item.id
                        + " is not the earliest Pending item of the schedule; execute " + earliest.get().id + " first");
            }
        } else {
            item = earliest.orElseThrow(() -> new RuleRestrictionException(
                    "the invoice schedule " + schedule.number + " has no Pending item left to execute"));
        }
        Instant now = time.now();
        LocalDate target = item.runDate != null ? item.runDate : time.today();
        BillRun run = billRuns.startBillRun(entityId, userId, schedule.accountId, schedule.id, item.id,
                scheduleItemId, target, now);
        item.status = InvoiceScheduleItem.Status.Executing;
        item.billRunId = run.id;
        schedule.updated(userId, now);
        return run;
    }

    /** The item a bill run bills, with its schedule locked until the bill run's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScheduleView lockForBilling(String entityId, String scheduleId) {
        InvoiceSchedule schedule = lock(entityId, scheduleId);
        return new ScheduleView(schedule, items.listOfSchedule(schedule.id));
    }

    /** The bill run has created the item's invoice: the item is Processed and the schedule follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemBilled(ScheduleView view, InvoiceScheduleItem item, String invoiceId, String userId, Instant now) {
        item.status = InvoiceScheduleItem.Status.Processed;
        item.invoiceId = invoiceId;
        view.schedule().nextRunDateOverride = null;
        refreshStatus(view.schedule(), view.items());
        view.schedule().updated(userId, now);
    }

    /** The bill run failed for good: the item is Pending again, to be executed anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemNotBilled(String entityId, String scheduleId, String itemId) {
        ScheduleView view = lockForBilling(entityId, scheduleId);
        view.items().stream().filter(i -> i.id.equals(itemId) && i.status == InvoiceScheduleItem.Status.Executing)
                .forEach(i -> {
                    i.status = InvoiceScheduleItem.Status.Pending;
                    i.billRunId = null;
                });
    }

    private InvoiceSchedule lock(String entityId, String key) {
        return schedules.lockByKey(entityId, key).orElseThrow(() -> notFound(key));
    }

    private static InvoiceScheduleItem newItem(String scheduleId) {
        InvoiceScheduleItem item = new InvoiceScheduleItem();
        item.id = Ids.newId();
        item.scheduleId = scheduleId;
        item.status = InvoiceScheduleItem.Status.Pending;
        return item;
    }

    /** Applies a requested item; on an existing item, absent fields keep their values. */
    private static void apply(String field, InvoiceScheduleItem item, ItemSpec spec, String currency) {
        if (spec.amount() != null && spec.percentage() != null) {
            throw new InvalidValueException(field + ": give amount or percentage, not both");
        }
        if (spec.percentage() != null) {
            throw new RuleRestrictionException(field + ".percentage: a percentage needs the schedule's total, which "
                    + "Zuora derives from the attached orders; the emulator does not model orders yet, so give amount");
        }
        if (spec.amount() == null && item.amount == null) {
            throw new MissingValueException(field + ".amount: amount or percentage is required");
        }
        if (spec.amount() != null) {
            BigDecimal amount = Money.checkAmount(field + ".amount", spec.amount(), currency);
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
    }

    private static boolean changes(InvoiceScheduleItem item, ItemSpec spec) {
        return spec.percentage() != null
                || spec.amount() != null && spec.amount().compareTo(item.amount) != 0
                || spec.name() != null && !spec.name().equals(item.name)
                || spec.runDate() != null && !spec.runDate().equals(item.runDate)
                || spec.targetDateForAdditionalSubscriptions() != null
                        && !Objects.equals(spec.targetDateForAdditionalSubscriptions(),
                                item.targetDateForAdditionalSubscriptions);
    }

    /** Run dates in order; an item without one may only be followed by items without one. */
    private static void checkRunDates(List<InvoiceScheduleItem> list) {
        LocalDate last = null;
        boolean blankSeen = false;
        for (int i = 0; i < list.size(); i++) {
            LocalDate runDate = list.get(i).runDate;
            if (runDate == null) {
                blankSeen = true;
            } else if (blankSeen) {
                throw new InvalidValueException("scheduleItems[" + i
                        + "].runDate: an item without runDate may only be followed by items without one");
            } else {
                if (last != null && runDate.isBefore(last)) {
                    throw new InvalidValueException("scheduleItems[" + i
                            + "].runDate: run dates must be in chronological order");
                }
                last = runDate;
            }
        }
    }

    private static void refreshStatus(InvoiceSchedule schedule, List<InvoiceScheduleItem> list) {
        InvoiceSchedule.Status computed = computedStatus(list);
        if (schedule.status == InvoiceSchedule.Status.Paused) {
            schedule.statusBeforePause = computed;
        } else {
            schedule.status = computed;
        }
    }

    static InvoiceSchedule.Status computedStatus(List<InvoiceScheduleItem> list) {
        long processed = list.stream().filter(i -> i.status == InvoiceScheduleItem.Status.Processed).count();
        if (processed == 0) {
            return InvoiceSchedule.Status.Pending;
        }
        return processed == list.size() ? InvoiceSchedule.Status.FullyProcessed
                : InvoiceSchedule.Status.PartiallyProcessed;
    }

    static ObjectNotFoundException notFound(String key) {
        return new ObjectNotFoundException("Cannot find a InvoiceSchedule instance with id " + key + ".");
    }
}
