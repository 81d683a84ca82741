package dev.tablesmith.queries;

import java.util.List;

/**
 * What the rules need to know about one parsed SQL statement, independent of the parser: per
 * {@code SELECT} scope (the statement, each sub-select and CTE) the tables it reads, the columns it
 * names and where, the conditions that could use an index, its order and its paging.
 *
 * @param statement {@code SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code OTHER}
 * @param scopes the statement's scope first
 * @param insert the shape of an {@code INSERT}, or null
 * @param virtualNames names that are not tables of the schema: CTEs, aliases of derived tables
 */
public record ParsedQuery(String statement, List<Scope> scopes, Insert insert, List<String> virtualNames) {
    public ParsedQuery {
        scopes = List.copyOf(scopes);
        virtualNames = List.copyOf(virtualNames);
    }

    /** Where in a statement a column is named. */
    public enum Clause { SELECT, WHERE, JOIN, GROUP_BY, HAVING, ORDER_BY, SET, INSERT, RETURNING }

    /**
     * One {@code SELECT} (or the target of an {@code UPDATE}/{@code DELETE}).
     *
     * @param parent the index of the enclosing scope, or -1
     * @param stars {@code *} ("") and {@code t.*} (the qualifier) in the select list
     */
    public record Scope(int parent, List<TableRef> tables, List<ColumnRef> columns, List<Predicate> predicates,
            List<OrderItem> orderBy, List<String> stars, List<Like> likes, Paging paging) {
        public Scope {
            tables = List.copyOf(tables);
            columns = List.copyOf(columns);
            predicates = List.copyOf(predicates);
            orderBy = List.copyOf(orderBy);
            stars = List.copyOf(stars);
            likes = List.copyOf(likes);
        }
    }

    /** A table read or written, with its alias (null when none). */
    public record TableRef(String name, String alias) {
        public String nameInQuery() {
            return alias != null ? alias : name;
        }
    }

    /** A column as written: qualifier (alias or table, null when none) and name. */
    public record ColumnRef(String qualifier, String name, Clause clause) {
        public String text() {
            return qualifier == null ? name : qualifier + "." + name;
        }
    }

    /** How a condition compares. */
    public enum Op { EQUALS, IN, RANGE, LIKE, IS_NULL, NOT_EQUALS, OTHER }

    /**
     * One condition of a {@code WHERE} or {@code ON} over one column.
     *
     * @param function the normalised expression when the column is wrapped in a function ({@code
     *     lower(email)}), else null
     * @param other what the column is compared with
     * @param inOr under an {@code OR}: an index on this column alone does not serve the query
     */
    public record Predicate(ColumnRef column, String function, Op op, Operand other, Clause clause, boolean inOr) {}

    /**
     * The other side of a comparison.
     *
     * @param kind what it is
     * @param column the column, for {@link Operand.Kind#COLUMN}
     * @param text the literal's text (a string without its quotes), or the expression
     */
    public record Operand(Kind kind, ColumnRef column, String text) {
        /** Kinds of operands. */
        public enum Kind { PARAMETER, STRING, NUMBER, BOOLEAN, NULL, TEMPORAL, COLUMN, EXPRESSION, LIST, SUBQUERY }
    }

    /** One {@code ORDER BY} column. */
    public record OrderItem(ColumnRef column, boolean descending) {}

    /**
     * A {@code LIKE}/{@code ILIKE} whose pattern is known.
     *
     * @param pattern the literal pattern, or its first literal part when concatenated
     */
    public record Like(ColumnRef column, String pattern, String operator) {
        public boolean leadingWildcard() {
            return pattern.startsWith("%") || pattern.startsWith("_");
        }
    }

    /** {@code LIMIT}/{@code OFFSET}: a parameter, a literal with its value, or absent. */
    public record Paging(Bound limit, Bound offset) {
        public static final Paging NONE = new Paging(Bound.NONE, Bound.NONE);
    }

    /** One bound of {@link Paging}. */
    public record Bound(boolean present, boolean parameter, Long value, String text) {
        public static final Bound NONE = new Bound(false, false, null, null);
    }

    /**
     * An {@code INSERT}: its table, its column list (empty when none was written), and the number of
     * values in each {@code VALUES} row, or the width of its {@code SELECT} (-1 when it selects {@code *}).
     */
    public record Insert(String table, List<String> columns, List<Integer> rowSizes, Integer selectWidth) {
        public Insert {
            columns = List.copyOf(columns);
            rowSizes = List.copyOf(rowSizes);
        }
    }
}
