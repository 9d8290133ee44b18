package dev.zuoraemulator.split;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InvoiceSplitItemRepository implements PanacheRepositoryBase<InvoiceSplitItem, String> {

    public Optional<InvoiceSplitItem> findInEntity(String entityId, String id) {
        return find("entityId = ?1 and id = ?2", entityId, id).firstResultOptional();
    }

    /** The split's items in creation order: the last one is the final split item. */
    public List<InvoiceSplitItem> listOfSplit(String splitId) {
        return list("invoiceSplitId", Sort.by("createdSeq"), splitId);
    }

    public long countOfSplit(String splitId) {
        return count("invoiceSplitId", splitId);
    }

    public long nextCreatedSeq() {
        return ((Number) getEntityManager().createNativeQuery("SELECT NEXT VALUE FOR invoice_split_item_seq")
                .getSingleResult()).longValue();
    }
}
