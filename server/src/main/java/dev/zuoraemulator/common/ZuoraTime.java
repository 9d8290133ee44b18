package dev.zuoraemulator.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The emulator's clock and Zuora's two timestamp formats (decision C6): REST objects {@code
 * yyyy-MM-dd HH:mm:ss}, Actions/CRUD objects {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX}. The tenant time
 * zone is UTC.
 */
@ApplicationScoped
public class ZuoraTime {

    private static final DateTimeFormatter REST =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CRUD =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static String rest(Instant instant) {
        return instant == null ? null : REST.format(instant);
    }

    public static String crud(Instant instant) {
        return instant == null ? null : CRUD.format(instant);
    }
}
