package dev.zuoraemulator.http;

import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.error.ErrorKind;
import dev.zuoraemulator.metrics.EmulatorMetrics;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Zuora's limits (decision C11) at the door. A request is counted when it arrives, once its entity
 * is known: against the entity's API quotas and its requests in flight ({@code /v1}), or against
 * its address's token quota ({@code /oauth/token}). With {@code emulator.rate-limit.enforce} a
 * request over a limit is answered 429 there, before any operation runs: it changes nothing and no
 * Idempotency-Key sees it. Every {@code /v1} answer, errors included, carries {@code RateLimit-*}
 * and {@code Concurrency-Limit-*}; token answers carry Zuora's authentication-limit headers.
 * Requests refused before authentication count, when answered, in a bucket of their own.
 */
@ApplicationScoped
public class LimitsFilter {

    private static final String NO_ENTITY = "-";
    private static final String RATE_STATE = "emulator.rate-limit-state";
    private static final String TOKEN_COUNT = "emulator.token-count";
    static final String CONCURRENCY_MESSAGE =
            "The total number of concurrent requests has exceeded the limit allowed by the system."
                    + " Please resubmit your request later.";

    private final Limits limits;
    private final FilterAnswers answers;
    private final EmulatorMetrics metrics;

    LimitsFilter(Limits limits, FilterAnswers answers, EmulatorMetrics metrics) {
        this.metrics = metrics;
        this.limits = limits;
        this.answers = answers;
    }

    void register(@Observes Filters filters) {
        filters.register(this::headers, 300); // first: also on answers refused by later filters
        filters.register(this::admit, 50); // after authentication: the entity is known
    }

    void headers(RoutingContext rc) {
        if (isToken(rc)) {
            rc.addHeadersEndHandler(v -> tokenHeaders(rc));
        } else if (isApi(rc)) {
            Limits.ConcurrencyType type = type(rc);
            rc.addHeadersEndHandler(v -> apiHeaders(rc, type));
        }
        rc.next();
    }

    void admit(RoutingContext rc) {
        if (isToken(rc)) {
            int made = limits.countTokenRequest(address(rc));
            rc.put(TOKEN_COUNT, made);
            if (made > Limits.TOKENS_PER_MINUTE && limits.enforced()) {
                long reset = limits.tokenResetSeconds();
                refuse(rc, "token", reset, rateMessage("minute", reset));
                return;
            }
        } else if (isApi(rc)) {
            String entity = entity(rc);
            Limits.RateLimitState rate = limits.count(entity);
            rc.put(RATE_STATE, rate);
            if (rate.exceeded() && limits.enforced()) {
                refuse(
                        rc,
                        "rate",
                        rate.retryAfterSeconds(),
                        rateMessage(rate.exceededWindow(), rate.retryAfterSeconds()));
                return;
            }
            Limits.ConcurrencyType type = type(rc);
            if (!limits.tryStart(entity, type)) {
                refuse(
                        rc,
                        "concurrency",
                        Limits.CONCURRENCY_RETRY_AFTER_SECONDS,
                        CONCURRENCY_MESSAGE);
                return;
            }
            rc.addEndHandler(v -> limits.ended(entity, type));
        }
        rc.next();
    }

    private void refuse(RoutingContext rc, String limit, long retryAfterSeconds, String message) {
        metrics.rateLimitRefusal(limit);
        rc.response().putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        answers.fail(rc, ErrorKind.LIMIT_EXCEEDED, message);
    }

    /** The message of Zuora's rate-limit answer. */
    static String rateMessage(String window, long retryAfterSeconds) {
        return "API Rate limit exceeded for the "
                + window
                + ", retry after "
                + retryAfterSeconds
                + " seconds";
    }

    private void tokenHeaders(RoutingContext rc) {
        Integer made = rc.get(TOKEN_COUNT);
        if (made == null) {
            made = limits.countTokenRequest(address(rc));
        }
        MultiMap headers = rc.response().headers();
        headers.set("X-RateLimit-Limit-minute", String.valueOf(Limits.TOKENS_PER_MINUTE));
        headers.set(
                "X-RateLimit-Remaining-minute",
                String.valueOf(Math.max(0, Limits.TOKENS_PER_MINUTE - made)));
    }

    private void apiHeaders(RoutingContext rc, Limits.ConcurrencyType type) {
        String entity = entity(rc);
        Limits.RateLimitState rate = rc.get(RATE_STATE);
        if (rate == null) {
            rate = limits.count(entity);
        }
        MultiMap headers = rc.response().headers();
        headers.set("RateLimit-Limit", rate.limit());
        headers.set("RateLimit-Remaining", String.valueOf(rate.remaining()));
        headers.set("RateLimit-Reset", String.valueOf(rate.resetSeconds()));
        headers.set("Concurrency-Limit-Type", type.header);
        headers.set("Concurrency-Limit-Limit", String.valueOf(limits.concurrencyLimit(type)));
        headers.set(
                "Concurrency-Limit-Remaining",
                String.valueOf(limits.concurrencyRemaining(entity, type)));
    }

    private static boolean isToken(RoutingContext rc) {
        return rc.normalizedPath().equals("/oauth/token");
    }

    private static boolean isApi(RoutingContext rc) {
        return rc.normalizedPath().startsWith("/v1/");
    }

    private static String address(RoutingContext rc) {
        var remote = rc.request().remoteAddress();
        return remote == null ? NO_ENTITY : remote.hostAddress();
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
