package dev.zuoraemulator.split;

import dev.zuoraemulator.common.EntityScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

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
        return ((Number) getEntityManager().createNativeQuery(nextValueQuery()).getSingleResult())
                .longValue();
    }

    private String nextValueQuery() {
        String query = nextValue;
        if (query == null) {
            // each database's own form: NEXT VALUE FOR (H2), nextval('...') (PostgreSQL)
            query =
                    getEntityManager()
                            .unwrap(Session.class)
                            .getFactory()
                            .unwrap(SessionFactoryImplementor.class)
                            .getJdbcServices()
                            .getDialect()
                            .getSequenceSupport()
                            .getSequenceNextValString("invoice_split_item_seq");
            nextValue = query;
        }
        return query;
    }

    private volatile String nextValue;
}
