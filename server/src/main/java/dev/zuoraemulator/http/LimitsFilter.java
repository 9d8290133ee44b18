package dev.zuoraemulator.http;

import dev.zuoraemulator.common.ZuoraRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Zuora's limit headers (decision C11) on every {@code /v1} answer, errors included: {@code
 * RateLimit-*} for the entity's API quota and {@code Concurrency-Limit-*} for its requests in
 * flight. Requests without an entity (refused before authentication) count in a bucket of their
 * own. {@code /oauth/token} answers carry Zuora's authentication-limit headers, per client address.
 */
@ApplicationScoped
public class LimitsFilter {

    private static final String NO_ENTITY = "-";

    private final Limits limits;

    LimitsFilter(Limits limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(this::headers, 300); // first: also on answers refused by later filters
        filters.register(this::inFlight, 50); // after authentication: the entity is known
    }

    void headers(RoutingContext rc) {
        if (rc.normalizedPath().equals("/oauth/token")) {
            var remote = rc.request().remoteAddress();
            String address = remote == null ? NO_ENTITY : remote.hostAddress();
            rc.addHeadersEndHandler(
                    v -> {
                        int remaining =
                                limits.countTokenRequest(address, System.currentTimeMillis());
                        MultiMap headers = rc.response().headers();
                        headers.set(
                                "X-RateLimit-Limit-minute",
                                String.valueOf(Limits.TOKENS_PER_MINUTE));
                        headers.set("X-RateLimit-Remaining-minute", String.valueOf(remaining));
                    });
        } else if (rc.normalizedPath().startsWith("/v1/")) {
            Limits.ConcurrencyType type = type(rc);
            rc.addHeadersEndHandler(
                    v -> {
                        String entity = entity(rc);
                        Limits.RateLimitState rate =
                                limits.count(entity, System.currentTimeMillis());
                        MultiMap headers = rc.response().headers();
                        headers.set("RateLimit-Limit", rate.limit());
                        headers.set("RateLimit-Remaining", String.valueOf(rate.remaining()));
                        headers.set("RateLimit-Reset", String.valueOf(rate.resetSeconds()));
                        headers.set("Concurrency-Limit-Type", type.header);
                        headers.set(
                                "Concurrency-Limit-Limit",
                                String.valueOf(limits.concurrencyLimit(type)));
                        headers.set(
                                "Concurrency-Limit-Remaining",
                                String.valueOf(limits.concurrencyRemaining(entity, type)));
                    });
        }
        rc.next();
    }

    void inFlight(RoutingContext rc) {
        if (rc.normalizedPath().startsWith("/v1/")) {
            String entity = entity(rc);
            Limits.ConcurrencyType type = type(rc);
            limits.started(entity, type);
            rc.addEndHandler(v -> limits.ended(entity, type));
        }
        rc.next();
    }

    private static String entity(RoutingContext rc) {
        String entity = rc.get(ZuoraRequest.ENTITY_ID);
        return entity == null ? NO_ENTITY : entity;
    }

    /** Zuora's high-volume operations served here: creating an account. */
    private static Limits.ConcurrencyType type(RoutingContext rc) {
        return rc.request().method() == HttpMethod.POST
                        && rc.normalizedPath().equals("/v1/accounts")
                ? Limits.ConcurrencyType.HIGH_VOLUME
                : Limits.ConcurrencyType.DEFAULT;
    }
}
