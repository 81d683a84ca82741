package dev.tablesmith.dialect;

import dev.tablesmith.safety.SqlEngine;
import dev.tablesmith.safety.SqlFragments;
import java.util.List;
import java.util.regex.Pattern;

/** Small helpers for writing SQL text. */
public final class Sql {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private Sql() {}

    /**
     * A string literal as {@code engine} reads it, holding exactly {@code text}: quotes doubled;
     * on MySQL/MariaDB backslashes doubled too (its default {@code sql_mode} reads {@code \} as an
     * escape; under {@code NO_BACKSLASH_ESCAPES} the doubled quotes still end the literal at the
     * same place); on PostgreSQL a text with backslashes is an {@code E''} string with them doubled,
     * which reads the same whatever {@code standard_conforming_strings} says. Newlines and other
     * characters stay as they are: inside a literal they are text. A {@code ${}, which Flyway would
     * replace as a placeholder, is written so Flyway does not see one ({@code \x24{} in an
     * {@code E''} string, {@code $\{} on MySQL).
     */
    public static String literal(String text, SqlEngine engine) {
        String quoted = text.replace("'", "''");
        boolean placeholder = text.contains("${"); // Flyway would replace it, even inside a literal
        return switch (engine) {
            case MYSQL -> "'" + quoted.replace("\\", "\\\\").replace("${", "$\\{") + "'";
            case POSTGRESQL -> text.indexOf('\\') >= 0 || placeholder
                    ? "E'" + quoted.replace("\\", "\\\\").replace("${", "\\x24{") + "'" : "'" + quoted + "'";
            case SQLITE -> "'" + quoted + "'";
        };
    }

    /** A PostgreSQL standard string literal (the form every engine agrees on for plain text). */
    public static String literal(String text) {
        return literal(text, SqlEngine.POSTGRESQL);
    }

    /**
     * Text for the rest of a {@code --} comment line: every line break (also {@code \r}, U+0085,
     * U+2028, U+2029) and every other control character becomes a space, so user text can never end
     * the comment and start SQL on the next line.
     */
    public static String commentLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                ? ' ' : c));
        return b.toString().replaceAll("\\s+", " ").trim().replace("${", "$ {");
    }

    public static String list(List<String> names) {
        return String.join(", ", names);
    }

    /**
     * Whether an expression may stand without extra parentheses where SQL expects a column or a
     * parenthesised expression: a function call whose closing parenthesis ends the expression, or
     * an expression already fully parenthesised (read as PostgreSQL reads it).
     */
    public static boolean isSelfDelimited(String expression) {
        return SqlFragments.isSelfDelimited(expression, SqlEngine.POSTGRESQL);
    }

    /** The expression as an index or exclusion element: bare if self-delimited, else in parentheses. */
    public static String element(String expression) {
        return element(expression, SqlEngine.POSTGRESQL);
    }

    /** As {@link #element(String)}, read as {@code engine} reads it. */
    public static String element(String expression, SqlEngine engine) {
        String e = expression.trim();
        return IDENTIFIER.matcher(e).matches() || SqlFragments.isSelfDelimited(e, engine) ? e : "(" + e + ")";
    }
}
