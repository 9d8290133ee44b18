package dev.zuoraemulator.http;

import dev.zuoraemulator.auth.TokenStore;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.error.ErrorKind;
import dev.zuoraemulator.error.ErrorResponses;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Zuora's conventions that hold for every request, in one place, before any resource runs:
 * Zuora-Request-Id on every response (C5), Zuora-Track-Id checked and echoed (C4), and bearer-token
 * authentication with the choice of entity (C2, Zuora-Entity-Ids).
 */
@ApplicationScoped
public class HttpConventionsFilter {

    static final String TRACK_ID = "Zuora-Track-Id";
    static final String REQUEST_ID = "Zuora-Request-Id";
    static final String ENTITY_IDS = "Zuora-Entity-Ids";
    static final int COMPRESSION_THRESHOLD = 1000;
    private static final Pattern BYTE_COUNT = Pattern.compile("\\d{1,18}");

    private static final Logger LOG = Logger.getLogger(HttpConventionsFilter.class);

    private final long maxBodyBytes;
    private final TokenStore tokens;
    private final FilterAnswers answers;

    HttpConventionsFilter(TokenStore tokens, FilterAnswers answers, EmulatorConfig config) {
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.tokens = tokens;
        this.answers = answers;
    }

    void register(@Observes Filters filters) {
        filters.register(this::tracing, 200);
        filters.register(this::authenticate, 100);
    }

    void tracing(RoutingContext rc) {
        String requestId = UUID.randomUUID().toString();
        rc.put(ZuoraRequest.REQUEST_ID, requestId);
        String trackId = rc.request().getHeader(TRACK_ID);
        rc.addHeadersEndHandler(
                v -> {
                    MultiMap headers = rc.response().headers();
                    headers.set(REQUEST_ID, requestId);
                    String length = headers.get(HttpHeaders.CONTENT_LENGTH);
                    if (length != null
                            && length.length() < 5
                            && Integer.parseInt(length) <= COMPRESSION_THRESHOLD
                            && !headers.contains(HttpHeaders.CONTENT_ENCODING)) {
                        // Zuora compresses only responses over 1,000 bytes; identity tells Vert.x
                        // to leave this one alone
                        headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
                    }
                    if (trackId != null && validTrackId(trackId)) {
                        headers.set(TRACK_ID, trackId);
                    }
                });
        if (trackId != null && !validTrackId(trackId)) {
            fail(
                    rc,
                    ErrorKind.INVALID_VALUE,
                    TRACK_ID
                            + ": at most 64 US-ASCII characters, without colon, semicolon, double quote or quote");
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !BYTE_COUNT.matcher(length.trim()).matches()) {
            fail(rc, ErrorKind.INVALID_VALUE, "Content-Length: must be a number of bytes");
            return;
        }
        if (length != null && Long.parseLong(length.trim()) > maxBodyBytes) {
            fail(
                    rc,
                    ErrorKind.PAYLOAD_TOO_LARGE,
                    "the request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        String reject = rc.request().getParam("rejectUnknownFields");
        if (reject != null
                && !reject.equalsIgnoreCase("true")
                && !reject.equalsIgnoreCase("false")) {
            fail(rc, ErrorKind.INVALID_VALUE, "rejectUnknownFields: must be true or false");
            return;
        }
        if (hasBody(rc) && rc.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            fail(
                    rc,
                    ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type: a request body needs its content type");
            return;
        }
        for (HeaderFormat format : HEADER_FORMATS) {
            String value = rc.request().getHeader(format.name());
            if (value != null && !format.pattern().matcher(value).matches()) {
                fail(rc, ErrorKind.INVALID_VALUE, format.name() + ": " + format.expected());
                return;
            }
        }
        rc.next();
    }

    void authenticate(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.startsWith("/v1/")) {
            rc.next();
            return;
        }
        Optional<String> token = bearer(rc.request().getHeader(HttpHeaders.AUTHORIZATION));
        Optional<TokenStore.Grant> seen = token.flatMap(t -> tokens.findSeen(t));
        if (seen.isEmpty() && token.isPresent() && tokens.mayExist(token.get())) {
            // issued by another instance, or before a restart: read on a worker thread, the
            // request paused until then (as Quarkus' own authentication does)
            rc.request().pause();
            rc.vertx()
                    .executeBlocking(() -> tokens.find(token.get()), false)
                    .onComplete(
                            found -> {
                                rc.request().resume();
                                if (found.succeeded()) {
                                    admit(rc, found.result());
                                } else {
                                    LOG.error("Could not check an access token", found.cause());
                                    fail(
                                            rc,
                                            ErrorKind.INTERNAL_ERROR,
                                            "the access token could not be checked; try again");
                                }
                            });
            return;
        }
        admit(rc, seen);
    }

    /** Continues with the token's grant, or answers 401 without one. */
    private void admit(RoutingContext rc, Optional<TokenStore.Grant> grant) {
        if (grant.isEmpty()) {
            rc.response().putHeader("WWW-Authenticate", ErrorResponses.WWW_AUTHENTICATE);
            send(rc, ErrorKind.UNAUTHENTICATED.status(), ErrorResponses.unauthorizedBody());
            return;
        }
        List<String> entities = grant.get().entityIds();
        String asked = rc.request().getHeader(ENTITY_IDS);
        String entityId;
        if (asked == null || asked.isBlank()) {
            if (entities.size() != 1) {
                fail(
                        rc,
                        ErrorKind.INVALID_VALUE,
                        ENTITY_IDS + ": the token covers several entities; name the one to act in");
                return;
            }
            entityId = entities.get(0);
        } else if (entities.contains(asked.trim())) {
            entityId = asked.trim();
        } else {
            fail(
                    rc,
                    ErrorKind.PERMISSION_DENIED,
                    ENTITY_IDS + ": the token does not cover entity " + abbreviate(asked));
            return;
        }
        rc.put(ZuoraRequest.ENTITY_ID, entityId);
        rc.put(ZuoraRequest.USER_ID, grant.get().userId());
        rc.next();
    }

    private void fail(RoutingContext rc, ErrorKind kind, String message) {
        answers.fail(rc, kind, message);
    }

    private void send(RoutingContext rc, int status, Object body) {
        answers.send(rc, status, body);
    }

    /**
     * Headers the emulator accepts without giving them behaviour: their values must still be well
     * formed.
     */
    record HeaderFormat(String name, Pattern pattern, String expected) {}

    static final List<HeaderFormat> HEADER_FORMATS =
            List.of(
                    new HeaderFormat(
                            "Zuora-Version",
                            Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,4}(\\.\\d{1,2})?"),
                            "a minor version, YYYY-MM-DD or a number such as 230.0"),
                    new HeaderFormat(
                            "X-Zuora-WSDL-Version",
                            Pattern.compile("\\d{1,4}(\\.\\d{1,2})?"),
                            "a WSDL version number, such as 79 or 79.0"),
                    new HeaderFormat(
                            "Zuora-Org-Ids",
                            Pattern.compile("[A-Za-z0-9-]{1,64}(,\\s*[A-Za-z0-9-]{1,64}){0,99}"),
                            "comma-separated org IDs (letters, digits and hyphens)"));

    private static boolean hasBody(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.trim().equals("0"))
                || rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    static Optional<String> bearer(String authorization) {
        if (authorization == null
                || authorization.length() < 8
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }

    /** C4: at most 64 characters of printable US-ASCII, none of {@code : ; " '}. */
    static boolean validTrackId(String value) {
        if (value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ':' || c == ';' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
