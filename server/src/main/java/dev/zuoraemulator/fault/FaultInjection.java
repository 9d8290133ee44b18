package dev.zuoraemulator.fault;

import dev.zuoraemulator.common.Operations;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.error.ErrorKind;
import dev.zuoraemulator.error.ErrorResponses;
import dev.zuoraemulator.error.ErrorShape;
import io.netty.channel.ChannelOption;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;

/**
 * Applies the fault rules whose effect comes before the operation ({@code when: before}): after
 * authentication (the entity is known), before the rate limits and the operation. A matching
 * request waits its delay, then gets the rule's status or loses its connection, and its operation
 * does not run; a rule with only a delay lets it run late. {@link AfterFaults} does the {@code
 * after} rules.
 */
@ApplicationScoped
public class FaultInjection {

    private final FaultRules rules;
    private final Operations operations;

    FaultInjection(FaultRules rules, Operations operations) {
        this.rules = rules;
        this.operations = operations;
    }

    void register(@Observes Filters filters) {
        filters.register(this::before, 75); // after authentication (100), before the limits (50)
    }

    void before(RoutingContext rc) {
        if (!rules.any() || !faultable(rc.normalizedPath())) {
            rc.next();
            return;
        }
        Optional<FaultRule> taken = take(rc, FaultRule.When.BEFORE);
        if (taken.isEmpty()) {
            rc.next();
            return;
        }
        FaultRule rule = taken.get();
        Duration delay = rule.effect().drawDelay();
        Runnable effect =
                () -> {
                    if (rule.effect().delayOnly()) {
                        rc.next();
                    } else if (rule.effect().network() != null) {
                        cut(rc, rule.effect().network());
                    } else {
                        answer(rc, rule);
                    }
                };
        if (delay.isZero()) {
            effect.run();
        } else {
            rc.vertx().setTimer(delay.toMillis(), timer -> effect.run());
        }
    }

    /** The rule that takes this request at this stage, if any. */
    Optional<FaultRule> take(RoutingContext rc, FaultRule.When when) {
        String method = rc.request().method().name();
        String path = rc.normalizedPath();
        return rules.take(
                when,
                method,
                path,
                operations.operationId(method, path).orElse(null),
                rc.get(ZuoraRequest.ENTITY_ID));
    }

    /** Zuora's operations and unknown paths; never the test controls or Quarkus' own paths. */
    static boolean faultable(String path) {
        return !path.startsWith(ErrorShape.ADMIN_PREFIX) && !path.startsWith("/q/");
    }

    private static void answer(RoutingContext rc, FaultRule rule) {
        FaultRule.Effect effect = rule.effect();
        rc.response().setStatusCode(effect.status());
        if (effect.headers() != null) {
            effect.headers().forEach((name, value) -> rc.response().putHeader(name, value));
        }
        Object body =
                body(rc.normalizedPath(), effect.status(), rc.get(ZuoraRequest.REQUEST_ID), rule);
        String json = io.vertx.core.json.Json.encode(body);
        rc.put(ZuoraRequest.RESPONSE_BODY, json);
        rc.response().putHeader("Content-Type", "application/json").end(json);
    }

    /** The rule's body, or Zuora's error body for its status in the operation's shape. */
    static Object body(String path, int status, String requestId, FaultRule rule) {
        if (rule.effect().body() != null) {
            return rule.effect().body();
        }
        if (status == 401) {
            return ErrorResponses.unauthorizedBody();
        }
        return ErrorResponses.body(
                ErrorShape.of(path),
                kind(status),
                "Fault injected by the emulator's test controls (rule " + rule.id() + ")",
                requestId);
    }

    private static ErrorKind kind(int status) {
        for (ErrorKind kind : ErrorKind.values()) {
            if (kind.status() == status && kind != ErrorKind.INVALID_TYPE) {
                return kind;
            }
        }
        return status >= 500 ? ErrorKind.INTERNAL_ERROR : ErrorKind.INVALID_VALUE;
    }

    /** Closes the connection without an answer: orderly, or reset (RST) for connectionReset. */
    static void cut(RoutingContext rc, FaultRule.Network network) {
        HttpConnection connection = rc.request().connection();
        if (network == FaultRule.Network.CONNECTION_RESET
                && connection instanceof ConnectionBase base) {
            base.channel().config().setOption(ChannelOption.SO_LINGER, 0);
        }
        connection.close();
    }
}
