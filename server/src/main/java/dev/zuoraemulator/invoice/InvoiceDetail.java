package dev.zuoraemulator.invoice;

import java.util.List;

/**
 * An invoice, a page of its items in order (and whether more follow), and the other invoices of its
 * split group (the console).
 */
public record InvoiceDetail(
        Invoice invoice, List<InvoiceItem> items, boolean moreItems, List<Invoice> group) {}
