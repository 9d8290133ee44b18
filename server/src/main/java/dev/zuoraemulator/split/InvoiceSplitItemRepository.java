package dev.zuoraemulator.split;

import dev.zuoraemulator.common.EntityScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class InvoiceSplitItemRepository implements EntityScopedRepository<InvoiceSplitItem> {

    /** The split's items in creation order: the last one is the final split item. */
    public List<InvoiceSplitItem> listOfSplit(String splitId) {
        return list("invoiceSplitId", Sort.by("createdSeq"), splitId);
    }

    public long countOfSplit(String splitId) {
        return count("invoiceSplitId", splitId);
    }

    public long nextCreatedSeq() {
        return ((Number)
                        getEntityManager()
                                .createNativeQuery("SELECT NEXT VALUE FOR invoice_split_item_seq")
                                .getSingleResult())
                .longValue();
    }
}
