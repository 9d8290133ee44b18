package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.TransactionsApi;
import dev.zuoraemulator.api.model.GETInvoiceFileWrapper;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.invoice.InvoiceListing;

public class TransactionsResource implements TransactionsApi {

    private final InvoiceListing listing;
    private final ZuoraRequest request;

    TransactionsResource(InvoiceListing listing, ZuoraRequest request) {
        this.listing = listing;
        this.request = request;
    }

    @Override
    public GETInvoiceFileWrapper gETTransactionInvoice(
            String accountKey,
            Integer page,
            Integer pageSize,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return listing.page(request.entityId(), accountKey, page, pageSize);
    }
}
