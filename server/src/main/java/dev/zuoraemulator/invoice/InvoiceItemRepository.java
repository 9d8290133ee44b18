package dev.zuoraemulator.invoice;

import dev.zuoraemulator.common.CustomFieldsConverter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;

@ApplicationScoped
public class InvoiceItemRepository implements PanacheRepositoryBase<InvoiceItem, String> {

    public List<InvoiceItem> listOfInvoice(String invoiceId) {
        return list("invoiceId", Sort.by("position"), invoiceId);
    }

    /** The items of these invoices, each invoice's in their order on it. */
    public List<InvoiceItem> listOfInvoices(java.util.Collection<String> invoiceIds) {
        return list("invoiceId in ?1 order by invoiceId, position", invoiceIds);
    }

    /** One page of the invoice's items (page from 1), in their order on the invoice. */
    public List<InvoiceItem> pageOfInvoice(String invoiceId, int page, int pageSize) {
        return find("invoiceId", Sort.by("position"), invoiceId)
                .page(Page.of(page - 1, pageSize))
                .list();
    }

    /**
     * The invoice's items in order, a page at a time, detached: an invoice of 100,000 items is read
     * without holding them all.
     */
    public void forEachPage(String invoiceId, int pageSize, Consumer<List<InvoiceItem>> page) {
        EntityManager em = getEntityManager();
        int after = 0;
        while (true) {
            List<InvoiceItem> items =
                    em.createQuery(
                                    "from InvoiceItem i where i.invoiceId = ?1 and i.position > ?2"
                                            + " order by i.position",
                                    InvoiceItem.class)
                            .setParameter(1, invoiceId)
                            .setParameter(2, after)
                            .setMaxResults(pageSize)
                            .getResultList();
            if (items.isEmpty()) {
                return;
            }
            items.forEach(em::detach);
            page.accept(items);
            after = items.get(items.size() - 1).position;
        }
    }

    /**
     * Writes new items in JDBC batches, in the caller's transaction, without entering them into the
     * persistence context: the bulk path of a split, bounded in memory. The columns are those of
     * {@link InvoiceItem}'s mapping.
     */
    public void insertAll(List<InvoiceItem> items) {
        getEntityManager()
                .unwrap(Session.class)
                .doWork(
                        connection -> {
                            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                                int pending = 0;
                                for (InvoiceItem item : items) {
                                    bind(insert, item);
                                    insert.addBatch();
                                    if (++pending == BATCH) {
                                        insert.executeBatch();
                                        pending = 0;
                                    }
                                }
                                if (pending > 0) {
                                    insert.executeBatch();
                                }
                            }
                        });
    }

    private static final int BATCH = 500;
    private static final String INSERT =
            "INSERT INTO invoice_item (id, invoice_id, position, amount, charge_name, description,"
                    + " service_start_date, service_end_date, quantity, unit_price, sku, uom, charge_date,"
                    + " invoice_schedule_id, invoice_schedule_item_id, custom_fields)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final CustomFieldsConverter CUSTOM_FIELDS = new CustomFieldsConverter();

    private static void bind(PreparedStatement insert, InvoiceItem item) throws SQLException {
        insert.setString(1, item.id);
        insert.setString(2, item.invoiceId);
        insert.setInt(3, item.position);
        insert.setBigDecimal(4, item.amount);
        insert.setString(5, item.chargeName);
        insert.setString(6, item.description);
        insert.setObject(7, item.serviceStartDate, Types.DATE);
        insert.setObject(8, item.serviceEndDate, Types.DATE);
        insert.setBigDecimal(9, item.quantity);
        insert.setBigDecimal(10, item.unitPrice);
        insert.setString(11, item.sku);
        insert.setString(12, item.uom);
        insert.setObject(
                13,
                item.chargeDate == null ? null : item.chargeDate.atOffset(ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setString(14, item.invoiceScheduleId);
        insert.setString(15, item.invoiceScheduleItemId);
        insert.setString(16, CUSTOM_FIELDS.convertToDatabaseColumn(item.customFields));
    }

    /** The amounts of the invoice's items, in their order on the invoice. */
    public List<BigDecimal> amountsOfInvoice(String invoiceId) {
        return getEntityManager()
                .createQuery(
                        "select i.amount from InvoiceItem i where i.invoiceId = ?1 order by i.position",
                        BigDecimal.class)
                .setParameter(1, invoiceId)
                .getResultList();
    }

    public long countOfInvoice(String invoiceId) {
        return count("invoiceId", invoiceId);
    }

    public long deleteOfInvoice(String invoiceId) {
        return delete("invoiceId", invoiceId);
    }
}
