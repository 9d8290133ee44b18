package dev.zuoraemulator.query;

import dev.zuoraemulator.common.CustomFields;
import dev.zuoraemulator.query.QueryFault.Code;
import dev.zuoraemulator.query.QueryObject.QueryField;
import dev.zuoraemulator.query.zoql.Statement;
import dev.zuoraemulator.query.zoql.Statement.And;
import dev.zuoraemulator.query.zoql.Statement.Comparison;
import dev.zuoraemulator.query.zoql.Statement.Condition;
import dev.zuoraemulator.query.zoql.Statement.Name;
import dev.zuoraemulator.query.zoql.Statement.Null;
import dev.zuoraemulator.query.zoql.Statement.Operator;
import dev.zuoraemulator.query.zoql.Statement.Or;
import dev.zuoraemulator.query.zoql.Statement.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A statement translated for the database (decision Q6): fixed SQL text with a {@code ?} for every
 * value, and the values apart. A condition on a custom field cannot be read by SQL (the fields are
 * one JSON column): then SQL selects a superset (that condition taken as true; {@code and} and
 * {@code or} are monotone, ZOQL has no {@code not}) and each row's own result of every other
 * comparison, and {@link RowCheck} decides the row.
 *
 * @param selected the record's fields in order
 * @param leaves the SQL comparisons whose results are selected, for {@code check}; empty when SQL
 *     alone decides
 * @param check null when SQL alone decides
 */
record QueryPlan(
        QueryObject object,
        List<QueryField> selected,
        Sql filter,
        List<Sql> leaves,
        RowCheck check) {

    /** A piece of SQL and the values of its parameters, in order. */
    record Sql(String text, List<Object> parameters) {

        static final Sql TRUE = new Sql("1 = 1", List.of());
    }

    static QueryPlan of(Statement statement, boolean collateText) {
        QueryObject object =
                QueryObjects.find(statement.object().text())
                        .orElseThrow(
                                () ->
                                        new QueryFault(
                                                Code.INVALID_TYPE,
                                                "invalid object type for query: "
                                                        + statement.object().text()));
        Map<String, QueryField> selected = new LinkedHashMap<>();
        for (Name name : statement.fields()) {
            QueryField field = resolve(object, name.text());
            selected.putIfAbsent(field.name().toLowerCase(Locale.ROOT), field);
        }
        selected.putIfAbsent("id", object.field("Id").orElseThrow());
        Builder builder = new Builder(object, collateText);
        Sql filter = statement.where() == null ? Sql.TRUE : builder.filter(statement.where());
        RowCheck check = builder.hasCustomConditions ? builder.check(statement.where()) : null;
        return new QueryPlan(
                object,
                List.copyOf(selected.values()),
                filter,
                check == null ? List.of() : List.copyOf(builder.leaves),
                check);
    }

    /** The selected fields' names, as Zuora capitalises them (custom fields as written). */
    List<String> selectedNames() {
        return selected.stream().map(QueryField::name).toList();
    }

    boolean needsCustomFields() {
        return check != null || selected.stream().anyMatch(f -> f.type() == FieldType.CUSTOM);
    }

    /** A field of the object, or a custom field it may hold (named as written). */
    private static QueryField resolve(QueryObject object, String name) {
        var field = object.field(name);
        if (field.isPresent()) {
            return field.get();
        }
        if (object.customFields() != null && CustomFields.isCustomFieldName(name)) {
            return new QueryField(name, null, FieldType.CUSTOM);
        }
        throw new QueryFault(
                Code.INVALID_FIELD,
                "invalid field for query: " + object.name() + "." + name.toLowerCase(Locale.ROOT));
    }

    private static final class Builder {

        private final QueryObject object;
        private final boolean collateText;
        private final List<Sql> leaves = new ArrayList<>();
        private boolean hasCustomConditions;

        Builder(QueryObject object, boolean collateText) {
            this.object = object;
            this.collateText = collateText;
        }

        Sql filter(Condition condition) {
            if (condition instanceof Or or) {
                return join(or.terms(), " OR ");
            }
            if (condition instanceof And and) {
                return join(and.terms(), " AND ");
            }
            return comparison((Comparison) condition);
        }

        private Sql join(List<Condition> terms, String operator) {
            List<String> texts = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            for (Condition term : terms) {
                Sql sql = filter(term);
                texts.add("(" + sql.text() + ")");
                parameters.addAll(sql.parameters());
            }
            return new Sql(String.join(operator, texts), parameters);
        }

        private Sql comparison(Comparison c) {
            QueryField field = resolve(object, c.field().text());
            if (field.type() == FieldType.CUSTOM) {
                RowCheck.checkCustom(object.name(), field.name(), c.operator(), c.value());
                hasCustomConditions = true;
                return Sql.TRUE;
            }
            Sql sql = sql(field, c);
            leaves.add(sql);
            return sql;
        }

        private Sql sql(QueryField field, Comparison c) {
            Operator op = c.operator();
            if (c.value() instanceof Null) {
                return switch (op) {
                    case EQ -> new Sql(field.sql() + " IS NULL", List.of());
                    case NE -> new Sql(field.sql() + " IS NOT NULL", List.of());
                    default -> throw nullWith(op);
                };
            }
            if (op == Operator.LIKE && field.type() != FieldType.TEXT) {
                throw QueryFault.invalidValue(
                        "like compares strings; "
                                + object.name()
                                + "."
                                + field.name()
                                + " is not one");
            }
            if (field.type() == FieldType.BOOLEAN && op != Operator.EQ && op != Operator.NE) {
                throw QueryFault.invalidValue(
                        object.name() + "." + field.name() + " is compared with = or != only");
            }
            Object value = Literals.value(object.name(), field, c.value());
            String column = field.sql();
            return switch (op) {
                case EQ -> new Sql(column + " = ?", List.of(value));
                case NE ->
                        new Sql("(" + column + " <> ? OR " + column + " IS NULL)", List.of(value));
                case LIKE ->
                        new Sql(
                                column + " LIKE ? ESCAPE '\\'",
                                List.of(Likes.sqlPattern(((Text) c.value()).value())));
                default -> {
                    String ordered =
                            field.type() == FieldType.TEXT && collateText
                                    ? column + " COLLATE \"C\""
                                    : column;
                    yield new Sql(ordered + " " + op.text + " ?", List.of(value));
                }
            };
        }

        RowCheck check(Condition condition) {
            if (condition instanceof Or or) {
                return RowCheck.any(or.terms().stream().map(this::check).toList());
            }
            if (condition instanceof And and) {
                return RowCheck.all(and.terms().stream().map(this::check).toList());
            }
            Comparison c = (Comparison) condition;
            QueryField field = resolve(object, c.field().text());
            return field.type() == FieldType.CUSTOM
                    ? RowCheck.custom(field.name(), c.operator(), c.value())
                    : RowCheck.leaf(leafIndex++);
        }

        private int leafIndex;
    }

    static QueryFault nullWith(Operator op) {
        return QueryFault.invalidValue("null is compared with = or != only, not with " + op.text);
    }
}
