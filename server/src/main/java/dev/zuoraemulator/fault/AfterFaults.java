package dev.zuoraemulator.fault;

import dev.zuoraemulator.common.ZuoraRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The fault rules whose effect comes after the operation ({@code when: after}): the operation has
 * run and committed (its Idempotency-Key stores the true answer), then the client gets the rule's
 * status, or its connection is cut, or the answer comes late.
 */
public class AfterFaults {

    private final FaultRules rules;
    private final FaultInjection injection;
    private final CurrentVertxRequest current;

    AfterFaults(FaultRules rules, FaultInjection injection, CurrentVertxRequest current) {
        this.rules = rules;
        this.injection = injection;
        this.current = current;
    }

    @ServerResponseFilter
    public Uni<Void> after(ContainerResponseContext response) {
        RoutingContext rc = current.getCurrent();
        if (!rules.any() || rc == null || !FaultInjection.faultable(rc.normalizedPath())) {
            return Uni.createFrom().voidItem();
        }
        Optional<FaultRule> taken = injection.take(rc, FaultRule.When.AFTER);
        if (taken.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        FaultRule rule = taken.get();
        Duration delay = rule.effect().drawDelay();
        Uni<Void> wait =
                delay.isZero()
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().voidItem().onItem().delayIt().by(delay);
        return wait.invoke(() -> apply(rc, response, rule));
    }

    private static void apply(
            RoutingContext rc, ContainerResponseContext response, FaultRule rule) {
        FaultRule.Effect effect = rule.effect();
        if (effect.network() != null) {
            FaultInjection.cut(rc, effect.network());
        } else if (effect.status() != null) {
            response.setStatus(effect.status());
            response.setEntity(
                    FaultInjection.body(
                            rc.normalizedPath(),
                            effect.status(),
                            rc.get(ZuoraRequest.REQUEST_ID),
                            rule),
                    null,
                    MediaType.APPLICATION_JSON_TYPE);
            if (effect.headers() != null) {
                effect.headers().forEach(response.getHeaders()::putSingle);
            }
        }
    }
}
