package dev.zuoraemulator.common;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Zuora IDs: 32 lower-case hex characters.
 *
 * <p>New IDs are ordered by creation: the first 16 characters count milliseconds since the epoch
 * (shifted left 16 bits, plus a counter within the millisecond, never going back in one process),
 * the last 16 are random, so that instances sharing one database do not collide. Ordered keys are
 * appended to the right edge of the primary-key indexes instead of landing on random pages: a split
 * writing 120,000 item rows touches a handful of index pages, not tens of thousands.
 */
public final class Ids {

    private static final AtomicLong LAST = new AtomicLong();
    private static final HexFormat HEX = HexFormat.of();

    /**
     * Above every ID this class makes (lower-case hexadecimal) in any collation: the bound of a
     * first page read newest first by ID.
     */
    public static final String ABOVE_EVERY_ID = "g";

    private Ids() {}

    public static String newId() {
        long stamp = System.currentTimeMillis() << 16;
        long ordered = LAST.accumulateAndGet(stamp, (last, now) -> Math.max(last + 1, now));
        return HEX.toHexDigits(ordered) + HEX.toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** A stable ID derived from a name, e.g. the user ID of an OAuth client. */
    public static String stableId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "");
    }
}
