package dev.zuoraemulator.console;

import dev.zuoraemulator.adminapi.model.JournalEntry;

/**
 * The curl command that sends a journaled request again (the token left for the reader to fill).
 */
public final class Curl {

    private Curl() {}

    public static String of(JournalEntry entry, String baseUrl) {
        StringBuilder curl = new StringBuilder("curl -i -X ").append(entry.getMethod()).append(' ');
        String url =
                baseUrl
                        + entry.getPath()
                        + (entry.getQuery() == null || entry.getQuery().isEmpty()
                                ? ""
                                : "?" + entry.getQuery());
        curl.append(quote(url));
        if (!entry.getPath().equals("/oauth/token")) {
            curl.append(" \\\n  -H 'Authorization: Bearer $TOKEN'");
        }
        if (entry.getIdempotencyKey() != null) {
            curl.append(" \\\n  -H ")
                    .append(quote("Idempotency-Key: " + entry.getIdempotencyKey()));
        }
        if (entry.getTrackId() != null) {
            curl.append(" \\\n  -H ").append(quote("Zuora-Track-Id: " + entry.getTrackId()));
        }
        String body = entry.getRequestBody();
        if (body != null && !body.isEmpty()) {
            boolean form = entry.getPath().equals("/oauth/token");
            curl.append(" \\\n  -H ")
                    .append(
                            quote(
                                    "Content-Type: "
                                            + (form
                                                    ? "application/x-www-form-urlencoded"
                                                    : "application/json")))
                    .append(" \\\n  --data-raw ")
                    .append(quote(body));
        }
        return curl.toString();
    }

    /** A shell word in single quotes: {@code '} becomes {@code '\''}. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
