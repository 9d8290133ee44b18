package dev.zuoraemulator.common;

import dev.zuoraemulator.error.InvalidValueException;

/** Free text that goes into the database: no control characters other than tab and line breaks. */
public final class Text {

    private Text() {}

    public static String check(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                throw new InvalidValueException(field + ": control characters are not allowed");
            }
        }
        return value;
    }

    /** A name from a request, as an error message quotes it: at most 64 characters and "...". */
    public static String clip(String name) {
        return name.length() > 64 ? name.substring(0, 64) + "..." : name;
    }
}
