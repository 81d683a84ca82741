package dev.tablesmith.dialect;

import dev.tablesmith.safety.SqlEngine;
import dev.tablesmith.safety.SqlFragments;
import dev.tablesmith.model.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small helpers for writing SQL text. */
public final class Sql {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
    /** PostgreSQL's volatile functions a default is written with; now() and current_timestamp are stable. */
    private static final Pattern VOLATILE_CALL = Pattern.compile("\\b(random|gen_random_uuid|uuid_generate_v1|"
            + "uuid_generate_v1mc|uuid_generate_v4|clock_timestamp|timeofday|nextval|txid_current|uuidv4|uuidv7)\\s*\\(");
    private static final Pattern STORED_GENERATED = Pattern.compile("\\bas\\s*\\(.*\\)\\s*stored\\b",
            Pattern.DOTALL);
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

    /** The first volatile function {@code expression} calls ({@code gen_random_uuid}), outside string literals. */
    public static Optional<String> volatileCall(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        var m = VOLATILE_CALL.matcher(STRING_LITERAL.matcher(expression.toLowerCase(Locale.ROOT)).replaceAll("''"));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A {@code columnDefinition} that declares a STORED generated column ({@code ... GENERATED ALWAYS AS (...) STORED}). */
    public static boolean storedGenerated(ColumnType type) {
        return type.kind() == ColumnType.Kind.CUSTOM && type.custom() != null && STORED_GENERATED.matcher(
                STRING_LITERAL.matcher(type.custom().toLowerCase(Locale.ROOT)).replaceAll("''")).find();
    }
}
