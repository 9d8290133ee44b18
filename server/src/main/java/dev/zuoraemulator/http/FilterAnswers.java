package dev.zuoraemulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.error.ErrorKind;
import dev.zuoraemulator.error.ErrorResponses;
import dev.zuoraemulator.error.ErrorShape;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** How the HTTP filters answer a request they refuse, before any operation runs. */
@ApplicationScoped
class FilterAnswers {

    private final ObjectMapper mapper;

    FilterAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** An error in the operation's shape (C1 or Actions), with the request's ID. */
    void fail(RoutingContext rc, ErrorKind kind, String message) {
        ErrorShape shape = ErrorShape.of(rc.normalizedPath());
        send(
                rc,
                kind.status(),
                ErrorResponses.body(shape, kind, message, rc.get(ZuoraRequest.REQUEST_ID)));
    }

    void send(RoutingContext rc, int status, Object body) {
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rc.put(ZuoraRequest.RESPONSE_BODY, json);
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(json);
    }
}
