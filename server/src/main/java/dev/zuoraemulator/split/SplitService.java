package dev.zuoraemulator.split;

import dev.zuoraemulator.api.model.SaveResult;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.PaymentTerms;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.ErrorResponses;
import dev.zuoraemulator.error.InvalidTypeException;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.error.UnrecognisedFieldsException;
import dev.zuoraemulator.error.ZuoraException;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The InvoiceSplit objects: creating InvoiceSplit and InvoiceSplitItem through {@code
 * action/create} (decisions S5, S7) and reading them. Accepting their execution is {@link
 * SplitExecution}; the split itself is {@link SplitJob}.
 */
@ApplicationScoped
public class SplitService {

    public static final String INVOICE_SPLIT = "InvoiceSplit";
    public static final String INVOICE_SPLIT_ITEM = "InvoiceSplitItem";

    /** A split makes one invoice per item; a careful limit keeps a typo from making thousands. */
    public static final int MAX_ITEMS_PER_SPLIT = 100;

    static final Set<String> SPLIT_FIELDS = Set.of("InvoiceId");
    static final Set<String> ITEM_FIELDS =
            Set.of("InvoiceSplitId", "InvoiceDate", "SplitPercentage", "PaymentTerm");

    private final InvoiceSplitRepository splits;
    private final InvoiceSplitItemRepository splitItems;
    private final InvoiceRepository invoices;
    private final SplitInvoices splitInvoices;
    private final ZuoraTime time;

    SplitService(
            InvoiceSplitRepository splits,
            InvoiceSplitItemRepository splitItems,
            InvoiceRepository invoices,
            SplitInvoices splitInvoices,
            ZuoraTime time) {
        this.splits = splits;
        this.splitItems = splitItems;
        this.invoices = invoices;
        this.splitInvoices = splitInvoices;
        this.time = time;
    }

    /**
     * {@code action/create}: one SaveResult per object, in order. A bad object fails alone; unknown
     * fields fail the whole call, before anything is written, when {@code rejectUnknownFields} is
     * set.
     */
    @Transactional
    public List<SaveResult> create(
            String entityId,
            String userId,
            String type,
            List<Map<String, Object>> objects,
            boolean rejectUnknownFields) {
        Set<String> fields =
                switch (type) {
                    case INVOICE_SPLIT -> SPLIT_FIELDS;
                    case INVOICE_SPLIT_ITEM -> ITEM_FIELDS;
                    default ->
                            throw new InvalidTypeException(
                                    "type: '"
                                            + type
                                            + "' cannot be created here; use InvoiceSplit or InvoiceSplitItem");
                };
        if (rejectUnknownFields) {
            for (Map<String, Object> object : objects) {
                if (object != null) {
                    object.keySet().stream()
                            .filter(f -> !fields.contains(f))
                            .findFirst()
                            .ifPresent(
                                    f -> {
                                        throw new UnrecognisedFieldsException(f);
                                    });
                }
            }
        }
        Instant now = time.now();
        List<SaveResult> results = new ArrayList<>(objects.size());
        for (Map<String, Object> object : objects) {
            try {
                if (object == null) {
                    throw new InvalidValueException("null objects are not allowed");
                }
                String id =
                        INVOICE_SPLIT.equals(type)
                                ? createSplit(entityId, userId, object, now)
                                : createSplitItem(entityId, userId, object, now);
                results.add(new SaveResult().success(true).id(id));
            } catch (ZuoraException e) {
                results.add(
                        new SaveResult()
                                .success(false)
                                .errors(List.of(ErrorResponses.actionsError(e))));
            }
        }
        return results;
    }

    private String createSplit(
            String entityId, String userId, Map<String, Object> object, Instant now) {
        String invoiceId = ZObject.string(object, "InvoiceId", true);
        Invoice invoice =
                invoices.findInEntity(entityId, invoiceId)
                        .orElseThrow(
                                () ->
                                        new InvalidValueException(
                                                "InvoiceId: no invoice has the ID " + invoiceId));
        splitInvoices.requireSplittable(invoice, null, InvalidValueException::new);
        InvoiceSplit split = new InvoiceSplit();
        split.id = Ids.newId();
        split.entityId = entityId;
        split.invoiceId = invoice.id;
        split.status = InvoiceSplit.Status.OPEN;
        split.created(userId, now);
        splits.persist(split);
        return split.id;
    }

    private String createSplitItem(
            String entityId, String userId, Map<String, Object> object, Instant now) {
        String splitId = ZObject.string(object, "InvoiceSplitId", true);
        BigDecimal percentage =
                Money.percentage("SplitPercentage", ZObject.decimal(object, "SplitPercentage"));
        InvoiceSplitItem item = new InvoiceSplitItem();
        item.invoiceDate = ZObject.date(object, "InvoiceDate");
        String term = ZObject.string(object, "PaymentTerm", false);
        item.paymentTerm = term == null ? null : PaymentTerms.canonical("PaymentTerm", term);
        InvoiceSplit split =
                splits.lockInEntity(entityId, splitId)
                        .orElseThrow(
                                () ->
                                        new InvalidValueException(
                                                "InvoiceSplitId: no InvoiceSplit has the ID "
                                                        + splitId));
        if (split.status != InvoiceSplit.Status.OPEN) {
            throw new InvalidValueException(
                    "InvoiceSplitId: InvoiceSplit "
                            + splitId
                            + " has been executed; its items can no longer change");
        }
        if (splitItems.countOfSplit(split.id) >= MAX_ITEMS_PER_SPLIT) {
            throw new InvalidValueException(
                    "InvoiceSplitId: InvoiceSplit "
                            + splitId
                            + " already has "
                            + MAX_ITEMS_PER_SPLIT
                            + " items, the most one split can have");
        }
        item.id = Ids.newId();
        item.entityId = entityId;
        item.invoiceSplitId = split.id;
        item.createdSeq = splitItems.nextCreatedSeq();
        item.splitPercentage = percentage;
        item.created(userId, now);
        splitItems.persist(item);
        return item.id;
    }

    @Transactional
    public InvoiceSplit getSplit(String entityId, String id) {
        return splits.findInEntity(entityId, id)
                .orElseThrow(() -> ObjectNotFoundException.invalidId(INVOICE_SPLIT, id));
    }

    @Transactional
    public InvoiceSplitItem getSplitItem(String entityId, String id) {
        return splitItems
                .findInEntity(entityId, id)
                .orElseThrow(() -> ObjectNotFoundException.invalidId(INVOICE_SPLIT_ITEM, id));
    }
}
