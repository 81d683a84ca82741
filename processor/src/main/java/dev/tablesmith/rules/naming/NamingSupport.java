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
    // compiled once: the conversions run for every name of every entity
    private static final Pattern UPPER_RUN = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern LOWER_UPPER = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NON_ALNUM = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
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
     * Latin letters with accents lose them ({@code Größe} → {@code groesse} is not attempted:
     * {@code grosse}); null for letters of other scripts, which have no spelling to suggest.
     */
    static String toSnakeCase(String name) {
        String ascii = toAsciiLetters(name);
        if (ascii == null) {
            return null;
        }
        String spaced = NON_ALNUM.matcher(LOWER_UPPER.matcher(UPPER_RUN.matcher(ascii).replaceAll("$1_$2"))
                .replaceAll("$1_$2")).replaceAll("_");
        String snake = EDGE_UNDERSCORES.matcher(spaced.toLowerCase(Locale.ROOT)).replaceAll("");
        if (snake.isEmpty()) {
            return "t";
        }
        return Character.isDigit(snake.charAt(0)) ? "t_" + snake : snake;
    }

    /** The handbook's name for a table: snake_case with its last word in the plural; null when there is none. */
    static String tableNameFor(String name) {
        String snake = toSnakeCase(name);
        return snake == null ? null : English.pluralizeLast(snake);
    }

    private static final java.util.Map<Integer, String> LATIN = java.util.Map.ofEntries(
            java.util.Map.entry((int) 'ß', "ss"), java.util.Map.entry((int) 'æ', "ae"), java.util.Map.entry((int) 'Æ', "AE"),
            java.util.Map.entry((int) 'ø', "o"), java.util.Map.entry((int) 'Ø', "O"), java.util.Map.entry((int) 'œ', "oe"),
            java.util.Map.entry((int) 'Œ', "OE"), java.util.Map.entry((int) 'ł', "l"), java.util.Map.entry((int) 'Ł', "L"),
            java.util.Map.entry((int) 'đ', "d"), java.util.Map.entry((int) 'Đ', "D"), java.util.Map.entry((int) 'þ', "th"),
            java.util.Map.entry((int) 'Þ', "Th"), java.util.Map.entry((int) 'ð', "d"), java.util.Map.entry((int) 'ı', "i"));

    /**
     * The name with Latin letters spelled in ASCII (accents dropped, ß as ss); other characters that
     * are not letters stay (they become underscores later); null when a letter of another script
     * remains.
     */
    static String toAsciiLetters(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c < 128) {
                b.append((char) c);
            } else if (LATIN.containsKey(c)) {
                b.append(LATIN.get(c));
            } else if (Character.isLetter(c)) {
                return null;
            } else {
                b.append('_');
            }
        }
        return b.toString();
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
        if (newName == null) {
            // a name in another script: no spelling to suggest, only where to write one
            String where = written == null || written.annotation() == null || written.path() == null
                    ? "@" + derivedAnnotation + "(name)" : "the name in @" + annotationOf(written, written.path().split("\\."));
            return "give it an ASCII snake_case name with " + where;
        }
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
        };
    }

    /**
     * The fix giving a column a new name: the annotation member it was written in, else the
     * annotation to add — {@code @Column}, {@code @JoinColumn}, {@code @OrderColumn}, or for a key
     * column of a join or collection table the {@code @JoinColumn} inside {@code @JoinTable} /
     * {@code @CollectionTable}.
     */
    static String fixForColumn(Table table, String column, Source source, String newName) {
        if (source.nameOrigin() != null || newName == null) {
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
        if (table.kind() == TableKind.ENTITY) {
            return fix(source, "JoinColumn", newName);
        }
        // the owner's key columns come first (joinColumns), the target's second (inverseJoinColumns)
        boolean inverse = table.kind() == TableKind.JOIN && table.foreignKeys().size() > 1
                && table.foreignKeys().get(1).columns().contains(column);
        return "add @" + tableAnnotation(table) + "(" + (inverse ? "inverseJoinColumns" : "joinColumns")
                + " = @JoinColumn(name = \"" + newName + "\"))";
    }
}
