package dev.tablesmith.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the handbook gives objects nobody named: {@code idx_<table>_<columns>} for indexes,
 * {@code <table>_<columns>_fkey}, {@code _unique}, {@code _pkey} and {@code <table>_<column>_<what>}
 * for constraints (the reader generates them, the naming rules suggest them). Pure.
 *
 * <p>A generated name longer than {@link #MAX_BYTES} bytes would be cut by PostgreSQL without a
 * word (and two cut names can collide), so it is shortened deterministically instead: as much of
 * the name as fits, an underscore and the first 8 hex digits of the SHA-256 of the full name, then
 * the kind's suffix ({@code _fkey}), so the name still says what it is and stays stable from build
 * to build. Names a user wrote are never shortened: the {@code identifier-length} rule reports them.
 */
public final class ConventionalNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final Set<String> SQL_WORDS = Set.of("and", "or", "not", "null", "is", "in", "true", "false",
            "like", "between", "case", "when", "then", "else", "end", "cast", "as", "english", "simple");

    private ConventionalNames() {}

    /** PostgreSQL's identifier limit (NAMEDATALEN - 1), the smallest of the target databases. */
    public static final int MAX_BYTES = 63;
    private static final int HASH_DIGITS = 8;

    /** The index Tablesmith adds for a foreign key: {@code idx_<table>_<columns>}. */
    public static String foreignKeyIndex(String table, List<String> columns) {
        return fit("idx_" + table + "_" + String.join("_", new LinkedHashSet<>(columns)), "");
    }

    public static String primaryKey(String table) {
        return fit(table + "_pkey", "_pkey");
    }

    public static String foreignKey(String table, List<String> columns) {
        return fit(table + "_" + String.join("_", columns) + "_fkey", "_fkey");
    }

    public static String unique(String table, List<String> columns) {
        return fit(table + "_" + String.join("_", columns) + "_unique", "_unique");
    }

    /** A check on one column: {@code <table>_<column>_<what>} ({@code orders_status_valid}). */
    public static String check(String table, String column, String what) {
        return fit(table + "_" + column + "_" + what, "_" + what);
    }

    /** A name built elsewhere from table and column names, shortened when too long. */
    public static String generated(String name, String kindSuffix) {
        return fit(name, kindSuffix);
    }

    /**
     * The name itself when it fits in {@link #MAX_BYTES} bytes of UTF-8, else its head, an
     * underscore, 8 hex digits of its SHA-256 and {@code suffix} (which it must end with).
     */
    static String fit(String name, String suffix) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return name;
        }
        String kind = name.endsWith(suffix) ? suffix : "";
        String head = name.substring(0, name.length() - kind.length());
        String hash = "_" + sha256(name).substring(0, HASH_DIGITS);
        int room = MAX_BYTES - hash.length() - kind.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < head.length(); ) {
            int cp = head.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > room) {
                break;
            }
            kept.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        while (kept.length() > 0 && kept.charAt(kept.length() - 1) == '_') {
            kept.setLength(kept.length() - 1);
        }
        return kept + hash + kind;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
        return fit("idx_" + table + "_" + String.join("_", parts), "");
    }
}
