package dev.zuoraemulator.query;

import static dev.zuoraemulator.query.FieldType.BOOLEAN;
import static dev.zuoraemulator.query.FieldType.DATE;
import static dev.zuoraemulator.query.FieldType.DATETIME;
import static dev.zuoraemulator.query.FieldType.DECIMAL;
import static dev.zuoraemulator.query.FieldType.INTEGER;
import static dev.zuoraemulator.query.FieldType.TEXT;

import dev.zuoraemulator.invoice.InvoiceStatus;
import dev.zuoraemulator.query.QueryObject.QueryField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The five objects of decision Q2 with the fields of Zuora's object pages that the emulator stores.
 * {@code TaxAmount} is 0 and {@code AmountWithoutTax} the amount: the emulator has no tax. An
 * account's {@code Status} is {@code Active}, as its REST read says, and its {@code Balance} the
 * balance of its posted invoices, as there.
 */
public final class QueryObjects {

    private static final String POSTED_BALANCE =
            "(SELECT COALESCE(SUM(b.balance), 0) FROM invoice b"
                    + " WHERE b.account_id = t.id AND b.status = '"
                    + InvoiceStatus.Posted.name()
                    + "')";

    public static final List<QueryObject> ALL =
            List.of(
                    new QueryObject(
                            "Account",
                            "account",
                            "",
                            "t.entity_id",
                            "t.created_seq, t.id",
                            "t.custom_fields",
                            with(
                                    audited(),
                                    f("AccountNumber", "t.account_number", TEXT),
                                    f("AutoPay", "t.auto_pay", BOOLEAN),
                                    f("Balance", POSTED_BALANCE, DECIMAL),
                                    f("Batch", "t.batch", TEXT),
                                    f("BillCycleDay", "t.bill_cycle_day", INTEGER),
                                    f("BillToId", "t.bill_to_id", TEXT),
                                    f("CrmId", "t.crm_id", TEXT),
                                    f("Currency", "t.currency", TEXT),
                                    f("Name", "t.name", TEXT),
                                    f("Notes", "CAST(t.notes AS VARCHAR(65535))", TEXT),
                                    f("PaymentTerm", "t.payment_term", TEXT),
                                    f("PurchaseOrderNumber", "t.purchase_order_number", TEXT),
                                    f("SalesRepName", "t.sales_rep", TEXT),
                                    f("Status", "'Active'", TEXT))),
                    new QueryObject(
                            "Invoice",
                            "invoice",
                            "",
                            "t.entity_id",
                            "t.created_seq, t.id",
                            "t.custom_fields",
                            with(
                                    audited(),
                                    f("AccountId", "t.account_id", TEXT),
                                    f("AutoPay", "t.auto_pay", BOOLEAN),
                                    f("Amount", "t.amount", DECIMAL),
                                    f("AmountWithoutTax", "t.amount", DECIMAL),
                                    f("Balance", "t.balance", DECIMAL),
                                    f("BillRunId", "t.bill_run_id", TEXT),
                                    f("Comments", "CAST(t.comments AS VARCHAR(65535))", TEXT),
                                    f("Currency", "t.currency", TEXT),
                                    f("DueDate", "t.due_date", DATE),
                                    f("InvoiceDate", "t.invoice_date", DATE),
                                    f("InvoiceNumber", "t.invoice_number", TEXT),
                                    f("PaymentTerm", "t.payment_term", TEXT),
                                    f("PostedBy", "t.posted_by", TEXT),
                                    f("PostedDate", "t.posted_date", DATE),
                                    f("Status", "t.status", TEXT),
                                    f("TargetDate", "t.target_date", DATE),
                                    f("TaxAmount", "0", DECIMAL),
                                    f(
                                            "TransferredToAccounting",
                                            "COALESCE(t.transferred_to_accounting, 'No')",
                                            TEXT))),
                    new QueryObject(
                            "InvoiceItem",
                            "invoice_item",
                            "JOIN invoice p ON p.id = t.invoice_id",
                            "p.entity_id",
                            "p.created_seq, t.invoice_id, t.position",
                            "t.custom_fields",
                            List.of(
                                    f("Id", "t.id", TEXT),
                                    f("InvoiceId", "t.invoice_id", TEXT),
                                    f("ChargeAmount", "t.amount", DECIMAL),
                                    f("ChargeDate", "t.charge_date", DATETIME),
                                    f("ChargeName", "t.charge_name", TEXT),
                                    f("Quantity", "t.quantity", DECIMAL),
                                    f("ServiceEndDate", "t.service_end_date", DATE),
                                    f("ServiceStartDate", "t.service_start_date", DATE),
                                    f("SKU", "t.sku", TEXT),
                                    f("TaxAmount", "0", DECIMAL),
                                    f("UnitPrice", "t.unit_price", DECIMAL),
                                    f("UOM", "t.uom", TEXT))),
                    new QueryObject(
                            "InvoiceSplit",
                            "invoice_split",
                            "",
                            "t.entity_id",
                            "t.created_seq, t.id",
                            null,
                            with(audited(), f("InvoiceId", "t.invoice_id", TEXT))),
                    new QueryObject(
                            "InvoiceSplitItem",
                            "invoice_split_item",
                            "",
                            "t.entity_id",
                            "t.created_seq, t.id",
                            null,
                            with(
                                    audited(),
                                    f("InvoiceDate", "t.invoice_date", DATE),
                                    f("InvoiceId", "t.invoice_id", TEXT),
                                    f("InvoiceSplitId", "t.invoice_split_id", TEXT),
                                    f("PaymentTerm", "t.payment_term", TEXT),
                                    f("SplitPercentage", "t.split_percentage", DECIMAL))));

    private QueryObjects() {}

    /** The object of that name, whatever the case it is written in. */
    public static Optional<QueryObject> find(String name) {
        return ALL.stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst();
    }

    private static List<QueryField> audited() {
        return List.of(
                f("Id", "t.id", TEXT),
                f("CreatedById", "t.created_by_id", TEXT),
                f("CreatedDate", "t.created_at", DATETIME),
                f("UpdatedById", "t.updated_by_id", TEXT),
                f("UpdatedDate", "t.updated_at", DATETIME));
    }

    private static List<QueryField> with(List<QueryField> first, QueryField... more) {
        List<QueryField> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    private static QueryField f(String name, String sql, FieldType type) {
        return new QueryField(name, sql, type);
    }
}
