package dev.zuoraemulator.journal;

import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.common.ZuoraTime;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Writes every request to Zuora's operations (and every unknown path) into the {@link
 * RequestJournal} once its answer has gone: first of the filters, so that refused requests are
 * journaled too. The test controls are not journaled. Bodies come from {@link JournalBodies} (what
 * the resources read and wrote) or from the filter that refused the request; credentials are
 * redacted: the token form's {@code client_secret}, the token answer's {@code access_token} and
 * {@code jti}. No header is kept but the Track-Id, Request-Id and Idempotency-Key.
 */
@ApplicationScoped
public class JournalCapture {

    static final String DRAFT = "emulator.journal.draft";
    static final String REDACTED = "[redacted]";
    private static final Pattern TOKEN_FIELDS =
            Pattern.compile("\"(access_token|jti)\"\\s*:\\s*\"[^\"]*\"");
    private static final java.util.Set<String> SECRET_FORM_FIELDS =
            java.util.Set.of("client_secret");

    private final RequestJournal journal;
    private final ZuoraTime time;

    JournalCapture(RequestJournal journal, ZuoraTime time) {
        this.journal = journal;
        this.time = time;
    }

    void register(@Observes Filters filters) {
        if (journal.enabled()) {
            filters.register(this::capture, 500);
        }
    }

    void capture(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/emulator/") || path.startsWith("/q/")) {
            rc.next();
            return;
        }
        EntryDraft draft =
                new EntryDraft(
                        time.now(),
                        rc.request().method().name(),
                        path,
                        rc.request().query(),
                        rc.request().getHeader("Zuora-Track-Id"),
                        rc.request().getHeader("Idempotency-Key"));
        rc.put(DRAFT, draft);
        // from the moment the answer's headers go out, a reader of the journal waits for this
        // entry:
        // a client that has its answer and asks the journal next finds its request there
        java.util.concurrent.atomic.AtomicLong ticket =
                new java.util.concurrent.atomic.AtomicLong();
        rc.addHeadersEndHandler(
                v -> {
                    if (ticket.get() == 0) {
                        ticket.set(journal.answering());
                    }
                });
        rc.addEndHandler(
                ended -> {
                    try {
                        finish(rc, draft);
                    } finally {
                        long held = ticket.getAndSet(0);
                        if (held != 0) {
                            journal.answered(held);
                        }
                    }
                });
        rc.next();
    }

    private void finish(RoutingContext rc, EntryDraft draft) {
        draft.durationMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - draft.startNanos);
        draft.status = rc.response().getStatusCode();
        draft.entityId = rc.get(ZuoraRequest.ENTITY_ID);
        draft.requestId = rc.get(ZuoraRequest.REQUEST_ID);
        JournalBodies.Copy request = draft.requestCopy;
        draft.requestBody =
                request != null ? request.text() : form(rc.get(ZuoraRequest.REQUEST_FORM));
        JournalBodies.Copy response = draft.responseCopy;
        draft.responseBody =
                response != null ? response.text() : cut(rc.get(ZuoraRequest.RESPONSE_BODY));
        if (draft.path.equals("/oauth/token") && draft.responseBody != null) {
            draft.responseBody =
                    TOKEN_FIELDS
                            .matcher(draft.responseBody)
                            .replaceAll("\"$1\":\"" + REDACTED + "\"");
        }
        journal.add(draft);
    }

    /** A form body as it was sent, secrets redacted; null without one. */
    private static String form(Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        StringJoiner form = new StringJoiner("&");
        fields.forEach(
                (name, value) ->
                        form.add(
                                name
                                        + "="
                                        + (SECRET_FORM_FIELDS.contains(name) || value == null
                                                ? (value == null ? "" : REDACTED)
                                                : value)));
        return cut(form.toString());
    }

    static String cut(String body) {
        return body == null || body.length() <= RequestJournal.MAX_BODY
                ? body
                : body.substring(0, RequestJournal.MAX_BODY);
    }
}
