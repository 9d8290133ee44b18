package dev.zuoraemulator.split;

import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceRepository;
import dev.zuoraemulator.invoice.InvoiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Splits as a person browses them (the console): the older flow's InvoiceSplits newest first with
 * their items and the invoices they made; the originals the newer operation split (status {@code
 * Split}).
 */
@ApplicationScoped
public class SplitBrowsing {

    private final InvoiceSplitRepository splits;
    private final InvoiceSplitItemRepository items;
    private final InvoiceRepository invoices;

    SplitBrowsing(
            InvoiceSplitRepository splits,
            InvoiceSplitItemRepository items,
            InvoiceRepository invoices) {
        this.splits = splits;
        this.items = items;
        this.invoices = invoices;
    }

    /** An InvoiceSplit and its items, in the order they were created. */
    public record SplitDetail(InvoiceSplit split, List<InvoiceSplitItem> items) {}

    /**
     * The older flow's splits, newest first (IDs grow with time), of one entity or of all, the page
     * after the ID given.
     */
    @Transactional
    public List<InvoiceSplit> page(String entityId, String beforeId, int limit) {
        String bound = beforeId == null ? Ids.ABOVE_EVERY_ID : beforeId;
        return (entityId == null
                        ? splits.find("id < ?1 order by id desc", bound)
                        : splits.find(
                                "entityId = ?1 and id < ?2 order by id desc", entityId, bound))
                .page(0, limit)
                .list();
    }

    @Transactional
    public SplitDetail find(String id) {
        InvoiceSplit split = splits.findById(id);
        if (split == null) {
            return null;
        }
        return new SplitDetail(
                split,
                items.find("invoiceSplitId = ?1 order by createdSeq", split.id)
                        .page(0, 100)
                        .list());
    }

    /**
     * The newest invoices the newer operation split (status {@code Split}) of the entities given:
     * each entity's read through its index on status, then merged.
     */
    @Transactional
    public List<Invoice> newerOriginals(Collection<String> entities, int limit) {
        List<Invoice> found = new ArrayList<>();
        for (String entity : entities) {
            found.addAll(
                    invoices.find(
                                    "entityId = ?1 and status = ?2 order by id desc",
                                    entity,
                                    InvoiceStatus.Split)
                            .page(0, limit)
                            .list());
        }
        return found.stream()
                .sorted(Comparator.comparing((Invoice i) -> i.id).reversed())
                .limit(limit)
                .toList();
    }
}
