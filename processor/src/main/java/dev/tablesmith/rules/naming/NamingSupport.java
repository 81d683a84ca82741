package dev.tablesmith.rules.naming;

import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the naming rules share: the snake_case test and conversion, and the text of a fix, which
 * names the annotation the user writes (or edits) to give an object the suggested name.
 */
final class NamingSupport {
    private NamingSupport() {}

    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** The annotation an array member holds ({@code @JoinTable(joinColumns = @JoinColumn(...))}). */
    private static final Map<String, String> NESTED = Map.of(
            "joinColumns", "JoinColumn", "inverseJoinColumns", "JoinColumn", "column", "Column",
            "foreignKey", "ForeignKey", "indexes", "Index", "uniqueConstraints", "UniqueConstraint");

    static boolean isSnakeCase(String name) {
        return SNAKE.matcher(name).matches();
    }

    /**
     * The snake_case spelling of a name: camelCase humps and runs of non-alphanumerics become
     * single underscores ({@code OrderItem} → {@code order_item}, {@code URLPath} → {@code url_path}).
     */
    static String toSnakeCase(String name) {
        String spaced = name
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_");
        String snake = spaced.toLowerCase(Locale.ROOT).replaceAll("^_+|_+$", "");
        if (snake.isEmpty()) {
            return "t";
        }
        return Character.isDigit(snake.charAt(0)) ? "t_" + snake : snake;
    }

    /** The handbook's name for a table: snake_case with its last word in the plural. */
    static String tableNameFor(String name) {
        return English.pluralizeLast(toSnakeCase(name));
    }

    /** The singular of a table name ({@code order_items} → {@code order_item}), as keys and foreign keys use it. */
    static String singularOf(String table) {
        return English.singularizeLast(table);
    }

    /**
     * The fix for a name: where it was written, the same annotation member with the new value
     * ({@code use @Table(name = "orders")}); where it was derived, the annotation to add.
     *
     * @param derivedAnnotation what to add when no name was written, e.g. {@code Table}
     */
    static String fix(Source source, String derivedAnnotation, String newName) {
        Origin written = source.nameOrigin();
        if (written == null || written.annotation() == null || written.path() == null) {
            return "add @" + derivedAnnotation + "(name = \"" + newName + "\")";
        }
        String[] segments = written.path().split("\\.");
        String member = segments[segments.length - 1];
        return "use @" + annotationOf(written, segments) + "(" + member + " = \"" + newName + "\")";
    }

    /** Simple name of the annotation whose member holds the value at the origin's path. */
    private static String annotationOf(Origin origin, String[] segments) {
        String top = origin.annotation();
        String simple = top.substring(top.lastIndexOf('.') + 1);
        if (segments.length < 2) {
            return simple;
        }
        String holder = segments[segments.length - 2].replaceAll("\\[\\d+]$", "");
        if (NESTED.containsKey(holder)) {
            return NESTED.get(holder);
        }
        if (holder.equals("value")) {
            // a repeatable annotation's container: Check.List → Check, JoinColumns → JoinColumn
            String container = top.endsWith(".List") ? top.substring(0, top.length() - 5) : top;
            String name = container.substring(container.lastIndexOf('.') + 1);
            return name.endsWith("s") && !top.endsWith(".List") ? name.substring(0, name.length() - 1) : name;
        }
        return simple;
    }

    /** The annotation that names a table of this kind. */
    static String tableAnnotation(Table table) {
        return switch (table.kind()) {
            case ENTITY -> "Table";
            case JOIN -> "JoinTable";
            case COLLECTION -> "CollectionTable";
            case SECONDARY -> "SecondaryTable";
            case GENERATOR -> "TableGenerator";
        };
    }

    /**
     * The fix giving a column a new name: the annotation member it was written in, else the
     * annotation to add — {@code @Column}, {@code @JoinColumn}, {@code @OrderColumn}, or for a key
     * column of a join or collection table the {@code @JoinColumn} inside {@code @JoinTable} /
     * {@code @CollectionTable}.
     */
    static String fixForColumn(Table table, String column, Source source, String newName) {
        if (source.nameOrigin() != null) {
            return fix(source, "Column", newName);
        }
        Origin origin = source.origin();
        if (origin.annotation() != null && origin.annotation().endsWith("OrderColumn")) {
            return fix(source, "OrderColumn", newName);
        }
        boolean foreignKey = source.column() != null && source.column().foreignKey();
        if (!foreignKey) {
            return fix(source, "Column", newName);
        }
        if (table.kind() == TableKind.ENTITY || table.kind() == TableKind.SECONDARY) {
            return fix(source, table.kind() == TableKind.SECONDARY ? "PrimaryKeyJoinColumn" : "JoinColumn", newName);
        }
        // the owner's key columns come first (joinColumns), the target's second (inverseJoinColumns)
        boolean inverse = table.kind() == TableKind.JOIN && table.foreignKeys().size() > 1
                && table.foreignKeys().get(1).columns().contains(column);
        return "add @" + tableAnnotation(table) + "(" + (inverse ? "inverseJoinColumns" : "joinColumns")
                + " = @JoinColumn(name = \"" + newName + "\"))";
    }

    static String quoted(String name) {
        return "'" + name + "'";
    }
}
