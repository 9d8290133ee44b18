package dev.zuoraemulator.invoice;

import dev.zuoraemulator.account.PostedBalances;
import dev.zuoraemulator.common.NumberedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

@ApplicationScoped
public class InvoiceRepository implements NumberedRepository<Invoice>, PostedBalances {

    @Override
    public String numberProperty() {
        return "invoiceNumber";
    }

    @Override
    public BigDecimal postedBalance(String accountId) {
        BigDecimal sum =
                getEntityManager()
                        .createQuery(
                                "select sum(i.balance) from Invoice i where i.accountId = ?1 and i.status = ?2",
                                BigDecimal.class)
                        .setParameter(1, accountId)
                        .setParameter(2, InvoiceStatus.Posted)
                        .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
