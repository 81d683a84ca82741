package dev.tablesmith.codegen;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Mermaid {@code erDiagram} of a schema: every table with its columns (type, name, PK/FK/UK)
 * and every foreign key as a relationship. Pure.
 *
 * <p>It keeps to the part of the grammar that old and new Mermaid versions (GitHub, IDE previews)
 * parse alike: plain identifiers, quoted where a name is a Mermaid keyword; attribute types without
 * spaces or commas ({@code timestamp_with_time_zone}, {@code numeric(10_2)}), since only recent
 * versions accept them; no attribute comments but {@code "deprecated"}. The exact types are in the
 * tables of the document.
 */
public final class ErDiagram {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words the diagram's lexer reads as keywords before it reads a name (case-insensitive). */
    private static final Set<String> KEYWORDS = Set.of("erdiagram", "end", "subgraph", "class", "classdef", "style",
            "direction", "one", "many", "only", "zero", "to", "optionally", "u", "title", "acctitle", "accdescr");
    /** Attribute words the lexer reads as key markers. */
    private static final Set<String> KEY_WORDS = Set.of("pk", "fk", "uk");

    private ErDiagram() {}

    /** The diagram, without the fence, ending with a newline. */
    public static String render(Schema schema, Dialect dialect) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table t : schema.tables()) {
            out.append("    ").append(entity(t.name())).append(" {\n");
            for (Column c : ColumnOrder.of(t)) {
                out.append("        ").append(type(dialect.type(c.type()))).append(' ').append(attribute(c.name()));
                List<String> keys = keys(t, c);
                if (!keys.isEmpty()) {
                    out.append(' ').append(String.join(", ", keys));
                }
                if (c.deprecated()) {
                    out.append(" \"deprecated\"");
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                out.append("    ").append(relationship(t, fk)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * {@code child }o..|| parent : "user_id"}: the child side is zero-or-more, or zero-or-one when
     * the key columns are unique; the parent side exactly one, or zero-or-one when a key column is
     * nullable; identifying ({@code --}) when the key is part of the child's primary key.
     */
    static String relationship(Table child, ForeignKey fk) {
        boolean unique = isUnique(child, fk.columns());
        boolean optional = fk.columns().stream().anyMatch(c -> child.column(c).map(Column::nullable).orElse(true));
        boolean identifying = child.primaryKey() != null && child.primaryKey().columns().containsAll(fk.columns());
        return entity(child.name()) + " " + (unique ? "|o" : "}o") + (identifying ? "--" : "..")
                + (optional ? "o|" : "||") + " " + entity(fk.referencedTable()) + " : \""
                + String.join(", ", fk.columns()).replace('"', '\'') + "\"";
    }

    private static boolean isUnique(Table t, List<String> columns) {
        Set<String> set = new HashSet<>(columns);
        if (t.primaryKey() != null && new HashSet<>(t.primaryKey().columns()).equals(set)) {
            return true;
        }
        if (t.uniqueConstraints().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(set))) {
            return true;
        }
        return t.indexes().stream().anyMatch(i -> i.unique() && i.where() == null
                && i.elements().stream().allMatch(e -> e.column() != null)
                && new HashSet<>(i.elements().stream().map(e -> e.column()).toList()).equals(set));
    }

    private static List<String> keys(Table t, Column c) {
        List<String> keys = new ArrayList<>();
        if (t.primaryKey() != null && t.primaryKey().columns().contains(c.name())) {
            keys.add("PK");
        }
        if (t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name()))) {
            keys.add("FK");
        }
        boolean unique = t.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(List.of(c.name())))
                || t.indexes().stream().anyMatch(i -> i.unique() && i.where() == null && single(i, c.name()));
        if (unique && !keys.contains("PK")) {
            keys.add("UK");
        }
        return keys;
    }

    private static boolean single(Index i, String column) {
        return i.elements().size() == 1 && column.equals(i.elements().get(0).column());
    }

    /** A table name as an entity: bare when the lexer reads it as a name, else in double quotes. */
    static String entity(String name) {
        if (IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        String quoted = name.replaceAll("[\"%\\\\\\r\\n]", "_");
        return "\"" + (quoted.isEmpty() ? "_" : quoted) + "\"";
    }

    /** A column name as an attribute word: other characters become {@code _}; a key marker gets one appended. */
    static String attribute(String name) {
        String word = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (word.isEmpty() || !Character.isLetter(word.charAt(0)) && word.charAt(0) != '_') {
            word = "_" + word;
        }
        return KEY_WORDS.contains(word.toLowerCase(Locale.ROOT)) ? word + "_" : word;
    }

    /** An SQL type as an attribute word: lower case, spaces and commas as {@code _}, nothing else but ()[]. */
    static String type(String sqlType) {
        String word = sqlType.toLowerCase(Locale.ROOT).replaceAll(",\\s*", "_").replaceAll("\\s+", "_")
                .replaceAll("[^a-z0-9_()\\[\\]]", "_");
        if (word.isEmpty() || !Character.isLetter(word.charAt(0)) && word.charAt(0) != '_') {
            word = "t_" + word;
        }
        return KEY_WORDS.contains(word) ? word + "_" : word;
    }
}
