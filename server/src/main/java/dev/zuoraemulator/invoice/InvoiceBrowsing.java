package dev.zuoraemulator.invoice;

import dev.zuoraemulator.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Invoices as a person browses them (the console): an account's invoices newest first a page at a
 * time, one invoice with its items and its split group, whatever the entity.
 */
@ApplicationScoped
public class InvoiceBrowsing {

    private final InvoiceRepository invoices;
    private final InvoiceItemRepository items;

    InvoiceBrowsing(InvoiceRepository invoices, InvoiceItemRepository items) {
        this.invoices = invoices;
        this.items = items;
    }

    /**
     * The account's invoices, newest first (IDs grow with time), the page after the ID given. The
     * bound on the ID, also on the first page, and the order naming the account make H2 read the
     * index on (account, ID) backwards, a page's rows and no more, with ten invoices on the account
     * or a million; without them it took the account's own index and sorted them all.
     */
    @Transactional
    public List<Invoice> ofAccount(String accountId, String beforeId, int limit) {
        return invoices.find(
                        "accountId = ?1 and id < ?2 order by accountId desc, id desc",
                        accountId,
                        beforeId == null ? Ids.ABOVE_EVERY_ID : beforeId)
                .page(0, limit)
                .list();
    }

    /**
     * The invoice of this ID, or of this number in one of the entities given, with a page of its
     * items ({@code itemsPage} from 1, {@code pageSize} of them) and its split group: the invoices
     * one split made of the same original, and that original.
     */
    @Transactional
    public InvoiceDetail find(
            String key, java.util.Collection<String> entities, int itemsPage, int pageSize) {
        Invoice invoice = invoices.findById(key);
        for (java.util.Iterator<String> e = entities.iterator(); invoice == null && e.hasNext(); ) {
            invoice = invoices.findByKey(e.next(), key).orElse(null);
        }
        if (invoice == null) {
            return null;
        }
        List<Invoice> group = new ArrayList<>();
        String original = invoice.splitFrom != null ? invoice.splitFrom : invoice.id;
        if (invoice.splitFrom != null) {
            Invoice from = invoices.findById(invoice.splitFrom);
            if (from != null) {
                group.add(from);
            }
        }
        for (Invoice member :
                invoices.find("splitFrom = ?1 order by invoiceNumber", original)
                        .page(0, 50)
                        .list()) {
            if (!member.id.equals(invoice.id)) {
                group.add(member);
            }
        }
        return new InvoiceDetail(
                invoice,
                items.pageOfInvoice(invoice.id, itemsPage, pageSize),
                items.countOfInvoice(invoice.id) > (long) itemsPage * pageSize,
                group);
    }
}
