package dev.zuoraemulator.split;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountRepository;
import dev.zuoraemulator.error.ZuoraException;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceLifecycle;
import dev.zuoraemulator.invoice.InvoiceRepository;
import dev.zuoraemulator.invoice.InvoiceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** The new invoices of a split, by either flow: what they take from the original (S6, N4, C10). */
@ApplicationScoped
class SplitInvoices {

    private final InvoiceService invoiceService;
    private final InvoiceRepository invoices;
    private final AccountRepository accounts;

    SplitInvoices(
            InvoiceService invoiceService, InvoiceRepository invoices, AccountRepository accounts) {
        this.invoiceService = invoiceService;
        this.invoices = invoices;
        this.accounts = accounts;
    }

    /**
     * The invoice that accepted work splits, row-locked: it exists, since nothing deletes an
     * invoice while a split of it is pending.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Invoice lockOriginal(String entityId, String invoiceId) {
        return invoices.lockInEntity(entityId, invoiceId)
                .orElseThrow(() -> new IllegalStateException("invoice " + invoiceId + " is gone"));
    }

    /** The invoice's account, which an invoice always has. */
    @Transactional(Transactional.TxType.MANDATORY)
    Account accountOf(Invoice invoice) {
        return accounts.findInEntity(invoice.entityId, invoice.accountId)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "account " + invoice.accountId + " is gone"));
    }

    /**
     * Why the invoice cannot be split now, or null: only a Draft invoice that no other split is
     * splitting, neither an executed InvoiceSplit nor a pending split job (S3, S7, N4, N6), and,
     * for a split invoice, only while the rest of its split group is Draft too (L5; members split
     * again by the newer flow do not count). {@code by} is the split asking, which may itself be
     * the one splitting it (null for none).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    String whyNotSplittable(Invoice invoice, String by) {
        if (!InvoiceLifecycle.allows(invoice.status, InvoiceLifecycle.Change.SPLIT)) {
            return "the invoice "
                    + invoice.invoiceNumber
                    + " is "
                    + invoice.status
                    + "; only a Draft invoice can be split";
        }
        if (invoice.splittingBy != null && !invoice.splittingBy.equals(by)) {
            return "the invoice "
                    + invoice.invoiceNumber
                    + " is already being split ("
                    + invoice.splittingBy
                    + ")";
        }
        if (invoice.splitFrom != null
                && invoices.countInGroupNotDraft(invoice.entityId, invoice.splitFrom) > 0) {
            return "the invoice "
                    + invoice.invoiceNumber
                    + " is a split invoice whose group is no longer all Draft; a split invoice can be"
                    + " split again only while its whole group is Draft";
        }
        return null;
    }

    /** Refuses an invoice that cannot be split now (see {@link #whyNotSplittable}). */
    void requireSplittable(Invoice invoice, String by, Function<String, ZuoraException> refusal) {
        String why = whyNotSplittable(invoice, by);
        if (why != null) {
            throw refusal.apply(why);
        }
    }

    /**
     * A split invoice's payment term (S6, N1): the one asked, else the original's, else the
     * account's.
     */
    static String term(String asked, Invoice original, Account account) {
        return asked != null
                ? asked
                : original.paymentTerm != null ? original.paymentTerm : account.paymentTerm;
    }

    /**
     * A new Draft invoice of the original's account, numbered and persisted, with no amount yet:
     * the caller adds its items and sets its total.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Invoice create(
            Invoice original,
            Account account,
            LocalDate invoiceDate,
            String paymentTerm,
            String userId,
            Instant now) {
        Invoice invoice = invoiceService.newInvoice(account, invoiceDate, paymentTerm, userId, now);
        invoice.comments = original.comments;
        invoice.customFields = original.customFields;
        invoice.origin = original.origin;
        invoice.sourceType = original.sourceType;
        invoice.billRunId = original.billRunId;
        invoice.targetDate = original.targetDate;
        invoice.isSplit = true;
        invoice.splitFrom = original.id;
        invoice.autoPay = original.autoPay;
        invoice.transferredToAccounting = original.transferredToAccounting;
        invoice.amount = BigDecimal.ZERO;
        invoice.balance = BigDecimal.ZERO;
        invoices.persist(invoice);
        return invoice;
    }
}
