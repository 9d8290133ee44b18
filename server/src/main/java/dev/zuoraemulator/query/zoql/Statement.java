package dev.zuoraemulator.query.zoql;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed ZOQL statement: {@code select <fields> from <object> [where <condition>]}. Names are as
 * written; what they mean (which object, which field, which type) is for the translator to decide.
 *
 * @param where null without a where clause
 */
public record Statement(List<Name> fields, Name object, Condition where) {

    /** A name as written and where it stands (1-based). */
    public record Name(String text, int position) {}

    /** A filter: comparisons joined by {@code and} and {@code or} ({@code and} binds tighter). */
    public sealed interface Condition permits Or, And, Comparison {}

    /** Two or more conditions, any of which holds. */
    public record Or(List<Condition> terms) implements Condition {}

    /** Two or more conditions, all of which hold. */
    public record And(List<Condition> terms) implements Condition {}

    /** {@code field op value}. */
    public record Comparison(Name field, Operator operator, Literal value) implements Condition {}

    public enum Operator {
        EQ("="),
        NE("!="),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">="),
        LIKE("like");

        public final String text;

        Operator(String text) {
            this.text = text;
        }

        static Operator of(String text) {
            for (Operator operator : values()) {
                if (operator.text.equals(text)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException(text);
        }
    }

    /** A value as written: its meaning (date, dateTime, ID...) comes from the field it meets. */
    public sealed interface Literal permits Text, Number, Bool, Null, DateTime {
        int position();
    }

    /** A single-quoted string, escapes resolved. */
    public record Text(String value, int position) implements Literal {}

    /** A bare decimal number. */
    public record Number(BigDecimal value, int position) implements Literal {}

    /** {@code true} or {@code false}. */
    public record Bool(boolean value, int position) implements Literal {}

    /** {@code null}, only with {@code =} and {@code !=}. */
    public record Null(int position) implements Literal {}

    /** A bare dateTime, {@code 2026-01-31T10:00:00} with optional fraction and offset. */
    public record DateTime(String value, int position) implements Literal {}
}
