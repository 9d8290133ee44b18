package dev.zuoraemulator.invoice;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, String> {

    /** The entity's invoice with this ID or number. */
    public Optional<Invoice> findByKey(String entityId, String key) {
        return find("entityId = ?1 and (id = ?2 or invoiceNumber = ?2)", entityId, key).firstResultOptional();
    }

    public Optional<Invoice> findInEntity(String entityId, String id) {
        return find("entityId = ?1 and id = ?2", entityId, id).firstResultOptional();
    }

    /** The invoice, row-locked until the transaction ends: whoever splits it holds this lock. */
    public Optional<Invoice> lockInEntity(String entityId, String id) {
        return find("entityId = ?1 and id = ?2", entityId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public BigDecimal postedBalance(String accountId) {
        BigDecimal sum = getEntityManager().createQuery(
                "select sum(i.balance) from Invoice i where i.accountId = ?1 and i.status = ?2", BigDecimal.class)
                .setParameter(1, accountId).setParameter(2, InvoiceStatus.Posted).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
