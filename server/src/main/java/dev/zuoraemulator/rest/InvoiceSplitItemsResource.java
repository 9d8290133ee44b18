package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.InvoiceSplitItemsApi;
import dev.zuoraemulator.api.model.ProxyGetInvoiceSplitItem;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.split.SplitMapper;
import dev.zuoraemulator.split.SplitService;

public class InvoiceSplitItemsResource implements InvoiceSplitItemsApi {

    private final SplitService splits;
    private final ZuoraRequest request;

    InvoiceSplitItemsResource(SplitService splits, ZuoraRequest request) {
        this.splits = splits;
        this.request = request;
    }

    @Override
    public ProxyGetInvoiceSplitItem objectGETInvoiceSplitItem(
            String id,
            String fields,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraEntityIds,
            String zuoraTrackId) {
        return SplitMapper.toApi(splits.getSplitItem(request.entityId(), id), fields);
    }
}
