package dev.zuoraemulator.invoice;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountRepository;
import dev.zuoraemulator.api.model.GETInvoiceFileWrapper;
import dev.zuoraemulator.error.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /v1/transactions/invoices/accounts/{account-key}} (decision L6): an account's
 * invoices, newest update first, then highest number, a page at a time. A page reads its own rows
 * through the account's index on update time and number, and their items in one query.
 */
@ApplicationScoped
public class InvoiceListing {

    /** L6: at most this many invoices per page; a larger page size is taken as this. */
    public static final int MAX_PAGE_SIZE = 40;

    private final InvoiceRepository invoices;
    private final InvoiceItemRepository items;
    private final AccountRepository accounts;

    InvoiceListing(
            InvoiceRepository invoices, InvoiceItemRepository items, AccountRepository accounts) {
        this.invoices = invoices;
        this.items = items;
        this.accounts = accounts;
    }

    @Transactional
    public GETInvoiceFileWrapper page(String entityId, String accountKey, int page, int pageSize) {
        Account account =
                accounts.findByKey(entityId, accountKey)
                        .orElseThrow(() -> ObjectNotFoundException.of("Account", accountKey));
        int size = Math.min(pageSize, MAX_PAGE_SIZE);
        long first = (long) (page - 1) * size;
        if (first > Integer.MAX_VALUE - size - 1) {
            // beyond any account's invoices: an empty last page
            return new GETInvoiceFileWrapper().invoices(List.of()).success(true);
        }
        // one more than the page: whether another page follows, without counting them all
        List<Invoice> found = invoices.pageOfAccount(account.id, (int) first, size + 1);
        boolean more = found.size() > size;
        List<Invoice> shown = more ? found.subList(0, size) : found;
        Map<String, List<InvoiceItem>> itemsOf =
                shown.isEmpty()
                        ? Map.of()
                        : items.listOfInvoices(shown.stream().map(i -> i.id).toList()).stream()
                                .collect(Collectors.groupingBy(i -> i.invoiceId));
        return new GETInvoiceFileWrapper()
                .invoices(
                        shown.stream()
                                .map(
                                        i ->
                                                InvoiceMapper.toListed(
                                                        i,
                                                        account,
                                                        itemsOf.getOrDefault(i.id, List.of())))
                                .toList())
                .nextPage(
                        more
                                ? "/v1/transactions/invoices/accounts/"
                                        + account.id
                                        + "?page="
                                        + (page + 1)
                                        + "&pageSize="
                                        + size
                                : null)
                .success(true);
    }
}
