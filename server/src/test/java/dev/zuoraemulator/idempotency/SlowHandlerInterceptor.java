package dev.zuoraemulator.idempotency;

import dev.zuoraemulator.common.ZuoraRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Test-only: with the request header {@value #HEADER}, an idempotent operation waits that many
 * milliseconds after its Idempotency-Key is claimed and before its work runs, so that duplicates
 * sent meanwhile provably overlap it. Inside {@link IdempotencyInterceptor} (a later priority).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class SlowHandlerInterceptor {

    public static final String HEADER = "Test-Handler-Delay-Ms";

    private final ZuoraRequest request;

    SlowHandlerInterceptor(ZuoraRequest request) {
        this.request = request;
    }

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
        String delay = request.header(HEADER);
        if (delay != null) {
            Thread.sleep(Long.parseLong(delay));
        }
        return context.proceed();
    }
}
