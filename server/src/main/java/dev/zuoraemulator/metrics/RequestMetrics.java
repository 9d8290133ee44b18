package dev.zuoraemulator.metrics;

import dev.zuoraemulator.common.Operations;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts and times every answered request of the contracts ({@code zuora_requests_seconds}), also
 * those refused before an operation ran (401, 429, faults); Quarkus' own endpoints under {@code
 * /q/} are not counted. The operation is looked up when the answer is complete, off the request's
 * way.
 */
@ApplicationScoped
public class RequestMetrics {

    private final EmulatorMetrics metrics;
    private final Operations operations;

    RequestMetrics(EmulatorMetrics metrics, Operations operations) {
        this.metrics = metrics;
        this.operations = operations;
    }

    void register(@Observes Filters filters) {
        filters.register(this::measure, 400); // before every other filter: all answers count
    }

    void measure(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.startsWith("/q/")) {
            long start = System.nanoTime();
            String method = rc.request().method().name();
            rc.addEndHandler(
                    ended ->
                            metrics.request(
                                    operations.operationId(method, path).orElse("unknown"),
                                    rc.response().getStatusCode(),
                                    System.nanoTime() - start));
        }
        rc.next();
    }
}
