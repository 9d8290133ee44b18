package dev.zuoraemulator.error;

import dev.zuoraemulator.adminapi.model.AdminError;
import dev.zuoraemulator.api.model.ActionsErrorResponse;
import dev.zuoraemulator.api.model.CommonResponse;
import dev.zuoraemulator.api.model.CommonResponseReason;
import dev.zuoraemulator.api.model.ProxyBadRequestResponse;
import dev.zuoraemulator.api.model.ProxyMessageResponse;
import dev.zuoraemulator.api.model.ProxyUnauthorizedResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one factory of error bodies, in the spec's shapes; the status comes from the {@link
 * ErrorKind}.
 */
public final class ErrorResponses {

    public static final String WWW_AUTHENTICATE =
            "Basic realm=Zuora API, ZSession realm=Zuora API, Bearer realm=Zuora API";
    public static final String AUTHENTICATION_ERROR = "Authentication error";
    public static final String UNRECOGNISED_FIELDS = "Error - unrecognised fields";

    private ErrorResponses() {}

    /**
     * The body of an error in the operation's shape (C1 for REST, {@code Success/Errors} for
     * Actions/CRUD).
     */
    public static Object body(ErrorShape shape, ErrorKind kind, String message, String requestId) {
        if (shape == ErrorShape.ADMIN) {
            return adminError(kind.status(), message);
        }
        if (shape == ErrorShape.ACTIONS) {
            return new ProxyBadRequestResponse()
                    .success(false)
                    .errors(List.of(actionsError(kind, message)));
        }
        return new CommonResponse()
                .success(false)
                .processId(processId())
                .reasons(
                        List.of(
                                new CommonResponseReason()
                                        .code(kind.category().code())
                                        .message(message)))
                .requestId(requestId);
    }

    public static Object body(ErrorShape shape, ZuoraException e, String requestId) {
        return body(shape, e.kind(), e.getMessage(), requestId);
    }

    public static Response response(
            ErrorShape shape, ErrorKind kind, String message, String requestId) {
        return Response.status(kind.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(shape, kind, message, requestId))
                .build();
    }

    public static Response response(ErrorShape shape, ZuoraException e, String requestId) {
        return response(shape, e.kind(), e.getMessage(), requestId);
    }

    /**
     * One entry of an Actions {@code Errors} list: also the per-id error of a 200 answer (decision
     * S3).
     */
    public static ActionsErrorResponse actionsError(ZuoraException e) {
        return actionsError(e.kind(), e.getMessage());
    }

    private static ActionsErrorResponse actionsError(ErrorKind kind, String message) {
        return new ActionsErrorResponse()
                .code(ActionsErrorResponse.CodeEnum.fromValue(kind.actionsCode()))
                .message(message);
    }

    public static Response unauthorized() {
        return Response.status(ErrorKind.UNAUTHENTICATED.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("WWW-Authenticate", WWW_AUTHENTICATE)
                .entity(unauthorizedBody())
                .build();
    }

    /** {@code {"message": "Authentication error"}} (decision C2). */
    public static ProxyUnauthorizedResponse unauthorizedBody() {
        return new ProxyUnauthorizedResponse().message(AUTHENTICATION_ERROR);
    }

    public static Response unrecognisedFields() {
        return Response.status(ErrorKind.UNKNOWN_FIELD.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ProxyMessageResponse().message(UNRECOGNISED_FIELDS))
                .build();
    }

    /** The test controls' error body: {@code {"status": 404, "error": "not_found", "message"}}. */
    public static AdminError adminError(int status, String message) {
        return new AdminError().status(status).error(adminErrorName(status)).message(message);
    }

    private static String adminErrorName(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    /** Zuora's processId: 16 upper-case hex characters. */
    public static String processId() {
        return String.format("%016X", ThreadLocalRandom.current().nextLong());
    }
}
