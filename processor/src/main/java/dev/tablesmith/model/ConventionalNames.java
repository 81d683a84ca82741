package dev.tablesmith.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the handbook gives objects nobody named: {@code idx_<table>_<columns>} for indexes
 * (the reader generates them, the naming rules suggest them). Pure.
 */
public final class ConventionalNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final Set<String> SQL_WORDS = Set.of("and", "or", "not", "null", "is", "in", "true", "false",
            "like", "between", "case", "when", "then", "else", "end", "cast", "as", "english", "simple");

    private ConventionalNames() {}

    /** The index Tablesmith adds for a foreign key: {@code idx_<table>_<columns>}. */
    public static String foreignKeyIndex(String table, List<String> columns) {
        return "idx_" + table + "_" + String.join("_", new LinkedHashSet<>(columns));
    }

    /** An index of these elements: its columns, then the words of its expressions and their first function. */
    public static String index(String table, List<IndexElement> elements) {
        List<IndexElement> columns = elements.stream().filter(e -> e.column() != null).toList();
        String expression = String.join(" ", elements.stream().filter(e -> e.expression() != null)
                .map(IndexElement::expression).toList());
        return index(table, columns, expression);
    }

    /**
     * An index of these column elements plus an expression (null for none): {@code lower(email)}
     * gives {@code idx_users_email_lower}.
     */
    public static String index(String table, List<IndexElement> elements, String expression) {
        Set<String> parts = new LinkedHashSet<>();
        for (IndexElement e : elements) {
            if (e.column() != null) {
                parts.add(e.column());
            }
        }
        if (expression != null && !expression.isEmpty()) {
            String withoutStrings = expression.replaceAll("'[^']*'", " ");
            Matcher fn = FUNCTION.matcher(withoutStrings);
            String function = fn.find() ? fn.group(1).toLowerCase(Locale.ROOT) : null;
            Matcher id = IDENTIFIER.matcher(withoutStrings);
            while (id.find()) {
                String word = id.group().toLowerCase(Locale.ROOT);
                boolean isFunction = withoutStrings.substring(id.end()).stripLeading().startsWith("(");
                if (!isFunction && !SQL_WORDS.contains(word)) {
                    parts.add(word);
                }
            }
            if (function != null) {
                parts.add(function);
            }
        }
        return "idx_" + table + "_" + String.join("_", parts);
    }
}
