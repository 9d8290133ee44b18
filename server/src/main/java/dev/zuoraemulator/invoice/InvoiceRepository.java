package dev.zuoraemulator.invoice;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zuoraemulator.common.EntityScopedRepository;

@ApplicationScoped
public class InvoiceRepository implements EntityScopedRepository<Invoice> {

    /** The entity's invoice with this ID or number. */
    public Optional<Invoice> findByKey(String entityId, String key) {
        return find("entityId = ?1 and (id = ?2 or invoiceNumber = ?2)", entityId, key).firstResultOptional();
    }

    public BigDecimal postedBalance(String accountId) {
        BigDecimal sum = getEntityManager().createQuery(
                "select sum(i.balance) from Invoice i where i.accountId = ?1 and i.status = ?2", BigDecimal.class)
                .setParameter(1, accountId).setParameter(2, InvoiceStatus.Posted).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
