package dev.zuoraemulator.control;

import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The test controls' clock: {@link ZuoraTime} set, advanced or back to real time, for every
 * instance on the database ({@link SharedControls}). Work that a move makes due runs at once in the
 * auto job mode.
 */
@ApplicationScoped
public class ClockService {

    /** The years the clock may show: what a billing system dates, and what the database holds. */
    static final Instant EARLIEST =
            LocalDate.of(1900, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    static final Instant LATEST = LocalDate.of(2200, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private final ZuoraTime time;
    private final SharedControls controls;

    ClockService(ZuoraTime time, SharedControls controls) {
        this.time = time;
        this.controls = controls;
    }

    public ZuoraTime clock() {
        return time;
    }

    public void set(Instant now, boolean frozen) {
        within("now", now);
        controls.update(c -> c.withClock(ZuoraTime.Setting.at(now, frozen)));
    }

    /** Moves the clock forward by an ISO 8601 duration or calendar period. */
    public void advance(String duration) {
        var forward = Durations.forward("duration", duration);
        controls.update(
                c -> {
                    Instant now = c.clock().now();
                    Instant then = within("duration", forward.apply(now));
                    return c.withClock(c.clock().advancedBy(Duration.between(now, then)));
                });
    }

    public void reset() {
        controls.update(c -> c.withClock(ZuoraTime.Setting.REAL_TIME));
    }

    private static Instant within(String field, Instant instant) {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new InvalidValueException(
                    field + ": the clock must stay between the years 1900 and 2199");
        }
        return instant;
    }
}
