package dev.zuoraemulator.query;

import dev.zuoraemulator.query.QueryObject.QueryField;
import dev.zuoraemulator.query.zoql.Statement.Bool;
import dev.zuoraemulator.query.zoql.Statement.DateTime;
import dev.zuoraemulator.query.zoql.Statement.Literal;
import dev.zuoraemulator.query.zoql.Statement.Number;
import dev.zuoraemulator.query.zoql.Statement.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** What a literal means for the field it meets (Q1): a value of the field's type, or a fault. */
final class Literals {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATETIME =
            Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");

    /** Decimals beyond the stored columns' range (30 digits, 9 of them decimals) are refused. */
    private static final int MAX_INTEGER_DIGITS = 21;

    private static final int MAX_SCALE = 9;

    private Literals() {}

    /** The literal as a value the database compares with the field. */
    static Object value(String object, QueryField field, Literal literal) {
        Object value =
                switch (field.type()) {
                    case TEXT -> literal instanceof Text t ? t.value() : null;
                    case DECIMAL, INTEGER ->
                            literal instanceof Number n ? decimal(n.value()) : null;
                    case BOOLEAN -> literal instanceof Bool b ? b.value() : null;
                    case DATE -> literal instanceof Text t ? date(t.value()) : null;
                    case DATETIME ->
                            literal instanceof Text t
                                    ? dateTime(t.value())
                                    : literal instanceof DateTime d ? dateTime(d.value()) : null;
                    case CUSTOM ->
                            throw new IllegalArgumentException("custom fields compare in Java");
                };
        if (value == null) {
            throw QueryFault.invalidValue(
                    "invalid value for "
                            + object
                            + "."
                            + field.name()
                            + ": "
                            + written(literal)
                            + " is not "
                            + expected(field.type()));
        }
        return value;
    }

    private static BigDecimal decimal(BigDecimal value) {
        boolean fits =
                value.scale() <= MAX_SCALE
                        && value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
        return fits ? value : null;
    }

    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static OffsetDateTime dateTime(String text) {
        LocalDate day = date(text);
        if (day != null) {
            return day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (!DATETIME.matcher(text).matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    static String written(Literal literal) {
        if (literal instanceof Text t) {
            return "'" + t.value() + "'";
        }
        if (literal instanceof Number n) {
            return n.value().toPlainString();
        }
        if (literal instanceof Bool b) {
            return String.valueOf(b.value());
        }
        return literal instanceof DateTime d ? d.value() : "null";
    }

    private static String expected(FieldType type) {
        return switch (type) {
            case TEXT -> "a quoted string";
            case DECIMAL, INTEGER -> "a number (at most 21 digits before the point and 9 after)";
            case BOOLEAN -> "true or false";
            case DATE -> "a quoted date 'YYYY-MM-DD'";
            case DATETIME -> "a dateTime such as 2026-01-31T10:00:00 or '2026-01-31'";
            case CUSTOM -> "a string, a number or a boolean";
        };
    }
}
