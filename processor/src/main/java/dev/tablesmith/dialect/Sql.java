package dev.tablesmith.dialect;

import java.util.List;
import java.util.regex.Pattern;

/** Small helpers for writing SQL text. */
public final class Sql {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private Sql() {}

    /** A string literal: single quotes, embedded quotes doubled. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    public static String list(List<String> names) {
        return String.join(", ", names);
    }

    /**
     * Whether an expression may stand without extra parentheses where SQL expects a column or a
     * parenthesised expression: a function call whose closing parenthesis ends the expression, or
     * an expression already fully parenthesised.
     */
    public static boolean isSelfDelimited(String expression) {
        String e = expression.trim();
        int open = e.indexOf('(');
        if (open < 0 || !e.endsWith(")")) {
            return false;
        }
        String head = e.substring(0, open).trim();
        if (!head.isEmpty() && !QUALIFIED_NAME.matcher(head).matches()) {
            return false;
        }
        return matchingParen(e, open) == e.length() - 1;
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping quoted strings; -1 if none. */
    static int matchingParen(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The expression as an index or exclusion element: bare if self-delimited, else in parentheses. */
    public static String element(String expression) {
        String e = expression.trim();
        return IDENTIFIER.matcher(e).matches() || isSelfDelimited(e) ? e : "(" + e + ")";
    }
}
