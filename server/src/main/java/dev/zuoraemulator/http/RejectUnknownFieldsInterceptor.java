package dev.zuoraemulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.zuoraemulator.error.UnrecognisedFieldsException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * {@code rejectUnknownFields=true} (Actions operations): a body field the request schema does not
 * declare answers 400 {@code {"message": "Error - unrecognised fields"}} before anything runs.
 * Without the flag, unknown fields are ignored. Free-form Zuora objects ({@code zObject}) are
 * checked by the service that knows their fields.
 */
@Provider
@Priority(Priorities.USER)
public class RejectUnknownFieldsInterceptor implements ReaderInterceptor {

    public static final String PARAMETER = "rejectUnknownFields";

    private final ObjectMapper mapper;
    private final CurrentVertxRequest current;

    RejectUnknownFieldsInterceptor(ObjectMapper mapper, CurrentVertxRequest current) {
        this.mapper = mapper;
        this.current = current;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!requested()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            mapper.readerFor(mapper.constructType(context.getGenericType()))
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
        } catch (UnrecognizedPropertyException e) {
            throw new UnrecognisedFieldsException(e.getPropertyName());
        } catch (JsonProcessingException e) {
            // any other problem is reported by the ordinary read below, in the operation's error
            // shape
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private boolean requested() {
        var rc = current.getCurrent();
        return rc != null && "true".equalsIgnoreCase(rc.request().getParam(PARAMETER));
    }
}
