package dev.zuoraemulator.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The emulator's clock, read by everything that needs the time, and Zuora's two timestamp formats
 * (decision C6): REST objects {@code yyyy-MM-dd HH:mm:ss}, Actions/CRUD objects {@code
 * yyyy-MM-dd'T'HH:mm:ss.SSSXXX}. The tenant time zone is UTC.
 *
 * <p>The clock is real time unless a test moves it (the test controls' {@code /emulator/v1/clock}):
 * set to an instant and left running from there, or frozen at it, and advanced.
 */
@ApplicationScoped
public class ZuoraTime {

    private static final DateTimeFormatter REST =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CRUD =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    private final Clock real = Clock.systemUTC();

    /** Where the clock stands: an offset from real time, or a frozen instant. */
    private record Setting(Duration offset, Instant frozenAt) {
        static final Setting REAL = new Setting(Duration.ZERO, null);
    }

    private volatile Setting setting = Setting.REAL;

    public Instant now() {
        Setting s = setting;
        return s.frozenAt != null ? s.frozenAt : real.instant().plus(s.offset);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    public boolean frozen() {
        return setting.frozenAt != null;
    }

    /** How far a running clock is from real time (zero when real or frozen). */
    public Duration offset() {
        return setting.offset;
    }

    /** Sets the clock to the instant, standing still there or running on from it. */
    public synchronized void set(Instant instant, boolean frozen) {
        setting =
                frozen
                        ? new Setting(Duration.ZERO, instant)
                        : new Setting(Duration.between(real.instant(), instant), null);
    }

    /** Moves the clock forward (or back, for a negative amount), frozen or running. */
    public synchronized void advance(Duration by) {
        Setting s = setting;
        setting =
                s.frozenAt != null
                        ? new Setting(Duration.ZERO, s.frozenAt.plus(by))
                        : new Setting(s.offset.plus(by), null);
    }

    /** Back to real time. */
    public void reset() {
        setting = Setting.REAL;
    }

    public static String rest(Instant instant) {
        return instant == null ? null : REST.format(instant);
    }

    public static String crud(Instant instant) {
        return instant == null ? null : CRUD.format(instant);
    }
}
