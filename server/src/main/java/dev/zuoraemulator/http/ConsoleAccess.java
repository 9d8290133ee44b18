package dev.zuoraemulator.http;

import dev.zuoraemulator.common.EmulatorConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may use the console, and the token that makes its forms safe. With {@code
 * emulator.admin.secret} set, a browser gives the secret once on the login form and keeps a cookie
 * that proves it: an HMAC of the secret, never the secret itself. Every console page sets a random
 * CSRF token in a cookie; a form repeats it in its field {@code csrf}, which another site cannot
 * read, so a POST without the pair is refused.
 */
@ApplicationScoped
public class ConsoleAccess {

    public static final String PATH = "/emulator/console";
    public static final String LOGIN = PATH + "/login";
    public static final String SESSION_COOKIE = "emulator_console_session";
    public static final String CSRF_COOKIE = "emulator_console_csrf";
    private static final String CSRF_KEY = "console.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<String> proof;

    ConsoleAccess(EmulatorConfig config) {
        this.proof = config.admin().secret().filter(s -> !s.isEmpty()).map(ConsoleAccess::hmac);
    }

    public static boolean isConsole(RoutingContext rc) {
        String path = rc.normalizedPath();
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    /** Whether a secret is set, so that the console asks for it. */
    public boolean secretRequired() {
        return proof.isPresent();
    }

    /** Whether the request carries the cookie that proves the secret was given. */
    boolean hasSession(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(SESSION_COOKIE);
        return proof.isPresent() && cookie != null && same(proof.get(), cookie.getValue());
    }

    /** The session cookie after the secret given was checked right; empty when it is wrong. */
    public Optional<String> sessionCookie(String secret) {
        if (proof.isEmpty() || secret == null || !same(proof.get(), hmac(secret))) {
            return Optional.empty();
        }
        return Optional.of(
                cookie(SESSION_COOKIE, proof.get())
                        .setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT)
                        .encode());
    }

    /** Sets the request's CSRF token cookie when it has none yet. */
    static void issueCsrfToken(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(CSRF_COOKIE);
        if (cookie != null && cookie.getValue().length() == 32) {
            rc.put(CSRF_KEY, cookie.getValue());
            return;
        }
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        String value = HexFormat.of().formatHex(token);
        rc.put(CSRF_KEY, value);
        rc.response()
                .addCookie(
                        cookie(CSRF_COOKIE, value)
                                .setHttpOnly(true)
                                .setSameSite(CookieSameSite.STRICT));
    }

    /** The CSRF token of this request's page, for its forms. */
    public static String csrfToken(RoutingContext rc) {
        return rc.get(CSRF_KEY);
    }

    /** Whether a form's token is the one of its cookie. */
    public static boolean csrfValid(String cookie, String field) {
        return cookie != null && field != null && cookie.length() == 32 && same(cookie, field);
    }

    private static Cookie cookie(String name, String value) {
        return Cookie.cookie(name, value).setPath(PATH);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String hmac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal("emulator-console".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
