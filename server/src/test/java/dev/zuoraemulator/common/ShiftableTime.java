package dev.zuoraemulator.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The emulator's clock, moved by tests: real time plus an offset the test sets, or a frozen
 * instant. A test profile enables it as an alternative (without {@link Priority}, so that other
 * tests keep the real clock); unit tests create it directly.
 */
@Alternative
@ApplicationScoped
public class ShiftableTime extends ZuoraTime {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;

    @Override
    public Instant now() {
        Instant at = frozen;
        return at != null ? at : Clock.systemUTC().instant().plus(offset);
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    public void shift(Duration by) {
        Instant at = frozen;
        if (at != null) {
            frozen = at.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Stops the clock at the instant until it is shifted or frozen elsewhere. */
    public void freezeAt(Instant instant) {
        frozen = instant;
    }
}
