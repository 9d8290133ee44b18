package dev.zuoraemulator.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.zuoraemulator.common.CustomFields;
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
 * Without the flag, unknown fields are ignored. Custom fields ({@code <name>__c}, decision C10) are
 * never unknown: the schemas that take them declare them as additional properties, and the check
 * reads the body without those so that any other undeclared name still counts. Free-form Zuora
 * objects ({@code zObject}) are checked by the service that knows their fields.
 */
@Provider
@Priority(Priorities.USER)
public class RejectUnknownFieldsInterceptor implements ReaderInterceptor {

    public static final String PARAMETER = "rejectUnknownFields";

    private final ObjectMapper strict;
    private final CurrentVertxRequest current;

    RejectUnknownFieldsInterceptor(ObjectMapper mapper, CurrentVertxRequest current) {
        this.strict = strict(mapper);
        this.current = current;
    }

    /**
     * The application's mapper, but failing on unknown properties, with the additional-property
     * setters of the generated models switched off and custom field names skipped.
     */
    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setAnnotationIntrospector(
                        new JacksonAnnotationIntrospector() {
                            @Override
                            public Boolean hasAnySetter(Annotated a) {
                                return Boolean.FALSE;
                            }
                        })
                .addHandler(
                        new DeserializationProblemHandler() {
                            @Override
                            public boolean handleUnknownProperty(
                                    DeserializationContext context,
                                    JsonParser p,
                                    JsonDeserializer<?> deserializer,
                                    Object bean,
                                    String name)
                                    throws IOException {
                                if (!CustomFields.isCustomFieldName(name)) {
                                    return false;
                                }
                                p.skipChildren();
                                return true;
                            }
                        });
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!requested()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            strict.readerFor(strict.constructType(context.getGenericType())).readValue(body);
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
