package dev.zuoraemulator.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the HTTP filters learnt about the current request: its Zuora-Request-Id, and, once
 * authenticated, the entity it acts in and the user (OAuth client) it acts for.
 */
@ApplicationScoped
public class ZuoraRequest {

    public static final String REQUEST_ID = "zuora.requestId";
    public static final String ENTITY_ID = "zuora.entityId";
    public static final String USER_ID = "zuora.userId";

    /** A form body as the resource received it, for the request journal. */
    public static final String REQUEST_FORM = "emulator.requestForm";

    /** The body of an answer sent by an HTTP filter, for the request journal. */
    public static final String RESPONSE_BODY = "emulator.responseBody";

    private final CurrentVertxRequest current;

    ZuoraRequest(CurrentVertxRequest current) {
        this.current = current;
    }

    public String requestId() {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.get(REQUEST_ID);
    }

    /** The entity of the authenticated request; every read and write is scoped to it. */
    public String entityId() {
        return required(ENTITY_ID);
    }

    public String userId() {
        return required(USER_ID);
    }

    /**
     * Keeps the form fields the resource received, for the request journal (which redacts the
     * secrets among them): a form body is read before any interceptor could copy it.
     */
    public void recordForm(java.util.Map<String, String> fields) {
        RoutingContext rc = current.getCurrent();
        if (rc != null) {
            rc.put(REQUEST_FORM, fields);
        }
    }

    public String path() {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.normalizedPath();
    }

    /** The path with its query string, as the client sent it. */
    public String uri() {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.request().uri();
    }

    public String header(String name) {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.request().getHeader(name);
    }

    public String method() {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.request().method().name();
    }

    private String required(String key) {
        RoutingContext rc = current.getCurrent();
        String value = rc == null ? null : rc.get(key);
        if (value == null) {
            throw new IllegalStateException("no authenticated request on this thread");
        }
        return value;
    }
}
