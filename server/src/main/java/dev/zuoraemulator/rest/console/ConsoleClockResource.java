package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.consoleapi.ConsoleClockApi;
import dev.zuoraemulator.control.ClockService;
import dev.zuoraemulator.error.InvalidValueException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

public class ConsoleClockResource implements ConsoleClockApi {

    private final ConsolePages pages;
    private final ClockService clock;

    ConsoleClockResource(ConsolePages pages, ClockService clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public Response consoleClock() {
        return pages.page(
                "clock",
                "Clock",
                Map.of(
                        "now", clock.clock().now().toString(),
                        "frozen", clock.clock().frozen()));
    }

    @Override
    public Response consoleSetClock(
            String cookie, String csrf, String action, String now, String frozen, String duration) {
        return pages.act(
                cookie,
                csrf,
                "/emulator/console/clock",
                () -> {
                    switch (action == null ? "" : action) {
                        case "set" -> clock.set(instant(now), !"false".equals(frozen));
                        case "advance" -> clock.advance(duration);
                        case "real" -> clock.reset();
                        default ->
                                throw new InvalidValueException(
                                        "action: one of set, advance, real");
                    }
                });
    }

    /** {@code 2027-01-01T00:00:00Z}, with an offset or without one (then UTC). */
    private static Instant instant(String now) {
        if (now == null || now.isBlank()) {
            throw new InvalidValueException("now: a date and time is required");
        }
        String text = now.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(
                        "now: " + text + " is not a date and time such as 2027-01-01T00:00:00Z");
            }
        }
    }
}
