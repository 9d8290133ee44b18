package dev.zuoraemulator.query;

import java.util.List;
import java.util.Optional;

/**
 * An object ZOQL can query (decision Q2): where its rows live, how they are scoped to an entity and
 * ordered by creation (Q3), and its fields under Zuora's names. The SQL here is fixed text of the
 * emulator's own; nothing a client sends is ever part of it (Q6).
 *
 * @param table the table read as alias {@code t}
 * @param joins what {@code t} is joined to for its entity, or empty
 * @param entityColumn the column that holds the row's entity
 * @param order the creation order, ending in a unique column
 * @param customFields the column of the custom fields (C10), or null where the object has none
 */
public record QueryObject(
        String name,
        String table,
        String joins,
        String entityColumn,
        String order,
        String customFields,
        List<QueryField> fields) {

    /** A field: its name as Zuora capitalises it, its SQL over alias {@code t}, its type. */
    public record QueryField(String name, String sql, FieldType type) {}

    /** The field of that name, whatever the case it is written in. */
    public Optional<QueryField> field(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }
}
