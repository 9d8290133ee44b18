package dev.zuoraemulator.query;

import dev.zuoraemulator.common.CustomFieldsConverter;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.query.QueryObject.QueryField;
import dev.zuoraemulator.query.QueryPlan.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a plan selects and the records made of them (decision Q3): Zuora's capitalisation,
 * {@code Id} always, null values left out, numbers as numbers, dates {@code YYYY-MM-DD}, dateTimes
 * as the CRUD reads send them.
 */
final class Records {

    private static final CustomFieldsConverter CUSTOM = new CustomFieldsConverter();

    private final QueryPlan plan;
    private final List<QueryField> columns = new ArrayList<>();
    private final int customColumn;
    private final int firstLeaf;

    Records(QueryPlan plan) {
        this.plan = plan;
        for (QueryField field : plan.selected()) {
            if (field.type() != FieldType.CUSTOM) {
                columns.add(field);
            }
        }
        // t.id, the selected fields, the custom fields, the comparisons the check reads
        customColumn = plan.needsCustomFields() ? 2 + columns.size() : -1;
        firstLeaf = 2 + columns.size() + (customColumn > 0 ? 1 : 0);
    }

    /** The select list; {@link #parameters()} are its values. */
    String columns() {
        List<String> list = new ArrayList<>();
        list.add("t.id");
        columns.forEach(f -> list.add(f.sql()));
        if (customColumn > 0) {
            list.add(plan.object().customFields());
        }
        for (Sql leaf : plan.leaves()) {
            list.add("CASE WHEN " + leaf.text() + " THEN 1 ELSE 0 END");
        }
        return String.join(", ", list);
    }

    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>();
        plan.leaves().forEach(leaf -> parameters.addAll(leaf.parameters()));
        return parameters;
    }

    /** Whether the row matches: SQL decided, unless a condition names a custom field. */
    boolean matches(ResultSet row) throws SQLException {
        if (plan.check() == null) {
            return true;
        }
        boolean[] leaves = new boolean[plan.leaves().size()];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = row.getInt(firstLeaf + i) == 1;
        }
        return plan.check().test(leaves, custom(row, 0));
    }

    Map<String, Object> read(ResultSet row) throws SQLException {
        return read(row, 0);
    }

    /** The record of the row, its columns {@code shift} places to the right. */
    Map<String, Object> read(ResultSet row, int shift) throws SQLException {
        Map<String, Object> custom = customColumn > 0 ? custom(row, shift) : Map.of();
        Map<String, Object> record = new LinkedHashMap<>();
        int column = 2 + shift;
        for (QueryField field : plan.selected()) {
            String name = field.name();
            Object value;
            if (field.type() == FieldType.CUSTOM) {
                Map.Entry<String, Object> entry = customEntry(custom, name);
                name = entry == null ? name : entry.getKey();
                value = entry == null ? null : entry.getValue();
            } else {
                value = value(row, column++, field.type());
            }
            if (value != null) {
                record.put(name, value);
            }
        }
        return record;
    }

    private Map<String, Object> custom(ResultSet row, int shift) throws SQLException {
        return CUSTOM.convertToEntityAttribute(row.getString(customColumn + shift)).values();
    }

    private static Map.Entry<String, Object> customEntry(Map<String, Object> custom, String name) {
        for (Map.Entry<String, Object> entry : custom.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry;
            }
        }
        return null;
    }

    private static Object value(ResultSet row, int column, FieldType type) throws SQLException {
        Object value =
                switch (type) {
                    case TEXT -> row.getString(column);
                    case DECIMAL -> row.getBigDecimal(column);
                    case INTEGER -> row.getObject(column) == null ? null : row.getLong(column);
                    case BOOLEAN -> row.getObject(column) == null ? null : row.getBoolean(column);
                    case DATE -> {
                        LocalDate date = row.getObject(column, LocalDate.class);
                        yield date == null ? null : date.toString();
                    }
                    case DATETIME -> {
                        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
                        yield at == null ? null : ZuoraTime.crud(at.toInstant());
                    }
                    case CUSTOM ->
                            throw new IllegalArgumentException("custom fields have no column");
                };
        return value;
    }
}
