package dev.zuoraemulator.error;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.zuoraemulator.api.model.ActionsErrorResponse;
import dev.zuoraemulator.api.model.CommonResponse;
import dev.zuoraemulator.api.model.CommonResponseReason;
import dev.zuoraemulator.api.model.ProxyBadRequestResponse;
import dev.zuoraemulator.api.model.ProxyMessageResponse;
import dev.zuoraemulator.api.model.ProxyUnauthorizedResponse;

/** The one factory of error bodies, in the spec's shapes. */
public final class ErrorResponses {

    public static final String WWW_AUTHENTICATE = "Basic realm=Zuora API, ZSession realm=Zuora API, Bearer realm=Zuora API";
    public static final String AUTHENTICATION_ERROR = "Authentication error";
    public static final String UNRECOGNISED_FIELDS = "Error - unrecognised fields";

    private ErrorResponses() {
    }

    public static Object body(ErrorShape shape, Category category, String actionsCode, String message,
            String requestId) {
        if (shape == ErrorShape.ACTIONS) {
            return new ProxyBadRequestResponse().success(false)
                    .errors(List.of(new ActionsErrorResponse().code(ActionsErrorResponse.CodeEnum.fromValue(actionsCode))
                            .message(message)));
        }
        return new CommonResponse().success(false).processId(processId())
                .reasons(List.of(new CommonResponseReason().code(category.code()).message(message)))
                .requestId(requestId);
    }

    public static Response response(ErrorShape shape, int status, Category category, String actionsCode,
            String message, String requestId) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(shape, category, actionsCode, message, requestId)).build();
    }

    public static Response of(ErrorShape shape, ZuoraException e, String requestId) {
        return response(shape, e.status(), e.category(), e.actionsCode(), e.getMessage(), requestId);
    }

    public static Response unauthorized() {
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .header("WWW-Authenticate", WWW_AUTHENTICATE)
                .entity(unauthorizedBody()).build();
    }

    /** {@code {"message": "Authentication error"}} (decision C2). */
    public static ProxyUnauthorizedResponse unauthorizedBody() {
        return new ProxyUnauthorizedResponse().message(AUTHENTICATION_ERROR);
    }

    public static Response unrecognisedFields() {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ProxyMessageResponse().message(UNRECOGNISED_FIELDS)).build();
    }

    /** Zuora's processId: 16 upper-case hex characters. */
    public static String processId() {
        return String.format("%016X", ThreadLocalRandom.current().nextLong());
    }
}
