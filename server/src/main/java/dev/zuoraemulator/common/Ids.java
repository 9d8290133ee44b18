package dev.zuoraemulator.common;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Zuora IDs: 32 lower-case hex characters. */
public final class Ids {

    private Ids() {}

    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A stable ID derived from a name, e.g. the user ID of an OAuth client. */
    public static String stableId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "");
    }
}
