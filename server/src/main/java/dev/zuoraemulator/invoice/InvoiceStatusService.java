package dev.zuoraemulator.invoice;

import dev.zuoraemulator.api.model.CommonResponseReason;
import dev.zuoraemulator.api.model.InvoicePostResponseType;
import dev.zuoraemulator.api.model.InvoicePostType;
import dev.zuoraemulator.api.model.InvoicesBatchPostResponseType;
import dev.zuoraemulator.api.model.ProxyModifyInvoice;
import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.ErrorResponses;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.RuleRestrictionException;
import dev.zuoraemulator.error.ZuoraException;
import dev.zuoraemulator.invoice.InvoiceGroups.Reach;
import dev.zuoraemulator.invoice.InvoiceLifecycle.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Posting, unposting and cancelling (decisions L1, L2, L5): each change reaches the invoice's split
 * group, or everything related to it for a cancel, locked at once in ID order, and is made in the
 * caller's transaction; a refusal changes nothing.
 */
@ApplicationScoped
public class InvoiceStatusService {

    private final InvoiceRepository invoices;
    private final InvoiceGroups groups;
    private final ZuoraTime time;

    InvoiceStatusService(InvoiceRepository invoices, InvoiceGroups groups, ZuoraTime time) {
        this.invoices = invoices;
        this.groups = groups;
        this.time = time;
    }

    /**
     * {@code PUT /v1/object/invoice/{id}}: the status asked, and nothing else (L1): another field
     * is refused before anything changes.
     */
    @Transactional
    public void changeStatus(String entityId, String userId, String id, ProxyModifyInvoice body) {
        body.keySet().stream()
                .findFirst()
                .ifPresent(
                        field -> {
                            throw new InvalidValueException(
                                    Text.clip(field)
                                            + ": only Status can be changed here; use PUT"
                                            + " /v1/invoices/{invoiceKey} for the other fields");
                        });
        if (body.getStatus() == null) {
            throw new MissingValueException("Status: is required");
        }
        switch (body.getStatus()) {
            case POSTED -> post(entityId, userId, id, null);
            case DRAFT -> unpost(entityId, userId, id);
            case CANCELED -> cancel(entityId, userId, id);
        }
    }

    /**
     * {@code POST /v1/invoices/bulk-post} (L2): each entry posted in order, in this transaction,
     * with its own result; an entry that cannot be posted changes nothing and does not stop the
     * others. Every entry's group is locked first, all at once in ID order.
     */
    @Transactional
    public InvoicesBatchPostResponseType bulkPost(
            String entityId, String userId, List<InvoicePostType> entries) {
        groups.lock(entityId, entries.stream().map(InvoicePostType::getId).toList(), Reach.GROUP);
        List<InvoicePostResponseType> results = new ArrayList<>(entries.size());
        for (InvoicePostType entry : entries) {
            InvoicePostResponseType result = new InvoicePostResponseType().id(entry.getId());
            try {
                post(entityId, userId, entry.getId(), entry.getInvoiceDate());
                results.add(result.success(true));
            } catch (ZuoraException e) {
                int code =
                        e instanceof InvoiceNotDraftException
                                ? InvoiceNotDraftException.BULK_POST_CODE
                                : e.kind().category().code();
                results.add(
                        result.success(false)
                                .processId(ErrorResponses.processId())
                                .reasons(
                                        List.of(
                                                new CommonResponseReason()
                                                        .code(code)
                                                        .message(e.getMessage()))));
            }
        }
        return new InvoicesBatchPostResponseType().invoices(results).success(true);
    }

    /** Posts the invoice and the Draft invoices of its split group, redated first if asked. */
    private void post(String entityId, String userId, String id, LocalDate invoiceDate) {
        List<Invoice> group = groups.lock(entityId, List.of(id), Reach.GROUP);
        Invoice invoice = named(group, id);
        if (!InvoiceLifecycle.allows(invoice.status, Change.POST)) {
            throw new InvoiceNotDraftException();
        }
        List<Invoice> changing = withStatus(group, InvoiceStatus.Draft);
        changing.forEach(InvoiceLifecycle::requireNotBeingSplit);
        Instant now = time.now();
        if (invoiceDate != null) {
            invoice.redate(invoiceDate);
        }
        for (Invoice member : changing) {
            InvoiceLifecycle.apply(member, Change.POST, userId, now, time.today());
        }
    }

    /**
     * "Cancel Post": the invoice and the Posted invoices of its split group back to Draft, when no
     * other posted invoice of the account is later than the earliest of them (L1).
     */
    private void unpost(String entityId, String userId, String id) {
        List<Invoice> group = groups.lock(entityId, List.of(id), Reach.GROUP);
        Invoice invoice = named(group, id);
        if (!InvoiceLifecycle.allows(invoice.status, Change.UNPOST)) {
            throw refused(invoice, InvoiceStatus.Draft);
        }
        List<Invoice> changing = withStatus(group, InvoiceStatus.Posted);
        Invoice earliest =
                changing.stream()
                        .min(
                                Comparator.comparing((Invoice i) -> i.invoiceDate)
                                        .thenComparing(i -> i.invoiceNumber))
                        .orElseThrow();
        String later =
                invoices.laterPosted(
                        invoice.accountId,
                        changing.stream().map(i -> i.id).toList(),
                        earliest.invoiceDate,
                        earliest.invoiceNumber);
        if (later != null) {
            throw new RuleRestrictionException(
                    "the invoice "
                            + invoice.invoiceNumber
                            + " cannot be unposted: only the account's latest posted invoice can be,"
                            + " and "
                            + later
                            + " is later");
        }
        Instant now = time.now();
        for (Invoice member : changing) {
            InvoiceLifecycle.apply(member, Change.UNPOST, userId, now, time.today());
        }
    }

    /**
     * Cancels the invoice and every invoice related to it: its split group, the newer flow's kept
     * original and what a member was split into again (L5); refused while any of them is Posted.
     */
    private void cancel(String entityId, String userId, String id) {
        List<Invoice> related = groups.lock(entityId, List.of(id), Reach.RELATED);
        Invoice invoice = named(related, id);
        if (!InvoiceLifecycle.allows(invoice.status, Change.CANCEL)) {
            throw refused(invoice, InvoiceStatus.Canceled);
        }
        related.forEach(InvoiceLifecycle::requireNotBeingSplit);
        for (Invoice member : related) {
            if (member.status == InvoiceStatus.Posted) {
                // a sub-group posted on its own: cancelling around it would leave it posted
                throw new RuleRestrictionException(
                        "the invoice "
                                + invoice.invoiceNumber
                                + " cannot be canceled: the related invoice "
                                + member.invoiceNumber
                                + " is Posted; unpost it first");
            }
        }
        Instant now = time.now();
        for (Invoice member : related) {
            if (InvoiceLifecycle.allows(member.status, Change.CANCEL)) {
                InvoiceLifecycle.apply(member, Change.CANCEL, userId, now, time.today());
            } else if (InvoiceLifecycle.allows(member.status, Change.CANCEL_WITH_GROUP)) {
                InvoiceLifecycle.apply(member, Change.CANCEL_WITH_GROUP, userId, now, time.today());
            }
        }
    }

    private static Invoice named(List<Invoice> locked, String id) {
        return locked.stream()
                .filter(i -> i.id.equals(id))
                .findFirst()
                .orElseThrow(() -> ObjectNotFoundException.invalidId("Invoice", id));
    }

    private static List<Invoice> withStatus(List<Invoice> invoices, InvoiceStatus status) {
        return invoices.stream().filter(i -> i.status == status).toList();
    }

    private static RuleRestrictionException refused(Invoice invoice, InvoiceStatus asked) {
        boolean posted = invoice.status == InvoiceStatus.Posted;
        return new RuleRestrictionException(
                "the invoice "
                        + invoice.invoiceNumber
                        + " is "
                        + invoice.status
                        + " and cannot be changed to "
                        + asked
                        + (posted && asked == InvoiceStatus.Canceled ? "; unpost it first" : ""));
    }
}
