package dev.zuoraemulator.control;

import dev.zuoraemulator.error.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * ISO 8601 durations of the test controls: exact ones ({@code PT2S}, {@code P30D} as 30 × 24 hours)
 * and calendar periods ({@code P1M}, {@code P1Y2M}, added in UTC). Never negative.
 */
final class Durations {

    private Durations() {}

    /** An exact duration ({@code PT2S}, {@code P1DT2H}), at least zero. */
    static Duration exact(String field, String text) {
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative()) {
                throw new InvalidValueException(field + ": must not be negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    field + ": must be an ISO 8601 duration such as PT2S or PT1H30M");
        }
    }

    /** How to move an instant by an exact duration or a calendar period, at least zero. */
    static UnaryOperator<Instant> forward(String field, String text) {
        try {
            Duration duration = Duration.parse(text);
            if (!duration.isNegative()) {
                return at -> at.plus(duration);
            }
        } catch (DateTimeParseException notExact) {
            try {
                Period period = Period.parse(text);
                if (!period.isNegative()) {
                    return at -> at.atOffset(ZoneOffset.UTC).plus(period).toInstant();
                }
            } catch (DateTimeParseException notPeriod) {
                throw new InvalidValueException(
                        field + ": must be an ISO 8601 duration such as PT2S, P30D or P1M");
            }
        }
        throw new InvalidValueException(field + ": must not be negative");
    }
}
