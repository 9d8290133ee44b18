package dev.zuoraemulator.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.zuoraemulator.api.model.QueryFaultDetail;
import dev.zuoraemulator.api.model.QueryFaultMalformedQueryFault;
import dev.zuoraemulator.api.model.QueryFaultResponse;
import dev.zuoraemulator.auth.AuthenticationException;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.error.ErrorKind;
import dev.zuoraemulator.error.ErrorResponses;
import dev.zuoraemulator.error.ErrorShape;
import dev.zuoraemulator.error.UnrecognisedFieldsException;
import dev.zuoraemulator.error.ZuoraException;
import dev.zuoraemulator.idempotency.StoredResponse;
import dev.zuoraemulator.query.QueryFault;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into the operation's error shape (REST or Actions/CRUD): no stack trace, no
 * class name, and a 500 only for what is a bug. Each mapper decides the {@link ErrorKind}; the kind
 * decides the status.
 */
public class ZuoraExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ZuoraExceptionMappers.class);
    private static final int FIRST = Priorities.USER - 1000;

    private final ZuoraRequest request;

    ZuoraExceptionMappers(ZuoraRequest request) {
        this.request = request;
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response zuora(ZuoraException e) {
        return ErrorResponses.response(shape(), e, request.requestId());
    }

    /** A refused query answers Zuora's fault body (decision Q5). */
    @ServerExceptionMapper(priority = FIRST)
    public Response queryFault(QueryFault e) {
        String code = e.code().name();
        return Response.status(e.kind().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(
                        new QueryFaultResponse()
                                .faultcode(
                                        QueryFaultResponse.FaultcodeEnum.fromValue("fns:" + code))
                                .faultstring(e.getMessage())
                                .detail(
                                        new QueryFaultDetail()
                                                .malformedQueryFault(
                                                        new QueryFaultMalformedQueryFault()
                                                                .faultCode(
                                                                        QueryFaultMalformedQueryFault
                                                                                .FaultCodeEnum
                                                                                .fromValue(code))
                                                                .faultMessage(e.getMessage()))))
                .build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response replay(StoredResponse stored) {
        return Response.status(stored.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(stored.body())
                .build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authentication(AuthenticationException e) {
        return ErrorResponses.unauthorized();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unrecognisedFields(UnrecognisedFieldsException e) {
        return ErrorResponses.unrecognisedFields();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response violation(ConstraintViolationException e) {
        ConstraintViolation<?> first =
                e.getConstraintViolations().stream()
                        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .orElse(null);
        if (first == null) {
            return error(ErrorKind.INVALID_VALUE, "the request is invalid");
        }
        String field = fieldName(first.getPropertyPath());
        boolean missing =
                first.getConstraintDescriptor().getAnnotation()
                        instanceof jakarta.validation.constraints.NotNull;
        if (missing) {
            return error(ErrorKind.MISSING_REQUIRED_VALUE, field + ": is required");
        }
        return error(ErrorKind.INVALID_VALUE, field + ": " + first.getMessage());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response jsonParse(JsonParseException e) {
        return error(ErrorKind.MALFORMED_JSON, "Malformed JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response streamConstraints(StreamConstraintsException e) {
        return error(
                ErrorKind.INVALID_VALUE,
                "The request body exceeds a limit: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalidFormat(InvalidFormatException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response jsonMapping(JsonMappingException e) {
        String field = JsonPaths.of(e);
        if (e.getCause() instanceof ZuoraException z) {
            return ErrorResponses.response(shape(), z, request.requestId());
        }
        if (field.isEmpty()) {
            if (e instanceof MismatchedInputException
                    && e.getOriginalMessage() != null
                    && e.getOriginalMessage().startsWith("No content to map")) {
                return error(ErrorKind.MALFORMED_JSON, "Malformed JSON: the body is empty");
            }
            return error(
                    ErrorKind.INVALID_VALUE,
                    "the body must be a JSON object of the operation's type");
        }
        return error(
                ErrorKind.INVALID_VALUE,
                field + ": the value is not of the expected type or format");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response jsonProcessing(JsonProcessingException e) {
        return error(ErrorKind.MALFORMED_JSON, "Malformed JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException jp) {
            return jsonParse(jp);
        }
        if (cause instanceof JsonMappingException jm) {
            return jsonMapping(jm);
        }
        if (cause instanceof JsonProcessingException jpe) {
            return jsonProcessing(jpe);
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotAllowedException) {
            return error(
                    ErrorKind.METHOD_NOT_ALLOWED,
                    "The method " + request.method() + " is not allowed here");
        }
        if (e instanceof NotSupportedException) {
            return error(
                    ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                    "The content type of the request is not supported here (use application/json)");
        }
        if (status == 404) {
            if (cause != null) {
                // a path or query parameter that could not be converted
                return error(
                        ErrorKind.INVALID_VALUE, "a path or query parameter has a wrong format");
            }
            return error(
                    ErrorKind.NOT_FOUND,
                    "No operation at " + request.method() + " " + request.path());
        }
        if (status == 406) {
            return error(ErrorKind.NOT_ACCEPTABLE, "The response can only be application/json");
        }
        if (status == 413) {
            return error(ErrorKind.PAYLOAD_TOO_LARGE, "The request body is too large");
        }
        if (status >= 500) {
            LOG.errorf(e, "Unexpected server error on %s %s", request.method(), request.path());
            return error(ErrorKind.INTERNAL_ERROR, "An unexpected error occurred");
        }
        return error(ErrorKind.INVALID_VALUE, "The request is invalid");
    }

    @ServerExceptionMapper(priority = FIRST + 1)
    public Response unexpected(Throwable e) {
        if (clientWentAway(e)) {
            // the connection closed while its request body was read: nobody hears an answer, and
            // nothing was done
            LOG.debugf(
                    "Client closed the connection during %s %s", request.method(), request.path());
            return error(ErrorKind.INTERNAL_ERROR, "The connection was closed");
        }
        LOG.errorf(e, "Unexpected server error on %s %s", request.method(), request.path());
        return error(
                ErrorKind.INTERNAL_ERROR,
                "An unexpected error occurred (request " + request.requestId() + ")");
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private Response error(ErrorKind kind, String message) {
        return ErrorResponses.response(shape(), kind, message, request.requestId());
    }

    private ErrorShape shape() {
        return ErrorShape.of(request.path());
    }

    /**
     * The JSON path of a violated property, e.g. {@code invoiceItems[0].amount}, or the parameter's
     * name.
     */
    private static String fieldName(Path path) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable()) {
                    property.append('[')
                            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                            .append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    if (property.length() > 0) {
                        property.append('.');
                    }
                    property.append(node.getName());
                }
            }
        }
        if (property.length() > 0) {
            return property.toString();
        }
        if (parameter == null) {
            return "the request";
        }
        return PARAMETERS.getOrDefault(parameter, "the request body");
    }

    /**
     * The generated interfaces' parameter names, as the client knows them; any other one is the
     * body.
     */
    private static final Map<String, String> PARAMETERS =
            Map.of(
                    "idempotencyKey", "Idempotency-Key",
                    "zuoraTrackId", "Zuora-Track-Id",
                    "page", "page",
                    "pageSize", "pageSize",
                    "fields", "fields");
}
