package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.InvoiceSplitsApi;
import dev.zuoraemulator.api.model.ProxyGetInvoiceSplit;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.split.SplitMapper;
import dev.zuoraemulator.split.SplitService;

public class InvoiceSplitsResource implements InvoiceSplitsApi {

    private final SplitService splits;
    private final ZuoraRequest request;

    InvoiceSplitsResource(SplitService splits, ZuoraRequest request) {
        this.splits = splits;
        this.request = request;
    }

    @Override
    public ProxyGetInvoiceSplit objectGETInvoiceSplit(
            String id,
            String fields,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraEntityIds,
            String zuoraTrackId) {
        return SplitMapper.toApi(splits.getSplit(request.entityId(), id), fields);
    }
}
