package dev.zuoraemulator.invoice;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountRepository;
import dev.zuoraemulator.api.model.PostInvoiceItemType;
import dev.zuoraemulator.api.model.PostInvoiceType;
import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.Money;
import dev.zuoraemulator.common.PaymentTerms;
import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.numbering.NumberingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class InvoiceService {

    private final InvoiceRepository invoices;
    private final InvoiceItemRepository items;
    private final AccountRepository accounts;
    private final NumberingService numbering;
    private final ZuoraTime time;

    InvoiceService(
            InvoiceRepository invoices,
            InvoiceItemRepository items,
            AccountRepository accounts,
            NumberingService numbering,
            ZuoraTime time) {
        this.invoices = invoices;
        this.items = items;
        this.accounts = accounts;
        this.numbering = numbering;
        this.time = time;
    }

    /** An invoice with its items, as created. */
    public record InvoiceWithItems(Invoice invoice, List<InvoiceItem> items) {}

    /** One page of items, and whether another follows. */
    public record ItemPage(Invoice invoice, List<InvoiceItem> items, boolean hasNext) {}

    @Transactional
    public Invoice createStandaloneInvoice(
            String entityId, String userId, PostInvoiceType request) {
        Account account =
                resolveAccount(entityId, request.getAccountId(), request.getAccountNumber());
        String term =
                request.getPaymentTerm() == null
                        ? account.paymentTerm
                        : PaymentTerms.canonical("paymentTerm", request.getPaymentTerm());
        LocalDate dueDate =
                request.getDueDate() != null
                        ? request.getDueDate()
                        : PaymentTerms.dueDate(term, request.getInvoiceDate());
        if (dueDate.isBefore(request.getInvoiceDate())) {
            throw new InvalidValueException("dueDate: must not be before invoiceDate");
        }
        Instant now = time.now();
        Invoice invoice = newInvoice(account, request.getInvoiceDate(), term, userId, now);
        invoice.dueDate = dueDate;
        invoice.comments = Text.check("comments", request.getComments());
        invoice.customFields = CustomFields.from(request.getAdditionalProperties(), "");
        if (request.getStatus() == PostInvoiceType.StatusEnum.POSTED) {
            InvoiceLifecycle.apply(
                    invoice, InvoiceLifecycle.Change.POST, userId, now, time.today());
        }
        List<InvoiceItem> created = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<PostInvoiceItemType> requested = request.getInvoiceItems();
        for (int i = 0; i < requested.size(); i++) {
            InvoiceItem item =
                    toItem("invoiceItems[" + i + "]", requested.get(i), account.currency, now);
            item.invoiceId = invoice.id;
            item.position = i + 1;
            created.add(item);
            total = total.add(item.amount);
        }
        invoice.amount = total;
        invoice.balance = total;
        invoices.persist(invoice);
        items.persist(created);
        return invoice;
    }

    /**
     * A new Draft invoice of the account, numbered, not yet persisted: amounts and items are the
     * caller's. The due date follows the payment term.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice newInvoice(
            Account account,
            LocalDate invoiceDate,
            String paymentTerm,
            String userId,
            Instant now) {
        Invoice invoice = new Invoice();
        invoice.id = Ids.newId();
        invoice.entityId = account.entityId;
        invoice.invoiceNumber = numbering.next(account.entityId, NumberingService.Kind.INVOICE);
        invoice.accountId = account.id;
        invoice.currency = account.currency;
        invoice.status = InvoiceStatus.Draft;
        invoice.autoPay = account.autoPay;
        invoice.invoiceDate = invoiceDate;
        invoice.paymentTerm = paymentTerm;
        invoice.dueDate = PaymentTerms.dueDate(paymentTerm, invoiceDate);
        invoice.origin = Invoice.Origin.STANDALONE;
        invoice.sourceType = "Standalone";
        invoice.created(userId, now);
        return invoice;
    }

    @Transactional
    public Invoice getInvoice(String entityId, String key) {
        return invoices.findByKey(entityId, key)
                .orElseThrow(() -> ObjectNotFoundException.of("Invoice", key));
    }

    @Transactional
    public ItemPage itemPage(String entityId, String key, int page, int pageSize) {
        Invoice invoice = getInvoice(entityId, key);
        long count = items.countOfInvoice(invoice.id);
        if ((long) (page - 1) * pageSize >= count) {
            // past the last page; also keeps the offset within int for any page number
            return new ItemPage(invoice, List.of(), false);
        }
        List<InvoiceItem> list = items.pageOfInvoice(invoice.id, page, pageSize);
        return new ItemPage(invoice, list, (long) page * pageSize < count);
    }

    private Account resolveAccount(String entityId, String accountId, String accountNumber) {
        if (accountId == null && accountNumber == null) {
            throw new MissingValueException("accountId or accountNumber: one of them is required");
        }
        Account account =
                accountId != null
                        ? accounts.findInEntity(entityId, accountId)
                                .orElseThrow(
                                        () ->
                                                new InvalidValueException(
                                                        "accountId: no account has the ID "
                                                                + accountId))
                        : accounts.findByNumber(entityId, accountNumber)
                                .orElseThrow(
                                        () ->
                                                new InvalidValueException(
                                                        "accountNumber: no account is numbered "
                                                                + accountNumber));
        if (accountId != null
                && accountNumber != null
                && !accountNumber.equals(account.accountNumber)) {
            throw new InvalidValueException(
                    "accountNumber: does not match the account of accountId");
        }
        return account;
    }

    private static InvoiceItem toItem(
            String field, PostInvoiceItemType request, String currency, Instant now) {
        InvoiceItem item = new InvoiceItem();
        item.id = Ids.newId();
        item.amount = Money.amount(field + ".amount", request.getAmount(), currency);
        item.chargeName = Text.check(field + ".chargeName", request.getChargeName());
        item.description = Text.check(field + ".description", request.getDescription());
        item.serviceStartDate = request.getServiceStartDate();
        item.serviceEndDate = request.getServiceEndDate();
        if (item.serviceEndDate != null && item.serviceEndDate.isBefore(item.serviceStartDate)) {
            throw new InvalidValueException(
                    field + ".serviceEndDate: must not be before serviceStartDate");
        }
        item.quantity =
                request.getQuantity() == null
                        ? BigDecimal.ONE
                        : Money.decimal(field + ".quantity", request.getQuantity());
        if (item.quantity.signum() < 0) {
            throw new InvalidValueException(field + ".quantity: must not be negative");
        }
        item.unitPrice =
                request.getUnitPrice() == null
                        ? null
                        : Money.decimal(field + ".unitPrice", request.getUnitPrice());
        item.sku = Text.check(field + ".sku", request.getSku());
        item.uom = Text.check(field + ".uom", request.getUom());
        item.customFields = CustomFields.from(request.getAdditionalProperties(), field);
        item.chargeDate = now;
        return item;
    }
}
