package dev.tablesmith.test.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What SQLite keeps only in the text of its {@code CREATE TABLE} and {@code CREATE INDEX}
 * statements: constraint names, check clauses, index expressions. A small scanner that skips
 * comments and quoted text; it reads SQL SQLite has already parsed, so it need not reject bad SQL.
 */
public final class SqliteTableText {
    private SqliteTableText() {
    }

    /** A {@code CONSTRAINT <name> PRIMARY KEY|UNIQUE|FOREIGN KEY (columns)} of a table. */
    public record NamedConstraint(String kind, String name, List<String> columns) {
    }

    /**
     * The SQL text with {@code "name"} written {@code name} where the name needs no quotes: SQLite's
     * ALTER TABLE RENAME rewrites the names it changes in stored index, trigger and check text in
     * quotes, which does not change what they mean.
     */
    public static String unquoteIdentifiers(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') { // a string literal is copied as it is
                int j = i + 1;
                while (j < n && (sql.charAt(j) != '\'' || j + 1 < n && sql.charAt(j + 1) == '\'')) {
                    j += sql.charAt(j) == '\'' ? 2 : 1;
                }
                out.append(sql, i, Math.min(j + 1, n));
                i = j;
            } else if (ch == '"') {
                int end = sql.indexOf('"', i + 1);
                String name = end < 0 ? "" : sql.substring(i + 1, end);
                if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    out.append(name);
                    i = end;
                } else {
                    out.append(ch);
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Finds {@code [CONSTRAINT name] CHECK (...)} clauses in a CREATE TABLE text, outside strings and comments. */
    public static List<DatabaseCatalog.CheckConstraint> checks(String table, String sql) {
        List<DatabaseCatalog.CheckConstraint> out = new ArrayList<>();
        int[] unnamed = {0};
        scan(sql, (word, words, i) -> {
            if (!word.equalsIgnoreCase("CHECK")) {
                return -1;
            }
            int open = sql.indexOf('(', i);
            int end = matchingParen(sql, open);
            String name = constraintName(words);
            if (name == null) {
                name = table + "_check" + (++unnamed[0]);
            }
            String body = sql.substring(open + 1, end);
            out.add(new DatabaseCatalog.CheckConstraint(name, "CHECK " + sql.substring(open, end + 1), body.trim(), true));
            return end + 1;
        });
        return out;
    }

    /** The table-level {@code CONSTRAINT <name> PRIMARY KEY|UNIQUE|FOREIGN KEY (columns)} of a CREATE TABLE text. */
    public static List<NamedConstraint> namedConstraints(String sql) {
        List<NamedConstraint> out = new ArrayList<>();
        scan(sql, (word, words, i) -> {
            String w = word.toUpperCase(Locale.ROOT);
            if (!w.equals("PRIMARY") && !w.equals("UNIQUE") && !w.equals("FOREIGN")) {
                return -1;
            }
            String name = constraintName(words);
            int j = skipSpace(sql, i);
            String kind = w.equals("UNIQUE") ? "UNIQUE" : w + " KEY";
            if (!w.equals("UNIQUE")) { // PRIMARY KEY, FOREIGN KEY
                if (!sql.regionMatches(true, j, "KEY", 0, 3)) {
                    return -1;
                }
                j = skipSpace(sql, j + 3);
            }
            if (name == null || j >= sql.length() || sql.charAt(j) != '(') {
                return -1; // unnamed, or a column constraint (email TEXT CONSTRAINT x UNIQUE)
            }
            int end = matchingParen(sql, j);
            List<String> columns = new ArrayList<>();
            for (String part : splitTopLevel(sql.substring(j + 1, end))) {
                columns.add(unquote(part.trim().split("\\s+")[0]));
            }
            out.add(new NamedConstraint(kind, name, columns));
            return end + 1;
        });
        return out;
    }

    /** The key parts of a {@code CREATE INDEX} text as written, without ASC/DESC/COLLATE, outer parentheses removed. */
    public static List<String> indexElements(String sql) {
        int on = indexOfWord(sql, "ON", 0);
        int open = on < 0 ? -1 : sql.indexOf('(', on);
        if (open < 0) {
            return List.of();
        }
        int end = matchingParen(sql, open);
        List<String> out = new ArrayList<>();
        for (String part : splitTopLevel(sql.substring(open + 1, end))) {
            String p = part.trim().replaceAll("(?i)\\s+(ASC|DESC)$", "").replaceAll("(?i)\\s+COLLATE\\s+\\S+$", "").trim();
            while (p.startsWith("(") && matchingParen(p, 0) == p.length() - 1) {
                p = p.substring(1, p.length() - 1).trim();
            }
            out.add(p);
        }
        return out;
    }

    /** The {@code WHERE} condition of a partial index's text, null if none. */
    public static String indexPredicate(String sql) {
        int w = sql.toUpperCase(Locale.ROOT).lastIndexOf(" WHERE ");
        return w < 0 ? null : sql.substring(w + 7).trim();
    }

    private interface WordHandler {
        /** Returns where to go on, or -1 to go on after the word. */
        int word(String word, List<String> previousWords, int after);
    }

    /** Calls the handler for each word outside comments and quotes, with the words before it since the last , ( or ). */
    private static void scan(String sql, WordHandler handler) {
        List<String> words = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char ch = sql.charAt(i);
            if (sql.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                int j = endOfQuoted(sql, i);
                words.add(unquote(sql.substring(i, Math.min(j + 1, n))));
                i = j + 1;
            } else if (Character.isLetter(ch) || ch == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                String word = sql.substring(i, j);
                int next = handler.word(word, words, j);
                if (next >= 0) {
                    i = next;
                    words.clear();
                } else {
                    words.add(word);
                    i = j;
                }
            } else {
                if (ch == ',' || ch == '(' || ch == ')') {
                    words.clear();
                }
                i++;
            }
        }
    }

    private static String constraintName(List<String> words) {
        return words.size() >= 2 && words.get(words.size() - 2).equalsIgnoreCase("CONSTRAINT")
                ? words.get(words.size() - 1) : null;
    }

    private static int endOfQuoted(String sql, int i) {
        char ch = sql.charAt(i);
        char close = ch == '[' ? ']' : ch;
        int n = sql.length();
        int j = i + 1;
        while (j < n) {
            if (sql.charAt(j) == close) {
                if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                    j += 2; // doubled quote
                    continue;
                }
                break;
            }
            j++;
        }
        return j;
    }

    /** The parts of a list at commas outside parentheses and quotes. */
    static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                i = endOfQuoted(list, i);
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }

    private static int indexOfWord(String sql, String word, int from) {
        int n = sql.length();
        for (int i = from; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                i = endOfQuoted(sql, i);
            } else if (sql.regionMatches(true, i, word, 0, word.length())
                    && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)) && sql.charAt(i - 1) != '_')
                    && (i + word.length() >= n || !Character.isLetterOrDigit(sql.charAt(i + word.length()))
                            && sql.charAt(i + word.length()) != '_')) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String unquote(String quoted) {
        if (quoted.length() >= 2 && "\"`[".indexOf(quoted.charAt(0)) >= 0) {
            return quoted.substring(1, quoted.length() - 1);
        }
        if (quoted.length() >= 2 && quoted.charAt(0) == '\'') {
            return quoted.substring(1, quoted.length() - 1);
        }
        return quoted;
    }

    static int matchingParen(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                i = sql.indexOf('\'', i + 1);
                while (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i = sql.indexOf('\'', i + 2);
                }
                if (i < 0) {
                    break;
                }
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in " + sql);
    }
}
