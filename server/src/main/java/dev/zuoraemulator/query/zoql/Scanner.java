package dev.zuoraemulator.query.zoql;

import dev.zuoraemulator.query.zoql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a ZOQL statement into tokens. Names are ASCII letters, digits and underscores; strings are
 * single-quoted with backslash escapes; numbers and dateTimes are bare. Anything else (a double
 * quote, a semicolon, a comment, a character outside ASCII) is a syntax error where it stands.
 */
final class Scanner {

    private static final Pattern DATETIME =
            Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String source;
    private int at;

    private Scanner(String source) {
        this.source = source;
    }

    static List<Token> tokens(String source) {
        return new Scanner(source).scan();
    }

    private List<Token> scan() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (at < source.length() && isSpace(source.charAt(at))) {
                at++;
            }
            if (at >= source.length()) {
                tokens.add(new Token(Kind.END, "", at + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private Token next() {
        int start = at;
        char c = source.charAt(at);
        if (isNameStart(c)) {
            while (at < source.length() && isNamePart(source.charAt(at))) {
                at++;
            }
            return new Token(Kind.NAME, source.substring(start, at), start + 1);
        }
        if (c == '\'') {
            return string();
        }
        if (c >= '0' && c <= '9' || c == '-') {
            Matcher dateTime = DATETIME.matcher(source).region(at, source.length());
            if (dateTime.lookingAt()) {
                at = dateTime.end();
                return new Token(Kind.DATETIME, dateTime.group(), start + 1);
            }
            Matcher number = NUMBER.matcher(source).region(at, source.length());
            if (number.lookingAt()) {
                at = number.end();
                if (at < source.length() && isNamePart(source.charAt(at))) {
                    throw new ZoqlSyntaxException(
                            "'" + source.substring(start, at + 1) + "' is not a number", start + 1);
                }
                return new Token(Kind.NUMBER, number.group(), start + 1);
            }
        }
        at++;
        return switch (c) {
            case ',' -> new Token(Kind.COMMA, ",", start + 1);
            case '(' -> new Token(Kind.OPEN, "(", start + 1);
            case ')' -> new Token(Kind.CLOSE, ")", start + 1);
            case '*' -> new Token(Kind.STAR, "*", start + 1);
            case '=' -> new Token(Kind.COMPARISON, "=", start + 1);
            case '<', '>' -> {
                if (at < source.length() && source.charAt(at) == '=') {
                    at++;
                }
                yield new Token(Kind.COMPARISON, source.substring(start, at), start + 1);
            }
            case '!' -> {
                if (at < source.length() && source.charAt(at) == '=') {
                    at++;
                    yield new Token(Kind.COMPARISON, "!=", start + 1);
                }
                throw new ZoqlSyntaxException("'!' must be followed by '='", start + 1);
            }
            default ->
                    throw new ZoqlSyntaxException(
                            "unexpected character " + printable(c), start + 1);
        };
    }

    private Token string() {
        int start = at;
        at++;
        StringBuilder value = new StringBuilder();
        while (at < source.length()) {
            char c = source.charAt(at++);
            if (c == '\'') {
                return new Token(Kind.STRING, value.toString(), start + 1);
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new ZoqlSyntaxException(
                        "a string may not hold the control character " + printable(c), at);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (at >= source.length()) {
                break;
            }
            char escaped = source.charAt(at++);
            value.append(
                    switch (escaped) {
                        case '\'', '"', '\\' -> escaped;
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default ->
                                throw new ZoqlSyntaxException(
                                        "unknown escape \\" + printable(escaped), at - 1);
                    });
        }
        throw new ZoqlSyntaxException("a string is not closed by a quote", start + 1);
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    private static String printable(char c) {
        return c >= 0x21 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
