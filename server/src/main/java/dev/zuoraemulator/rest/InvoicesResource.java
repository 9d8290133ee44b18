package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.InvoicesApi;
import dev.zuoraemulator.api.model.DeleteInvoiceResponseType;
import dev.zuoraemulator.api.model.GETInvoiceItemsResponse;
import dev.zuoraemulator.api.model.GetInvoiceResponse;
import dev.zuoraemulator.api.model.InvoicesBatchPostResponseType;
import dev.zuoraemulator.api.model.POSTInvoicesBatchPostType;
import dev.zuoraemulator.api.model.PostInvoiceType;
import dev.zuoraemulator.api.model.ProxyCreateOrModifyResponse;
import dev.zuoraemulator.api.model.ProxyModifyInvoice;
import dev.zuoraemulator.api.model.PutInvoiceType;
import dev.zuoraemulator.api.model.SplitInvoiceRequest;
import dev.zuoraemulator.api.model.SplitInvoiceResponse;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.idempotency.Idempotent;
import dev.zuoraemulator.invoice.InvoiceDeletion;
import dev.zuoraemulator.invoice.InvoiceEdits;
import dev.zuoraemulator.invoice.InvoiceMapper;
import dev.zuoraemulator.invoice.InvoiceService;
import dev.zuoraemulator.invoice.InvoiceStatusService;
import dev.zuoraemulator.split.InvoiceSplitOperation;

@Idempotent
public class InvoicesResource implements InvoicesApi {

    private final InvoiceService invoices;
    private final InvoiceStatusService statuses;
    private final InvoiceEdits edits;
    private final InvoiceDeletion deletion;
    private final InvoiceSplitOperation splits;
    private final ZuoraRequest request;

    InvoicesResource(
            InvoiceService invoices,
            InvoiceStatusService statuses,
            InvoiceEdits edits,
            InvoiceDeletion deletion,
            InvoiceSplitOperation splits,
            ZuoraRequest request) {
        this.invoices = invoices;
        this.statuses = statuses;
        this.edits = edits;
        this.deletion = deletion;
        this.splits = splits;
        this.request = request;
    }

    @Override
    public ProxyCreateOrModifyResponse objectPUTInvoice(
            String id,
            ProxyModifyInvoice body,
            Boolean rejectUnknownFields,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraEntityIds,
            String zuoraTrackId) {
        statuses.changeStatus(request.entityId(), request.userId(), id, body);
        return new ProxyCreateOrModifyResponse().success(true).id(id);
    }

    @Override
    public InvoicesBatchPostResponseType pOSTPostInvoices(
            POSTInvoicesBatchPostType body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return statuses.bulkPost(request.entityId(), request.userId(), body.getInvoices());
    }

    @Override
    public GetInvoiceResponse pUTUpdateInvoice(
            String invoiceKey,
            PutInvoiceType body,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return InvoiceMapper.toApi(
                edits.update(request.entityId(), request.userId(), invoiceKey, body));
    }

    @Override
    public DeleteInvoiceResponseType dELETEDeleteInvoice(
            String invoiceKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return deletion.delete(request.entityId(), request.userId(), invoiceKey);
    }

    @Override
    public GetInvoiceResponse pOSTStandaloneInvoice(
            PostInvoiceType body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return InvoiceMapper.toApi(
                invoices.createStandaloneInvoice(request.entityId(), request.userId(), body));
    }

    @Override
    public GetInvoiceResponse getGetInvoice(
            String invoiceKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return InvoiceMapper.toApi(invoices.getInvoice(request.entityId(), invoiceKey));
    }

    @Override
    public GETInvoiceItemsResponse gETInvoiceItems(
            String invoiceKey,
            Integer page,
            Integer pageSize,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        InvoiceService.ItemPage itemPage =
                invoices.itemPage(request.entityId(), invoiceKey, page, pageSize);
        String next =
                itemPage.hasNext()
                        ? "/v1/invoices/"
                                + itemPage.invoice().id
                                + "/items?page="
                                + (page + 1)
                                + "&pageSize="
                                + pageSize
                        : null;
        return InvoiceMapper.toItemsPage(itemPage, next);
    }

    @Override
    public SplitInvoiceResponse splitInvoice(
            String invoiceKey,
            SplitInvoiceRequest body,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return splits.split(request.entityId(), request.userId(), invoiceKey, body);
    }
}
