package dev.tablesmith.safety;

import dev.tablesmith.safety.SqlLexer.Kind;
import dev.tablesmith.safety.SqlLexer.Token;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SQL fragments from annotations ({@code @Check}, {@code @TableIndex(where, expression)},
 * {@code @Default}, {@code @Exclusion} elements, {@code @Column(columnDefinition)}): each must be one
 * expression (or one column type) under every engine the build writes for, read by
 * {@link SqlLexer}; what it can tell about their shape for writing them.
 */
public final class SqlFragments {
    private static final Pattern OPERATOR = Pattern.compile("[+\\-*/<>=~!@#%^&|`?]+");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private SqlFragments() {}

    /** Why the fragment cannot be written as one expression (or column type); empty when it can. */
    public static Optional<String> problem(String fragment, Collection<SqlEngine> engines) {
        for (SqlEngine engine : engines) {
            for (boolean backslash : new boolean[] {false, true}) {
                List<Token> tokens;
                try {
                    tokens = SqlLexer.tokens(fragment, engine, backslash);
                } catch (SqlLexer.Problem p) {
                    return Optional.of(p.getMessage() + (engines.size() > 1 ? " (as " + engine.title() + " reads it)" : ""));
                }
                if (tokens.isEmpty()) {
                    return Optional.of("it is empty");
                }
                if (tokens.stream().anyMatch(t -> t.kind() == Kind.COMMA && t.depth() == 0)) {
                    return Optional.of("it holds a ',' outside parentheses, which would start another column, "
                            + "constraint or clause: a fragment is one expression");
                }
            }
        }
        return Optional.empty();
    }

    /** Why an {@code @Exclusion} operator is not one; empty when it is. */
    public static Optional<String> operatorProblem(String operator) {
        if (OPERATOR.matcher(operator).matches() && !operator.contains("--") && !operator.contains("/*")) {
            return Optional.empty();
        }
        return Optional.of("an operator is written with + - * / < > = ~ ! @ # % ^ & | ` ? only");
    }

    /**
     * Whether an expression stands alone where SQL expects a column or a parenthesised expression:
     * a function call whose closing parenthesis ends it, or a fully parenthesised expression.
     * Read as {@code engine} reads it; false for text that does not lex.
     */
    public static boolean isSelfDelimited(String expression, SqlEngine engine) {
        List<Token> t = tokensOrNull(expression, engine);
        if (t == null || t.isEmpty() || t.get(t.size() - 1).kind() != Kind.CLOSE) {
            return false;
        }
        int open = 0;
        if (t.get(0).kind() == Kind.WORD) {
            StringBuilder name = new StringBuilder();
            while (open < t.size() && t.get(open).kind() != Kind.OPEN) {
                name.append(t.get(open).text());
                open++;
            }
            if (!FUNCTION_NAME.matcher(name).matches()) {
                return false;
            }
        }
        if (open >= t.size() || !t.get(open).is("(")) {
            return false;
        }
        // the parenthesis opened at `open` must be the one closed last
        for (int k = open + 1; k < t.size() - 1; k++) {
            if (t.get(k).kind() == Kind.CLOSE && t.get(k).depth() == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a default can follow {@code DEFAULT} as it is: a number, a string (with a PostgreSQL
     * cast to a one-word type), a single word ({@code true}, {@code CURRENT_TIMESTAMP}) or a
     * self-delimited call. Anything else is written in parentheses, so nothing after it can be read
     * as another clause of the column.
     */
    public static boolean isSimpleDefault(String expression, SqlEngine engine) {
        List<Token> t = tokensOrNull(expression, engine);
        if (t == null || t.isEmpty()) {
            return false;
        }
        Token first = t.get(0);
        if (t.size() == 1) {
            return first.kind() == Kind.NUMBER || first.kind() == Kind.STRING || first.kind() == Kind.WORD;
        }
        if (t.size() == 2 && first.kind() == Kind.OPERATOR && (first.is("-") || first.is("+"))) {
            return t.get(1).kind() == Kind.NUMBER;
        }
        if (first.kind() == Kind.STRING && t.get(1).is("::") && t.size() >= 3 && t.get(2).kind() == Kind.WORD) {
            return t.size() == 3 || t.size() == 6 && t.get(3).is("(") && t.get(4).kind() == Kind.NUMBER
                    && t.get(5).is(")");
        }
        return isSelfDelimited(expression, engine);
    }

    private static List<Token> tokensOrNull(String sql, SqlEngine engine) {
        try {
            return SqlLexer.tokens(sql, engine, false);
        } catch (SqlLexer.Problem p) {
            return null;
        }
    }
}
