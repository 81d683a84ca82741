package dev.tablesmith.safety;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a piece of SQL into tokens the way one engine reads it: string literals, quoted names,
 * PostgreSQL's dollar quotes, comments, parentheses. It exists to find out where a fragment written
 * in an annotation would end in the statement around it, so it is strict where engines (and
 * Flyway's own statement splitter, which reads the file before the engine does) could disagree:
 * it refuses a comment of any form, a {@code ;} even inside parentheses, a Flyway placeholder, and
 * it reads each fragment twice, with and without backslash escapes in strings (MySQL's default and
 * its {@code NO_BACKSLASH_ESCAPES}, PostgreSQL's {@code E''} strings and
 * {@code standard_conforming_strings}), so that a fragment is accepted only when every reading
 * ends it at the same place.
 *
 * <p>Hand-written rather than a SQL parser (JSqlParser was considered): what matters here is the
 * lexical rules of three engines exactly (dollar quotes, {@code #} comments, backtick and bracket
 * names, backslash escapes), not a grammar; a parser of one SQL dialect refuses valid expressions
 * of the others (exclusion elements, operator classes, {@code ::} casts, {@code @>}) and costs every
 * compile its class loading.
 */
public final class SqlLexer {
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_\\x{80}-\\x{10FFFF}][A-Za-z0-9_\\x{80}-\\x{10FFFF}]*)?\\$");

    /** What a token is. */
    public enum Kind { WORD, NUMBER, STRING, QUOTED_NAME, OPEN, CLOSE, COMMA, OPERATOR }

    /**
     * One token.
     *
     * @param depth the number of parentheses and brackets open around it (an opening one counts
     *     itself, a closing one does not)
     */
    public record Token(Kind kind, String text, int depth) {
        public boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }
    }

    /** Why a fragment cannot stand in a statement, with the offset where it goes wrong. */
    public static final class Problem extends Exception {
        private final int offset;

        Problem(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private final String sql;
    private final SqlEngine engine;
    private final boolean backslashEscapes;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Character> open = new ArrayDeque<>();
    private int i;

    private SqlLexer(String sql, SqlEngine engine, boolean backslashEscapes) {
        this.sql = sql;
        this.engine = engine;
        this.backslashEscapes = backslashEscapes;
    }

    /**
     * The tokens of {@code sql} as {@code engine} reads it, with backslashes in strings read as
     * escapes or not.
     *
     * @throws Problem when the text has a comment, a {@code ;}, a placeholder, a NUL, an unclosed
     *     quote, or parentheses that do not pair up
     */
    public static List<Token> tokens(String sql, SqlEngine engine, boolean backslashEscapes) throws Problem {
        return new SqlLexer(sql, engine, backslashEscapes).run();
    }

    private List<Token> run() throws Problem {
        int placeholder = sql.indexOf("${");
        if (placeholder >= 0) {
            throw new Problem("it holds '${', which Flyway reads as the start of a placeholder (even inside a "
                    + "string) and replaces before the database sees the statement", placeholder);
        }
        int nul = sql.indexOf('\0');
        if (nul >= 0) {
            throw new Problem("it holds a NUL character (U+0000), which no database takes in SQL text", nul);
        }
        while (i < sql.length()) {
            char c = sql.charAt(i);
            char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && next == '-' || c == '/' && next == '*' || c == '#' && engine == SqlEngine.MYSQL) {
                throw new Problem("it holds a comment (" + (c == '#' ? "#" : "" + c + next) + "), which would hide the "
                        + "rest of the statement from the database: remove it (explain the expression in the Java "
                        + "code instead)", i);
            } else if (c == ';') {
                throw new Problem("it holds ';', which ends the statement: a fragment is one expression, and "
                        + "another statement can never be written through it", i);
            } else if (c == '\'') {
                add(Kind.STRING, quoted('\'', backslashEscapes || isEscapeStringPrefix()));
            } else if (c == '"') {
                // an identifier in PostgreSQL and SQLite; a string in MySQL (unless ANSI_QUOTES)
                boolean string = engine == SqlEngine.MYSQL;
                add(string ? Kind.STRING : Kind.QUOTED_NAME, quoted('"', string && backslashEscapes));
            } else if (c == '`' && engine != SqlEngine.POSTGRESQL) {
                add(Kind.QUOTED_NAME, quoted('`', false));
            } else if (c == '[' && engine == SqlEngine.SQLITE) {
                add(Kind.QUOTED_NAME, bracketName());
            } else if (c == '$' && engine == SqlEngine.POSTGRESQL && dollarQuoteStarts()) {
                add(Kind.STRING, dollarQuoted());
            } else if (c == '(' || c == '[') {
                open.push(c);
                tokens.add(new Token(Kind.OPEN, String.valueOf(c), open.size()));
                i++;
            } else if (c == ')' || c == ']') {
                char expected = c == ')' ? '(' : '[';
                if (open.isEmpty() || open.peek() != expected) {
                    throw new Problem("its '" + c + "' closes " + (open.isEmpty() ? "a parenthesis it did not open, "
                            + "so the text after it would stand outside the expression"
                            : "a '" + open.peek() + "' with the wrong bracket"), i);
                }
                open.pop();
                add(Kind.CLOSE, String.valueOf(c));
                i++;
            } else if (c == ',') {
                add(Kind.COMMA, ",");
                i++;
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(next)) {
                add(Kind.NUMBER, number());
            } else if (isWordStart(c)) {
                add(Kind.WORD, word());
            } else {
                add(Kind.OPERATOR, operator());
            }
        }
        if (!open.isEmpty()) {
            throw new Problem("it opens a '" + open.peek() + "' it does not close", sql.length());
        }
        return tokens;
    }

    private void add(Kind kind, String text) {
        tokens.add(new Token(kind, text, open.size()));
    }

    /** {@code E'...'} (PostgreSQL): backslashes always escape. */
    private boolean isEscapeStringPrefix() {
        if (engine != SqlEngine.POSTGRESQL || tokens.isEmpty() || i == 0) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        char before = sql.charAt(i - 1);
        return last.kind() == Kind.WORD && last.is("e") && (before == 'e' || before == 'E');
    }

    /** A quoted run from the quote at {@code i}; the quote doubled stands for itself. */
    private String quoted(char quote, boolean backslash) throws Problem {
        int start = i;
        i++;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    i++;
                    return sql.substring(start, i);
                }
            } else {
                i++;
            }
        }
        throw new Problem("its " + quote + " at offset " + start + " is never closed" + (backslash
                ? " when a backslash escapes the next character (MySQL's default, PostgreSQL's E'' strings): "
                        + "a backslash before a quote is read differently by the databases, so leave it out"
                : ", so the rest of the statement would be read as part of it"), start);
    }

    /** SQLite's {@code [name]}: a quoted name up to the next {@code ]}; only name characters are taken. */
    private String bracketName() throws Problem {
        int start = i;
        int end = sql.indexOf(']', i);
        if (end < 0) {
            throw new Problem("its '[' (a quoted name in SQLite) is never closed", start);
        }
        String inside = sql.substring(i + 1, end);
        if (!inside.codePoints().allMatch(c -> c == '_' || c == ' ' || Character.isLetterOrDigit(c))) {
            throw new Problem("it holds '[" + inside + "]', which SQLite reads as one quoted name", start);
        }
        i = end + 1;
        return sql.substring(start, i);
    }

    /** PostgreSQL reads {@code $tag$} as a dollar quote unless the {@code $} continues a name or is {@code $1}. */
    private boolean dollarQuoteStarts() {
        if (i > 0) {
            char before = sql.charAt(i - 1);
            if (Character.isLetterOrDigit(before) || before == '_' || before == '$') {
                return false;
            }
        }
        Matcher m = DOLLAR_TAG.matcher(sql).region(i, sql.length());
        return m.lookingAt();
    }

    private String dollarQuoted() throws Problem {
        Matcher m = DOLLAR_TAG.matcher(sql).region(i, sql.length());
        m.lookingAt();
        String tag = m.group();
        int end = sql.indexOf(tag, m.end());
        if (end < 0) {
            throw new Problem("its dollar quote " + tag + " is never closed, so the rest of the statement would be "
                    + "read as part of it", i);
        }
        int start = i;
        i = end + tag.length();
        return sql.substring(start, i);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || Character.isHighSurrogate(c);
    }

    private String word() {
        int start = i;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else {
                break;
            }
        }
        return sql.substring(start, i);
    }

    private String number() {
        int start = i;
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int save = i++;
            if (i < sql.length() && (sql.charAt(i) == '+' || sql.charAt(i) == '-')) {
                i++;
            }
            if (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            } else {
                i = save;
            }
        }
        return sql.substring(start, i);
    }

    /** A run of operator characters ({@code ::}, {@code <>}, {@code @>}); stops before a comment. */
    private String operator() {
        int start = i;
        i++;
        while (i < sql.length() && "+-*/<>=~!@%^&|`?:".indexOf(sql.charAt(i)) >= 0
                && "+-*/<>=~!@%^&|`?:".indexOf(sql.charAt(start)) >= 0) {
            char c = sql.charAt(i);
            char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
            if (c == '-' && next == '-' || c == '/' && next == '*') {
                break;
            }
            i++;
        }
        return sql.substring(start, i);
    }
}
