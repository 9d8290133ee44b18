package dev.zuoraemulator.invoice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class InvoiceItemRepository implements PanacheRepositoryBase<InvoiceItem, String> {

    public List<InvoiceItem> listOfInvoice(String invoiceId) {
        return list("invoiceId", Sort.by("position"), invoiceId);
    }

    /** One page of the invoice's items (page from 1), in their order on the invoice. */
    public List<InvoiceItem> pageOfInvoice(String invoiceId, int page, int pageSize) {
        return find("invoiceId", Sort.by("position"), invoiceId)
                .page(Page.of(page - 1, pageSize))
                .list();
    }

    public long countOfInvoice(String invoiceId) {
        return count("invoiceId", invoiceId);
    }

    public long deleteOfInvoice(String invoiceId) {
        return delete("invoiceId", invoiceId);
    }
}
