package dev.tablesmith.test.compare;

import dev.tablesmith.test.catalog.Engine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A canonical text of a SQL expression, so that the expression an entity declares and the one the
 * engine gives back compare equal when they differ only in spelling: case outside string literals,
 * whitespace, identifier quotes ({@code "x"}, {@code `x`}), number forms ({@code 0.00} = {@code 0}),
 * PostgreSQL's casts ({@code 'x'::character varying}), its {@code = ANY (ARRAY[...])} for
 * {@code IN (...)} and {@code ~~} for {@code LIKE}, MariaDB's {@code b'1'} bits and
 * {@code true}/{@code false} as {@code 1}/{@code 0}, and parentheses that group a single term, a
 * whole argument or the whole expression.
 *
 * <p>It does not know operator precedence, so it keeps parentheses around a part of a longer
 * expression, which PostgreSQL adds around every operator: there {@link PostgresExpressions} lets
 * the server itself print both sides. The text is for comparing (and for showing the database's
 * side in a difference); it is not meant to be run.
 */
public final class SqlText {
    private SqlText() {
    }

    /** Words before a parenthesis that make it a grouping one, not a function's argument list. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "then", "else", "when", "case",
            "between", "like", "ilike", "where", "select", "from", "as", "distinct", "on", "by", "return", "null");
    /** Words that continue a type name after {@code ::} ({@code character varying}, {@code timestamp with time zone}). */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");
    private static final List<String> OPERATORS = List.of("!~~*", "!~~", "~~*", "::", "<>", "!=", "<=", ">=", "||",
            "->>", "->", "!~*", "!~", "~*", "~~", "@@", "&&", "<@", "@>", "<<", ">>");

    /** The canonical text of an expression as the given engine would spell it. */
    public static String canonical(String sql, Engine engine) {
        if (sql == null) {
            return null;
        }
        List<Object> items = parse(tokens(sql.trim(), engine));
        items = rewrite(items, engine, true);
        return print(items);
    }

    // ---------------------------------------------------------------- tokens

    private static List<String> tokens(String sql, Engine engine) {
        List<String> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && next == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && next == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (engine == Engine.MARIADB && (c == 'b' || c == 'B') && next == '\'') {
                int end = sql.indexOf('\'', i + 2);
                String bits = sql.substring(i + 2, end < 0 ? n : end);
                out.add(bits.isEmpty() ? "0" : new BigInteger(bits, 2).toString());
                i = end < 0 ? n : end + 1;
            } else if (c == '\'') {
                int j = i + 1;
                StringBuilder literal = new StringBuilder("'");
                while (j < n) {
                    char d = sql.charAt(j);
                    if (engine == Engine.MARIADB && d == '\\' && j + 1 < n) {
                        char e = sql.charAt(j + 1);
                        literal.append(e == '\'' ? "''" : "\\" + e);
                        j += 2;
                    } else if (d == '\'' && j + 1 < n && sql.charAt(j + 1) == '\'') {
                        literal.append("''");
                        j += 2;
                    } else if (d == '\'') {
                        break;
                    } else {
                        literal.append(d);
                        j++;
                    }
                }
                out.add(literal.append('\'').toString());
                i = j + 1;
            } else if (c == '"' || c == '`' || c == '[' && engine == Engine.SQLITE) {
                char close = c == '[' ? ']' : c;
                int end = sql.indexOf(close, i + 1);
                out.add(sql.substring(i + 1, end < 0 ? n : end));
                i = end < 0 ? n : end + 1;
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(next)) {
                int j = i;
                while (j < n && (Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
                    j++;
                }
                if (j < n && (sql.charAt(j) == 'e' || sql.charAt(j) == 'E') && j + 1 < n
                        && (Character.isDigit(sql.charAt(j + 1)) || "+-".indexOf(sql.charAt(j + 1)) >= 0)) {
                    j += 2;
                    while (j < n && Character.isDigit(sql.charAt(j))) {
                        j++;
                    }
                }
                out.add(number(sql.substring(i, j)));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                out.add(sql.substring(i, j).toLowerCase(Locale.ROOT));
                i = j;
            } else {
                String op = operatorAt(sql, i);
                out.add(op);
                i += op.length();
            }
        }
        return out;
    }

    private static String operatorAt(String sql, int i) {
        for (String o : OPERATORS) {
            if (sql.startsWith(o, i)) {
                return o;
            }
        }
        return String.valueOf(sql.charAt(i));
    }

    private static String number(String text) {
        try {
            BigDecimal d = new BigDecimal(text);
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    // ---------------------------------------------------------------- tree

    /** A parenthesised group. */
    private record Group(List<Object> items) {
    }

    private static List<Object> parse(List<String> tokens) {
        List<List<Object>> stack = new ArrayList<>();
        stack.add(new ArrayList<>());
        for (String t : tokens) {
            if (t.equals("(")) {
                stack.add(new ArrayList<>());
            } else if (t.equals(")") && stack.size() > 1) {
                List<Object> inner = stack.remove(stack.size() - 1);
                stack.get(stack.size() - 1).add(new Group(inner));
            } else {
                stack.get(stack.size() - 1).add(t);
            }
        }
        while (stack.size() > 1) { // unbalanced: close what is open
            List<Object> inner = stack.remove(stack.size() - 1);
            stack.get(stack.size() - 1).add(new Group(inner));
        }
        return stack.get(0);
    }

    private static List<Object> rewrite(List<Object> items, Engine engine, boolean whole) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof Group g) {
                boolean call = !out.isEmpty() && out.get(out.size() - 1) instanceof String prev && isName(prev);
                out.add(new Group(rewrite(g.items(), engine, !call)));
                continue;
            }
            String t = (String) item;
            if (t.equals("::")) { // a PostgreSQL cast: the type name, its modifiers and array brackets go
                i = skipType(items, i + 1);
                continue;
            }
            if (t.equals("!=")) {
                t = "<>";
            }
            if (engine == Engine.POSTGRESQL) {
                switch (t) {
                    case "~~" -> t = "like";
                    case "~~*" -> t = "ilike";
                    case "!~~" -> {
                        out.add("not");
                        t = "like";
                    }
                    case "!~~*" -> {
                        out.add("not");
                        t = "ilike";
                    }
                    default -> {
                    }
                }
            }
            if (engine == Engine.MARIADB && (t.equals("true") || t.equals("false"))) {
                t = t.equals("true") ? "1" : "0";
            }
            out.add(t);
        }
        out = unwrap(out);
        out = anyArrayAsIn(out);
        if (whole) {
            while (out.size() == 1 && out.get(0) instanceof Group g) {
                out = g.items();
            }
        }
        return out;
    }

    /** Index after a type name that starts at {@code start}: words, then {@code (n[, m])}, then {@code []}s. */
    private static int skipType(List<Object> items, int start) {
        int i = start;
        if (i < items.size() && items.get(i) instanceof String) {
            i++;
        }
        while (i < items.size()) {
            Object item = items.get(i);
            if (item instanceof String w && TYPE_WORDS.contains(w)) {
                i++;
            } else if (item instanceof Group g && !g.items().isEmpty()
                    && g.items().stream().allMatch(x -> x instanceof String s && (s.equals(",") || s.matches("\\d+")))) {
                i++; // (6) of timestamp(6) with time zone, (10,2) of numeric(10,2)
            } else {
                break;
            }
        }
        while (i + 1 < items.size() && "[".equals(items.get(i)) && "]".equals(items.get(i + 1))) {
            i += 2;
        }
        return i - 1;
    }

    /**
     * Parentheses that group one term ({@code (status)}), that hold a whole argument
     * ({@code f((a || b), c)}) or another group ({@code ((a))}) are dropped.
     */
    private static List<Object> unwrap(List<Object> items) {
        List<Object> out = new ArrayList<>(items);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Group g)) {
                continue;
            }
            boolean call = i > 0 && out.get(i - 1) instanceof String prev && isName(prev);
            if (call) {
                // an argument list: each argument that is a group alone is unwrapped
                out.set(i, new Group(unwrapArguments(g.items())));
                continue;
            }
            List<Object> inner = g.items();
            while (inner.size() == 1 && inner.get(0) instanceof Group only) {
                inner = only.items();
            }
            if (inner.size() == 1 || isArrayConstructor(inner)) {
                out.remove(i);
                out.addAll(i, inner);
                i--;
            } else {
                out.set(i, new Group(inner));
            }
        }
        return out;
    }

    private static List<Object> unwrapArguments(List<Object> items) {
        List<Object> out = new ArrayList<>();
        List<Object> argument = new ArrayList<>();
        for (Object item : items) {
            if (",".equals(item)) {
                out.addAll(unwrapWhole(argument));
                out.add(",");
                argument = new ArrayList<>();
            } else {
                argument.add(item);
            }
        }
        out.addAll(unwrapWhole(argument));
        return out;
    }

    private static List<Object> unwrapWhole(List<Object> argument) {
        List<Object> a = argument;
        while (a.size() == 1 && a.get(0) instanceof Group g) {
            a = g.items();
        }
        return a;
    }

    private static boolean isArrayConstructor(List<Object> items) {
        return items.size() >= 3 && "array".equals(items.get(0)) && "[".equals(items.get(1))
                && "]".equals(items.get(items.size() - 1));
    }

    /** {@code x = ANY (ARRAY[a, b])} is how PostgreSQL prints {@code x IN (a, b)}; {@code <> ALL} is {@code NOT IN}. */
    private static List<Object> anyArrayAsIn(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (i + 2 < items.size() && ("=".equals(item) || "<>".equals(item))
                    && ("=".equals(item) ? "any" : "all").equals(items.get(i + 1))
                    && items.get(i + 2) instanceof Group g && isArrayConstructor(g.items())) {
                List<Object> list = new ArrayList<>(g.items().subList(2, g.items().size() - 1));
                if ("<>".equals(item)) {
                    out.add("not");
                }
                out.add("in");
                out.add(new Group(list));
                i += 2;
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /** A word a parenthesis after which is an argument list: a function's name, or IN, ANY, ALL, EXISTS. */
    private static boolean isName(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')
                && !KEYWORDS.contains(token);
    }

    private static final Set<String> LIST_WORDS = Set.of("in", "any", "all", "exists");

    // ---------------------------------------------------------------- printing

    private static String print(List<Object> items) {
        StringBuilder sb = new StringBuilder();
        Object previous = null;
        for (Object item : items) {
            String text = item instanceof Group g ? "(" + print(g.items()) + ")" : (String) item;
            if (previous != null && space(previous, item)) {
                sb.append(' ');
            }
            sb.append(text);
            previous = item;
        }
        return sb.toString();
    }

    private static boolean space(Object previous, Object item) {
        if (",".equals(item) || ".".equals(item) || ".".equals(previous) || "]".equals(item) || "[".equals(previous)) {
            return false;
        }
        if ("[".equals(item)) {
            return !(previous instanceof String p && (isName(p) || p.equals("]")));
        }
        if (item instanceof Group && previous instanceof String p && isName(p) && !LIST_WORDS.contains(p)) {
            return false; // f(x)
        }
        return true;
    }
}
