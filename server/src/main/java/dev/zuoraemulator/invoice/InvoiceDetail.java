package dev.zuoraemulator.invoice;

import java.util.List;

/** An invoice, its items in order, and the other invoices of its split group (the console). */
public record InvoiceDetail(Invoice invoice, List<InvoiceItem> items, List<Invoice> group) {}
