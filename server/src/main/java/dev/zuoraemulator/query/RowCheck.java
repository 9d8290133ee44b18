package dev.zuoraemulator.query;

import dev.zuoraemulator.query.zoql.Statement;
import dev.zuoraemulator.query.zoql.Statement.Bool;
import dev.zuoraemulator.query.zoql.Statement.Literal;
import dev.zuoraemulator.query.zoql.Statement.Null;
import dev.zuoraemulator.query.zoql.Statement.Number;
import dev.zuoraemulator.query.zoql.Statement.Operator;
import dev.zuoraemulator.query.zoql.Statement.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Decides a row where SQL cannot: a condition over custom fields (C10), whose values are a string,
 * a number or a boolean. A literal meets a value of its own kind ('...' a string, a bare number a
 * number, true/false a boolean); a value of another kind, or none, is not equal to it and neither
 * less nor greater. {@code = null} holds for a field the object does not hold.
 */
interface RowCheck {

    /**
     * @param leaves each SQL comparison's result for the row, in the order of the statement
     * @param custom the row's custom fields
     */
    boolean test(boolean[] leaves, Map<String, Object> custom);

    static RowCheck leaf(int index) {
        return (leaves, custom) -> leaves[index];
    }

    static RowCheck any(List<RowCheck> terms) {
        return (leaves, custom) -> terms.stream().anyMatch(t -> t.test(leaves, custom));
    }

    static RowCheck all(List<RowCheck> terms) {
        return (leaves, custom) -> terms.stream().allMatch(t -> t.test(leaves, custom));
    }

    /** Refuses what no custom field can be compared with, before anything runs. */
    static void checkCustom(String object, String name, Operator op, Literal value) {
        if (value instanceof Null && op != Operator.EQ && op != Operator.NE) {
            throw QueryPlan.nullWith(op);
        }
        if (op == Operator.LIKE) {
            if (!(value instanceof Text text)) {
                throw QueryFault.invalidValue(
                        "like compares strings: quote the pattern for " + object + "." + name);
            }
            Likes.check(text.value());
        }
        if (value instanceof Bool && op != Operator.EQ && op != Operator.NE) {
            throw QueryFault.invalidValue("true and false are compared with = or != only");
        }
        if (value instanceof Statement.DateTime) {
            throw QueryFault.invalidValue(
                    "custom fields hold strings, numbers and booleans: quote a date for "
                            + object
                            + "."
                            + name);
        }
    }

    static RowCheck custom(String name, Operator op, Literal literal) {
        return (leaves, custom) -> compare(valueOf(custom, name), op, literal);
    }

    private static Object valueOf(Map<String, Object> custom, String name) {
        for (Map.Entry<String, Object> entry : custom.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static boolean compare(Object value, Operator op, Literal literal) {
        if (literal instanceof Null) {
            return op == Operator.EQ ? value == null : value != null;
        }
        Integer order = null;
        if (literal instanceof Text t && value instanceof String s) {
            order = Integer.signum(s.compareTo(t.value()));
        } else if (literal instanceof Number n && value instanceof java.lang.Number v) {
            order = new BigDecimal(v.toString()).compareTo(n.value());
        } else if (literal instanceof Bool b && value instanceof Boolean v) {
            order = v == b.value() ? 0 : 1;
        }
        if (op == Operator.LIKE) {
            return value instanceof String s && Likes.matches(((Text) literal).value(), s);
        }
        if (order == null) {
            return op == Operator.NE;
        }
        return switch (op) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case LIKE -> throw new IllegalStateException("like is decided above");
        };
    }
}
