package dev.zuoraemulator.query;

/** How a queryable field compares, which literals it takes, and how a record carries it (Q3). */
public enum FieldType {
    /** a string or ID: quoted literals, every operator, {@code like}, compared case-sensitively */
    TEXT,
    /** an exact decimal: bare numbers, a JSON number in records */
    DECIMAL,
    /** a whole number: bare numbers, a JSON number in records */
    INTEGER,
    /** {@code true} or {@code false}, with {@code =} and {@code !=} only */
    BOOLEAN,
    /** a quoted {@code 'YYYY-MM-DD'}, sent as {@code YYYY-MM-DD} */
    DATE,
    /**
     * a dateTime, bare or quoted, with optional fraction and offset (UTC without one), or a quoted
     * date meaning its start in UTC; sent as the CRUD reads send it (C6)
     */
    DATETIME,
    /**
     * a custom field (C10), held in the object's JSON column: compared in Java by the kind of its
     * value (see {@link RowCheck})
     */
    CUSTOM
}
