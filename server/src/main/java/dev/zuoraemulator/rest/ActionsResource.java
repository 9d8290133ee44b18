package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.ActionsApi;
import dev.zuoraemulator.api.model.ExecuteResult;
import dev.zuoraemulator.api.model.ProxyActioncreateRequest;
import dev.zuoraemulator.api.model.ProxyActionexecuteRequest;
import dev.zuoraemulator.api.model.ProxyActionqueryMoreRequest;
import dev.zuoraemulator.api.model.ProxyActionqueryMoreRequestConf;
import dev.zuoraemulator.api.model.ProxyActionqueryMoreResponse;
import dev.zuoraemulator.api.model.ProxyActionqueryRequest;
import dev.zuoraemulator.api.model.ProxyActionqueryResponse;
import dev.zuoraemulator.api.model.SaveResult;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.idempotency.Idempotent;
import dev.zuoraemulator.query.QueryPage;
import dev.zuoraemulator.query.QueryService;
import dev.zuoraemulator.split.SplitExecution;
import dev.zuoraemulator.split.SplitService;
import java.util.List;

@Idempotent
public class ActionsResource implements ActionsApi {

    private final SplitService splits;
    private final SplitExecution execution;
    private final QueryService queries;
    private final ZuoraRequest request;

    ActionsResource(
            SplitService splits,
            SplitExecution execution,
            QueryService queries,
            ZuoraRequest request) {
        this.splits = splits;
        this.execution = execution;
        this.queries = queries;
        this.request = request;
    }

    @Override
    public List<SaveResult> actionPOSTcreate(
            ProxyActioncreateRequest body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            Boolean rejectUnknownFields,
            String authorization,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraTrackId,
            String xZuoraWSDLVersion,
            String zuoraVersion) {
        return splits.create(
                request.entityId(),
                request.userId(),
                body.getType(),
                body.getObjects(),
                Boolean.TRUE.equals(rejectUnknownFields));
    }

    @Override
    public List<ExecuteResult> actionPOSTexecute(
            ProxyActionexecuteRequest body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            Boolean rejectUnknownFields,
            String authorization,
            String zuoraEntityIds,
            String zuoraTrackId,
            String xZuoraWSDLVersion) {
        return execution.execute(
                request.entityId(),
                request.userId(),
                body.getType(),
                body.getSynchronous(),
                body.getIds());
    }

    @Override
    public ProxyActionqueryResponse actionPOSTquery(
            ProxyActionqueryRequest body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            Boolean rejectUnknownFields,
            String authorization,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraTrackId,
            String xZuoraWSDLVersion,
            String zuoraVersion) {
        QueryPage page =
                queries.query(request.entityId(), body.getQueryString(), batchSize(body.getConf()));
        return new ProxyActionqueryResponse()
                .records(page.records())
                .size(page.size())
                .done(page.done())
                .queryLocator(page.locator());
    }

    @Override
    public ProxyActionqueryMoreResponse actionPOSTqueryMore(
            ProxyActionqueryMoreRequest body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            Boolean rejectUnknownFields,
            String authorization,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraTrackId,
            String xZuoraWSDLVersion,
            String zuoraVersion) {
        QueryPage page =
                queries.queryMore(
                        request.entityId(), body.getQueryLocator(), batchSize(body.getConf()));
        return new ProxyActionqueryMoreResponse()
                .records(page.records())
                .size(page.size())
                .done(page.done())
                .queryLocator(page.locator());
    }

    private static Integer batchSize(ProxyActionqueryMoreRequestConf conf) {
        return conf == null ? null : conf.getBatchSize();
    }
}
