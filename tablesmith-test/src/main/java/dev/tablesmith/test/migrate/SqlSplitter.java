package dev.tablesmith.test.migrate;

import dev.tablesmith.test.catalog.Engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements at top-level semicolons.
 *
 * <p>Understood everywhere: {@code -- line} and {@code /* block *}{@code /} comments (nested for
 * PostgreSQL), {@code '...'} strings with {@code ''} escapes, {@code "..."} identifiers.
 * PostgreSQL/SQLite: dollar quotes ({@code $$ ... $$}, {@code $tag$ ... $tag$}) and {@code E'...'}
 * strings with backslash escapes. MariaDB: backslash escapes in all strings, {@code `...`}
 * identifiers and {@code #} comments. SQLite: the {@code BEGIN ... END} body of a
 * {@code CREATE TRIGGER} (with {@code CASE ... END} inside) stays one statement. Not supported:
 * SQL-standard function bodies ({@code BEGIN ATOMIC ... END}), MySQL {@code DELIMITER} commands.
 *
 * <p>Returned statements have no terminating semicolon and no leading or trailing comments or
 * whitespace; statements consisting only of comments/whitespace are dropped.
 */
public final class SqlSplitter {

    private SqlSplitter() {
    }

    /** Splits with PostgreSQL rules. */
    public static List<String> split(String sql) {
        return split(sql, Engine.POSTGRESQL);
    }

    /** Splits with the lexical rules of the given engine. */
    public static List<String> split(String sql, Engine engine) {
        boolean mysql = engine == Engine.MARIADB;
        boolean dollarQuotes = !mysql;
        boolean sqlite = engine == Engine.SQLITE;
        List<String> out = new ArrayList<>();
        List<String> leadingWords = new ArrayList<>(); // the first words of the statement, to spot CREATE TRIGGER
        int blockDepth = 0; // open BEGIN/CASE of a SQLite trigger body
        int n = sql.length();
        int codeStart = -1; // first code character of the current statement, -1 if none yet
        int codeEnd = -1; // index after the last code token (trailing comments are dropped)
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
            if (c == '-' && next == '-' || mysql && c == '#') {
                i = endOfLine(sql, i);
                continue;
            }
            if (c == '/' && next == '*') {
                i = endOfBlockComment(sql, i, !mysql);
                continue;
            }
            if (c == ';' && blockDepth > 0) {
                i++;
                codeEnd = i;
                continue;
            }
            if (c == ';') {
                if (codeStart >= 0) {
                    out.add(sql.substring(codeStart, codeEnd));
                }
                codeStart = -1;
                leadingWords.clear();
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (codeStart < 0) {
                codeStart = i;
            }
            if (c == '\'') {
                boolean backslash = mysql || isEscapeStringPrefix(sql, i);
                i = endOfQuoted(sql, i, '\'', backslash);
            } else if (c == '"') {
                i = endOfQuoted(sql, i, '"', mysql);
            } else if (mysql && c == '`') {
                i = endOfQuoted(sql, i, '`', false);
            } else if (dollarQuotes && c == '$' && !isIdentifierPart(sql, i - 1)) {
                String tag = dollarTag(sql, i);
                if (tag != null) {
                    int close = sql.indexOf(tag, i + tag.length());
                    if (close < 0) {
                        throw new IllegalArgumentException("unterminated dollar quote " + tag + " at offset " + i);
                    }
                    i = close + tag.length();
                } else {
                    i++;
                }
            } else if (sqlite && (Character.isLetter(c) || c == '_') && !isIdentifierPart(sql, i - 1)) {
                int end = i;
                while (end < n && isIdentifierPart(sql, end)) {
                    end++;
                }
                String word = sql.substring(i, end).toUpperCase(java.util.Locale.ROOT);
                if (leadingWords.size() < 3) {
                    leadingWords.add(word);
                } else if (isTrigger(leadingWords)) {
                    if (word.equals("BEGIN") || word.equals("CASE")) {
                        blockDepth++;
                    } else if (word.equals("END")) {
                        blockDepth = Math.max(0, blockDepth - 1);
                    }
                }
                i = end;
            } else {
                i++;
            }
            codeEnd = i;
        }
        if (codeStart >= 0) {
            out.add(sql.substring(codeStart, codeEnd));
        }
        return out;
    }

    /** {@code CREATE [TEMP|TEMPORARY] TRIGGER}. */
    private static boolean isTrigger(List<String> words) {
        return words.get(0).equals("CREATE") && (words.get(1).equals("TRIGGER")
                || (words.get(1).equals("TEMP") || words.get(1).equals("TEMPORARY")) && words.get(2).equals("TRIGGER"));
    }

    private static int endOfLine(String sql, int i) {
        int nl = sql.indexOf('\n', i);
        return nl < 0 ? sql.length() : nl + 1;
    }

    private static int endOfBlockComment(String sql, int i, boolean nested) {
        int depth = 0;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i) && (nested || depth == 0)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated /* comment");
    }

    /** Returns the index after the closing quote; a doubled quote is an escaped quote. */
    private static int endOfQuoted(String sql, int i, char quote, boolean backslash) {
        int n = sql.length();
        int j = i + 1;
        while (j < n) {
            char c = sql.charAt(j);
            if (backslash && c == '\\') {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (j + 1 < n && sql.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " quote starting at offset " + i);
    }

    /** {@code E'...'} / {@code e'...'} not preceded by an identifier character. */
    private static boolean isEscapeStringPrefix(String sql, int quote) {
        if (quote == 0) {
            return false;
        }
        char p = sql.charAt(quote - 1);
        return (p == 'E' || p == 'e') && !isIdentifierPart(sql, quote - 2);
    }

    private static boolean isIdentifierPart(String sql, int i) {
        if (i < 0) {
            return false;
        }
        char c = sql.charAt(i);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The full {@code $tag$} starting at i, or null if this '$' does not open a dollar quote. */
    private static String dollarTag(String sql, int i) {
        int n = sql.length();
        int j = i + 1;
        if (j < n && sql.charAt(j) == '$') {
            return "$$";
        }
        if (j >= n || !(Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) {
            return null;
        }
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        return j < n && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }
}
