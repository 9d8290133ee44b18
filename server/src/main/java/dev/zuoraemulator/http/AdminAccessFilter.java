package dev.zuoraemulator.http;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.error.ErrorKind;
import dev.zuoraemulator.error.ErrorResponses;
import dev.zuoraemulator.error.ErrorShape;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may use the test controls under {@code /emulator}: anyone by default; with {@code
 * emulator.admin.secret} only a request carrying it in {@code Emulator-Admin-Secret} (401
 * otherwise); nobody with {@code emulator.admin.enabled=false}, and then the paths answer 404 as
 * unknown paths do.
 */
@ApplicationScoped
public class AdminAccessFilter {

    static final String SECRET_HEADER = "Emulator-Admin-Secret";

    private final boolean enabled;
    private final Optional<byte[]> secret;
    private final FilterAnswers answers;
    private final ConsoleAccess console;

    AdminAccessFilter(EmulatorConfig config, FilterAnswers answers, ConsoleAccess console) {
        this.console = console;
        this.enabled = config.admin().enabled();
        this.secret =
                config.admin()
                        .secret()
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.getBytes(StandardCharsets.UTF_8));
        this.answers = answers;
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, 150); // after tracing: the request has its ID
    }

    /** Whether the request is a test-control call (never journaled, never rate-limited). */
    public static boolean isAdmin(RoutingContext rc) {
        return rc.normalizedPath().startsWith(ErrorShape.ADMIN_PREFIX)
                || rc.normalizedPath().equals("/emulator");
    }

    void admit(RoutingContext rc) {
        if (!isAdmin(rc)) {
            rc.next();
            return;
        }
        if (!enabled) {
            answers.send(
                    rc,
                    ErrorKind.NOT_FOUND.status(),
                    ErrorResponses.body(
                            ErrorShape.REST,
                            ErrorKind.NOT_FOUND,
                            "No operation at " + rc.request().method() + " " + rc.normalizedPath(),
                            rc.get(ZuoraRequest.REQUEST_ID)));
            return;
        }
        if (ConsoleAccess.isConsole(rc)) {
            admitToConsole(rc);
            return;
        }
        if (secret.isPresent()
                && !rc.normalizedPath().equals(AdminContractRoute.PATH)
                && !matches(rc.request().getHeader(SECRET_HEADER))) {
            answers.send(
                    rc,
                    ErrorKind.UNAUTHENTICATED.status(),
                    ErrorResponses.adminError(
                            ErrorKind.UNAUTHENTICATED.status(),
                            SECRET_HEADER + ": missing or wrong"));
            return;
        }
        rc.next();
    }

    /**
     * The console: with a secret set, the header or the cookie of a login; without them, a page is
     * sent to the login form and a form is refused. Every console answer gets its CSRF token.
     */
    private void admitToConsole(RoutingContext rc) {
        if (secret.isPresent()
                && !rc.normalizedPath().equals(ConsoleAccess.LOGIN)
                && !matches(rc.request().getHeader(SECRET_HEADER))
                && !console.hasSession(rc)) {
            if (rc.request().method() == io.vertx.core.http.HttpMethod.GET) {
                rc.response().setStatusCode(303).putHeader("Location", ConsoleAccess.LOGIN).end();
            } else {
                rc.response()
                        .setStatusCode(401)
                        .putHeader("Content-Type", "text/html;charset=UTF-8")
                        .end(
                                "<!DOCTYPE html><p>Log in first: <a href=\""
                                        + ConsoleAccess.LOGIN
                                        + "\">the console's login</a>.</p>");
            }
            return;
        }
        ConsoleAccess.issueCsrfToken(rc);
        rc.next();
    }

    private boolean matches(String given) {
        return given != null
                && MessageDigest.isEqual(secret.get(), given.getBytes(StandardCharsets.UTF_8));
    }
}
