package dev.zuoraemulator.query.zoql;

/**
 * One token of a ZOQL statement and where it starts (1-based character position).
 *
 * @param text the token as written, or for a string literal its value with escapes resolved
 */
record Token(Kind kind, String text, int position) {

    enum Kind {
        /** a name: keyword, object or field, as written */
        NAME,
        /** a single-quoted string */
        STRING,
        /** a bare decimal number */
        NUMBER,
        /** a bare dateTime such as 2026-01-31T10:00:00+01:00 */
        DATETIME,
        COMMA,
        /** =, !=, <, <=, >, >= */
        COMPARISON,
        OPEN,
        CLOSE,
        STAR,
        END
    }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    String describe() {
        return switch (kind) {
            case END -> "the end of the statement";
            case STRING -> "the string '" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
