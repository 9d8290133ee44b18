package dev.zuoraemulator.invoice;

import dev.zuoraemulator.account.PostedBalances;
import dev.zuoraemulator.common.NumberedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class InvoiceRepository implements NumberedRepository<Invoice>, PostedBalances {

    /** What locking a split group needs of an invoice, read without making it managed. */
    public record Node(String id, InvoiceStatus status, String splitFrom) {}

    private static final String NODE =
            "select new dev.zuoraemulator.invoice.InvoiceRepository$Node(i.id, i.status, i.splitFrom)"
                    + " from Invoice i where i.entityId = ?1 and ";

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

    /** The invoices with these IDs, as nodes. */
    List<Node> nodes(String entityId, Collection<String> ids) {
        return getEntityManager()
                .createQuery(NODE + "i.id in ?2", Node.class)
                .setParameter(1, entityId)
                .setParameter(2, ids)
                .getResultList();
    }

    /** The split group of invoices made from {@code splitFrom}, as nodes. */
    List<Node> group(String entityId, String splitFrom) {
        return getEntityManager()
                .createQuery(NODE + "i.splitFrom = ?2", Node.class)
                .setParameter(1, entityId)
                .setParameter(2, splitFrom)
                .getResultList();
    }

    /**
     * The invoices, row-locked in ID order: concurrent lockers of overlapping sets never deadlock.
     */
    List<Invoice> lockInOrder(String entityId, Collection<String> ids) {
        return find("entityId = ?1 and id in ?2 order by id", entityId, ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Members of the split group that are Posted or Canceled (L5: re-splitting needs none). */
    public long countInGroupNotDraft(String entityId, String splitFrom) {
        return count(
                "entityId = ?1 and splitFrom = ?2 and status in ?3",
                entityId,
                splitFrom,
                List.of(InvoiceStatus.Posted, InvoiceStatus.Canceled));
    }

    /**
     * A Posted invoice of the account, other than those given, later than the date and number (L1:
     * only the latest posted invoices can be unposted), or null.
     */
    String laterPosted(String accountId, Collection<String> except, LocalDate date, String number) {
        return getEntityManager()
                .createQuery(
                        "select i.invoiceNumber from Invoice i where i.accountId = ?1 and i.status = ?2"
                                + " and i.id not in ?3 and (i.invoiceDate > ?4"
                                + " or (i.invoiceDate = ?4 and i.invoiceNumber > ?5))",
                        String.class)
                .setParameter(1, accountId)
                .setParameter(2, InvoiceStatus.Posted)
                .setParameter(3, except)
                .setParameter(4, date)
                .setParameter(5, number)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A page of the account's invoices, newest update first, then highest number (L6). */
    List<Invoice> pageOfAccount(String accountId, int first, int max) {
        return find("accountId = ?1 order by updatedAt desc, invoiceNumber desc", accountId)
                .range(first, first + max - 1)
                .list();
    }
}
