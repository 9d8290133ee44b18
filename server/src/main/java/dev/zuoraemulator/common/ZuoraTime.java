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

    private static final Clock REAL = Clock.systemUTC();

    /** Where the clock stands: an offset from real time, or a frozen instant. */
    public record Setting(Duration offset, Instant frozenAt) {

        public static final Setting REAL_TIME = new Setting(Duration.ZERO, null);

        /** The clock at the instant, standing still there or running on from it. */
        public static Setting at(Instant instant, boolean frozen) {
            return frozen
                    ? new Setting(Duration.ZERO, instant)
                    : new Setting(Duration.between(REAL.instant(), instant), null);
        }

        public Instant now() {
            return frozenAt != null ? frozenAt : REAL.instant().plus(offset);
        }

        /** Moved forward (or back, for a negative amount), frozen or running. */
        public Setting advancedBy(Duration by) {
            return frozenAt != null
                    ? new Setting(Duration.ZERO, frozenAt.plus(by))
                    : new Setting(offset.plus(by), null);
        }
    }

    private volatile Setting setting = Setting.REAL_TIME;

    public Instant now() {
        return setting.now();
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

    public Setting setting() {
        return setting;
    }

    /**
     * Follows the setting (the test controls keep it in the database, shared by every instance:
     * {@code control.SharedControls}).
     */
    public void adopt(Setting setting) {
        this.setting = setting;
    }

    /** Sets this instance's clock to the instant, standing still there or running on from it. */
    public void set(Instant instant, boolean frozen) {
        adopt(Setting.at(instant, frozen));
    }

    /** Moves this instance's clock forward (or back, for a negative amount). */
    public synchronized void advance(Duration by) {
        adopt(setting.advancedBy(by));
    }

    /** Back to real time. */
    public void reset() {
        adopt(Setting.REAL_TIME);
    }

    public static String rest(Instant instant) {
        return instant == null ? null : REST.format(instant);
    }

    public static String crud(Instant instant) {
        return instant == null ? null : CRUD.format(instant);
    }
}
