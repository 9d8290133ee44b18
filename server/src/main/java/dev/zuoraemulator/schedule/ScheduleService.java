package dev.zuoraemulator.schedule;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountRepository;
import dev.zuoraemulator.api.model.POSTCreateInvoiceScheduleRequest;
import dev.zuoraemulator.api.model.PUTUpdateInvoiceScheduleRequest;
import dev.zuoraemulator.api.model.UpdateScheduleItems;
import dev.zuoraemulator.billrun.BillRun;
import dev.zuoraemulator.billrun.BillRunService;
import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.RuleRestrictionException;
import dev.zuoraemulator.numbering.NumberingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Invoice schedules: their life cycle (Pending, PartiallyProcessed, Paused, FullyProcessed) and
 * execution (decisions I1 to I4). The items' rules are {@link ScheduleItems} and {@link
 * ScheduleProgress}; the bill run's side is {@link ScheduleBilling}. Every change locks the
 * schedule's row first.
 */
@ApplicationScoped
public class ScheduleService {

    /** A schedule with its items in order. */
    public record ScheduleView(InvoiceSchedule schedule, List<InvoiceScheduleItem> items) {}

    private final InvoiceScheduleRepository schedules;
    private final InvoiceScheduleItemRepository items;
    private final AccountRepository accounts;
    private final NumberingService numbering;
    private final BillRunService billRuns;
    private final ZuoraTime time;

    ScheduleService(
            InvoiceScheduleRepository schedules,
            InvoiceScheduleItemRepository items,
            AccountRepository accounts,
            NumberingService numbering,
            BillRunService billRuns,
            ZuoraTime time) {
        this.schedules = schedules;
        this.items = items;
        this.accounts = accounts;
        this.numbering = numbering;
        this.billRuns = billRuns;
        this.time = time;
    }

    @Transactional
    public ScheduleView createSchedule(
            String entityId, String userId, POSTCreateInvoiceScheduleRequest request) {
        Account account =
                accounts.findByKey(entityId, request.getAccountKey())
                        .orElseThrow(
                                () ->
                                        new InvalidValueException(
                                                "accountKey: no account has the ID or number "
                                                        + request.getAccountKey()));
        Instant now = time.now();
        InvoiceSchedule schedule = new InvoiceSchedule();
        schedule.id = Ids.newId();
        schedule.entityId = entityId;
        schedule.accountId = account.id;
        schedule.currency = account.currency;
        schedule.status = InvoiceSchedule.Status.Pending;
        schedule.notes = Text.check("notes", request.getNotes());
        schedule.customFields = CustomFields.from(request.getAdditionalProperties(), "");
        schedule.invoiceSeparately = Boolean.TRUE.equals(request.getInvoiceSeparately());
        schedule.ordersJson = ScheduleLists.strings("orders", request.getOrders());
        schedule.specificSubscriptionsJson =
                ScheduleLists.subscriptions(request.getSpecificSubscriptions());
        schedule.additionalSubscriptionsJson =
                ScheduleLists.strings(
                        "additionalSubscriptionsToBill",
                        request.getAdditionalSubscriptionsToBill());
        List<InvoiceScheduleItem> list =
                ScheduleItems.create(schedule.id, request.getScheduleItems(), schedule.currency);
        schedule.number = numbering.next(entityId, NumberingService.Kind.INVOICE_SCHEDULE);
        schedule.created(userId, now);
        schedules.persist(schedule);
        items.persist(list);
        return new ScheduleView(schedule, list);
    }

    @Transactional
    public ScheduleView getSchedule(String entityId, String key) {
        InvoiceSchedule schedule =
                schedules
                        .findByKey(entityId, key)
                        .orElseThrow(() -> ObjectNotFoundException.of("InvoiceSchedule", key));
        return new ScheduleView(schedule, items.listOfSchedule(schedule.id));
    }

    @Transactional
    public ScheduleView updateSchedule(
            String entityId, String userId, String key, PUTUpdateInvoiceScheduleRequest request) {
        InvoiceSchedule schedule = lock(entityId, key);
        if (schedule.status != InvoiceSchedule.Status.Pending
                && schedule.status != InvoiceSchedule.Status.PartiallyProcessed) {
            throw new RuleRestrictionException(
                    "the invoice schedule "
                            + schedule.number
                            + " is "
                            + schedule.status
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
            schedule.specificSubscriptionsJson =
                    ScheduleLists.subscriptions(request.getSpecificSubscriptions());
        }
        if (request.getAdditionalSubscriptionsToBill() != null) {
            schedule.additionalSubscriptionsJson =
                    ScheduleLists.strings(
                            "additionalSubscriptionsToBill",
                            request.getAdditionalSubscriptionsToBill());
        }
        if (request.getNextRunDate() != null) {
            schedule.nextRunDateOverride = request.getNextRunDate();
        }
        schedule.customFields =
                schedule.customFields.updatedWith(
                        CustomFields.from(request.getAdditionalProperties(), ""), "");
        ScheduleProgress.refreshStatus(schedule, list);
        schedule.updated(userId, time.now());
        return new ScheduleView(schedule, list);
    }

    private List<InvoiceScheduleItem> replaceItems(
            InvoiceSchedule schedule,
            List<InvoiceScheduleItem> current,
            List<UpdateScheduleItems> requested) {
        ScheduleItems.Replacement replacement =
                ScheduleItems.replace(schedule.id, current, requested, schedule.currency);
        // written only after every check has passed
        replacement.removed().forEach(items::delete);
        for (InvoiceScheduleItem item : replacement.items()) {
            if (!item.isPersistent()) {
                items.persist(item);
            }
        }
        return replacement.items();
    }

    @Transactional
    public void deleteSchedule(String entityId, String key) {
        InvoiceSchedule schedule = lock(entityId, key);
        List<InvoiceScheduleItem> list = items.listOfSchedule(schedule.id);
        if (schedule.status != InvoiceSchedule.Status.Pending
                || list.stream().anyMatch(i -> i.status != InvoiceScheduleItem.Status.Pending)) {
            throw new RuleRestrictionException(
                    "the invoice schedule "
                            + schedule.number
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
            throw new RuleRestrictionException(
                    "the invoice schedule "
                            + schedule.number
                            + " is "
                            + schedule.status
                            + ", not Paused");
        }
        List<InvoiceScheduleItem> list = items.listOfSchedule(schedule.id);
        schedule.status = ScheduleProgress.computedStatus(list);
        schedule.statusBeforePause = null;
        schedule.updated(userId, time.now());
        return new ScheduleView(schedule, list);
    }

    /**
     * Starts a bill run for the earliest Pending item, or for the named one, which must be that
     * item (I2, I3). Refusals change nothing.
     */
    @Transactional
    public BillRun executeSchedule(
            String entityId, String userId, String key, String scheduleItemId) {
        InvoiceSchedule schedule = lock(entityId, key);
        List<InvoiceScheduleItem> list = items.listOfSchedule(schedule.id);
        if (schedule.status == InvoiceSchedule.Status.Paused) {
            throw new RuleRestrictionException(
                    "the invoice schedule "
                            + schedule.number
                            + " is Paused; resume it before executing it");
        }
        InvoiceScheduleItem item = ScheduleProgress.toExecute(schedule, list, scheduleItemId);
        Instant now = time.now();
        LocalDate target = item.runDate != null ? item.runDate : time.today();
        BillRun run =
                billRuns.startBillRun(
                        entityId,
                        userId,
                        schedule.accountId,
                        schedule.id,
                        item.id,
                        scheduleItemId,
                        target,
                        now);
        item.status = InvoiceScheduleItem.Status.Executing;
        item.billRunId = run.id;
        schedule.updated(userId, now);
        return run;
    }

    private InvoiceSchedule lock(String entityId, String key) {
        return schedules
                .lockByKey(entityId, key)
                .orElseThrow(() -> ObjectNotFoundException.of("InvoiceSchedule", key));
    }
}
