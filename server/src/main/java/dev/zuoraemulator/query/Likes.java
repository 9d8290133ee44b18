package dev.zuoraemulator.query;

import java.util.regex.Pattern;

/**
 * ZOQL's {@code like} (decision Q1): {@code %} at most once, at the start or the end of the
 * pattern, matching any run of characters; {@code _} anywhere, matching one character; everything
 * else matches itself, case-sensitively.
 */
final class Likes {

    private Likes() {}

    static void check(String pattern) {
        int percent = pattern.indexOf('%');
        boolean once = percent == pattern.lastIndexOf('%');
        boolean atAnEnd = percent <= 0 || percent == pattern.length() - 1;
        if (!once || !atAnEnd) {
            throw QueryFault.invalidValue(
                    "a like pattern holds % at most once, at its start or its end: '"
                            + pattern
                            + "'");
        }
    }

    /** The pattern for SQL's {@code LIKE ? ESCAPE '\'}. */
    static String sqlPattern(String pattern) {
        check(pattern);
        return pattern.replace("\\", "\\\\");
    }

    static boolean matches(String pattern, String value) {
        check(pattern);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            regex.append(
                    switch (c) {
                        case '%' -> ".*";
                        case '_' -> ".";
                        default -> Pattern.quote(String.valueOf(c));
                    });
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }
}
