package dev.zuoraemulator.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.error.ConflictException;
import dev.zuoraemulator.error.ErrorResponses;
import dev.zuoraemulator.error.ErrorShape;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.UnprocessableException;
import dev.zuoraemulator.error.ZuoraException;
import dev.zuoraemulator.metrics.EmulatorMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code Idempotency-Key} on POST and PATCH (decision C3), in one place. The first request with a
 * key claims it (committed at once, so concurrent duplicates answer 409 while it runs); its work
 * and its stored response commit in one transaction, so a retry can never run the work twice; an
 * error answer is stored too. A retry gets the stored status and body; the same key with another
 * method, URL or body answers 422.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;
    private static final ObjectMapper CANONICAL =
            JsonMapper.builder()
                    .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .findAndAddModules()
                    .build();

    private final ZuoraRequest request;
    private final IdempotencyService store;
    private final ObjectMapper mapper;
    private final EmulatorMetrics metrics;

    IdempotencyInterceptor(
            ZuoraRequest request,
            IdempotencyService store,
            ObjectMapper mapper,
            EmulatorMetrics metrics) {
        this.metrics = metrics;
        this.request = request;
        this.store = store;
        this.mapper = mapper;
    }

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
        String method = request.method();
        String key = request.header(HEADER);
        if (key == null || !("POST".equals(method) || "PATCH".equals(method))) {
            return context.proceed();
        }
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw new InvalidValueException(HEADER + ": 1 to " + MAX_LENGTH + " characters");
        }
        String entityId = request.entityId();
        String fingerprint = fingerprint(method, request.uri(), context.getParameters());
        IdempotencyService.Claim claim;
        try {
            claim = store.claim(entityId, key, fingerprint);
        } catch (PersistenceException concurrentInsert) {
            claim = store.lookUp(entityId, key, fingerprint);
        }
        if (claim instanceof IdempotencyService.Claim.InFlight) {
            throw new ConflictException(
                    HEADER + ": a request with this key is still in progress; retry later");
        }
        if (claim instanceof IdempotencyService.Claim.Mismatch) {
            throw new UnprocessableException(
                    HEADER + ": this key was used for another method, URL or body");
        }
        if (claim instanceof IdempotencyService.Claim.Completed done) {
            metrics.idempotencyReplay();
            throw new StoredResponse(done.status(), done.body());
        }
        try {
            return QuarkusTransaction.joiningExisting()
                    .call(
                            () -> {
                                Object result = context.proceed();
                                store.complete(
                                        entityId, key, 200, mapper.writeValueAsString(result));
                                return result;
                            });
        } catch (ZuoraException e) {
            Object body =
                    ErrorResponses.body(ErrorShape.of(request.path()), e, request.requestId());
            String json = mapper.writeValueAsString(body);
            store.completeFailed(entityId, key, e.kind().status(), json);
            // the first answer is the stored one, byte for byte
            throw new StoredResponse(e.kind().status(), json);
        } catch (RuntimeException e) {
            store.release(entityId, key);
            throw e;
        }
    }

    /**
     * SHA-256 of the method, the URL (with its query) and the body in a canonical form (sorted
     * keys).
     */
    private static String fingerprint(String method, String uri, Object[] parameters)
            throws JsonProcessingException {
        Object body = null;
        for (Object parameter : parameters) {
            if (parameter != null
                    && parameter
                            .getClass()
                            .getPackageName()
                            .equals("dev.zuoraemulator.api.model")) {
                body = parameter;
            }
        }
        String text = method + " " + uri + "\n" + CANONICAL.writeValueAsString(body);
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
