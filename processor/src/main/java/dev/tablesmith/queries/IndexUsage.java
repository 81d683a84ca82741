package dev.tablesmith.queries;

import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.ParsedQuery.Op;
import dev.tablesmith.queries.ParsedQuery.Operand;
import dev.tablesmith.queries.ParsedQuery.OrderItem;
import dev.tablesmith.queries.ParsedQuery.Predicate;
import dev.tablesmith.queries.ParsedQuery.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which index serves a query, table by table, as a b-tree is used: an index (the primary key and
 * unique constraints count, and so do the foreign-key indexes) serves a table of a query when it
 * leads with a column the query compares for equality, a range or a join, with an expression the
 * query filters by ({@code lower(email) = ?} and an index on {@code lower(email)}), or with the
 * column the query orders by before a {@code LIMIT}. A partial index counts only when the query
 * repeats its predicate. Conditions under an {@code OR} and negations serve nothing. Pure: the
 * judgement of a planner without statistics, which the EXPLAIN helper checks on a real database.
 */
public final class IndexUsage {
    private IndexUsage() {}

    /**
     * How one table of one scope is reached.
     *
     * @param index the index that serves it (the best, by the number of leading columns it matches), or null
     * @param equality the columns compared for equality, in query order
     * @param range the columns compared by range ({@code <}, {@code BETWEEN}, {@code LIKE 'x%'})
     * @param functions the expressions over a column the query filters by
     * @param joins the columns joined on, with whether the other side has an index leading with its column
     * @param orderBy the order, when the scope has a {@code LIMIT}
     */
    public record TableUse(int scope, Table table, String index, List<String> equality, List<String> range,
            List<String> functions, List<String> functionColumns, List<String> joins, boolean otherSideIndexed,
            List<OrderItem> orderBy) {
        /** The query filters or orders this table in a way an index could serve. */
        public boolean wantsIndex() {
            return !equality.isEmpty() || !range.isEmpty() || !functions.isEmpty() || !orderBy.isEmpty();
        }

        public boolean joined() {
            return !joins.isEmpty();
        }
    }

    /** An access path: a name and the leading keys (columns, or normalised expressions). */
    record Path(String name, List<String> keys, String where) {}

    public static List<TableUse> of(Resolution resolution) {
        List<TableUse> out = new ArrayList<>();
        List<Scope> scopes = resolution.query().scopes();
        for (int s = 0; s < scopes.size(); s++) {
            Scope scope = scopes.get(s);
            Set<String> seen = new LinkedHashSet<>();
            for (Table table : resolution.tablesOf(s)) {
                if (seen.add(table.name())) {
                    out.add(use(resolution, s, scope, table));
                }
            }
        }
        return out;
    }

    private static TableUse use(Resolution resolution, int s, Scope scope, Table table) {
        Set<String> equality = new LinkedHashSet<>();
        Set<String> range = new LinkedHashSet<>();
        Set<String> functions = new LinkedHashSet<>();
        Set<String> functionColumns = new LinkedHashSet<>();
        Set<String> joins = new LinkedHashSet<>();
        Set<String> literalEqualities = new LinkedHashSet<>();
        boolean otherSideIndexed = false;
        for (Predicate p : scope.predicates()) {
            if (p.inOr() || !ownedBy(resolution, s, p.column(), table)) {
                continue;
            }
            String column = Resolution.bare(p.column().name());
            if (p.function() != null) {
                if (p.op() == Op.EQUALS || p.op() == Op.IN || p.op() == Op.RANGE || p.op() == Op.LIKE) {
                    functions.add(p.function());
                    functionColumns.add(column);
                }
                continue;
            }
            boolean join = p.other().kind() == Operand.Kind.COLUMN && p.other().column() != null;
            if (join) {
                Optional<Resolution.Resolved> other = resolution.resolve(s, p.other().column());
                if (other.isPresent() && other.get().table() != null && !other.get().table().name().equals(table.name())
                        && p.op() == Op.EQUALS) {
                    joins.add(column);
                    otherSideIndexed |= leads(other.get().table(), Resolution.bare(p.other().column().name()));
                    continue;
                }
            }
            switch (p.op()) {
                case EQUALS, IN, IS_NULL -> {
                    equality.add(column);
                    if (p.op() == Op.EQUALS && (p.other().kind() == Operand.Kind.STRING
                            || p.other().kind() == Operand.Kind.NUMBER || p.other().kind() == Operand.Kind.BOOLEAN)) {
                        String value = p.other().kind() == Operand.Kind.STRING ? "'" + p.other().text() + "'" : p.other().text();
                        literalEqualities.add(normalise(column + "=" + value));
                    }
                }
                case RANGE, LIKE -> range.add(column);
                default -> { }
            }
        }
        List<OrderItem> orderBy = new ArrayList<>();
        if (scope.paging().limit().present()) {
            for (OrderItem o : scope.orderBy()) {
                if (ownedBy(resolution, s, o.column(), table)) {
                    orderBy.add(o);
                } else {
                    break;
                }
            }
        }
        String best = null;
        int bestScore = 0;
        for (Path path : paths(table)) {
            if (path.where() != null && !literalEqualities.contains(normalise(path.where()))) {
                continue;
            }
            int score = score(path, equality, range, functions, joins, orderBy);
            if (score > bestScore) {
                best = path.name();
                bestScore = score;
            }
        }
        return new TableUse(s, table, best, List.copyOf(equality), List.copyOf(range), List.copyOf(functions),
                List.copyOf(functionColumns), List.copyOf(joins), otherSideIndexed, List.copyOf(orderBy));
    }

    /** How many leading keys of a path the query uses: equality keys, then one range or the order. */
    private static int score(Path path, Set<String> equality, Set<String> range, Set<String> functions,
            Set<String> joins, List<OrderItem> orderBy) {
        int score = 0;
        int i = 0;
        List<String> keys = path.keys();
        while (i < keys.size() && (equality.contains(keys.get(i)) || functions.contains(keys.get(i))
                || joins.contains(keys.get(i)))) {
            score += 2;
            i++;
        }
        if (i < keys.size() && range.contains(keys.get(i))) {
            score += 1;
        } else if (i < keys.size() && !orderBy.isEmpty() && keys.get(i).equals(Resolution.bare(orderBy.get(0).column().name()))) {
            score += 1;
        }
        return score;
    }

    /** Whether some index of the table leads with the column. */
    public static boolean leads(Table table, String column) {
        return paths(table).stream().anyMatch(p -> p.where() == null && !p.keys().isEmpty() && p.keys().get(0).equals(column));
    }

    /** The primary key, the unique constraints and the b-tree indexes of a table, as access paths. */
    static List<Path> paths(Table table) {
        List<Path> paths = new ArrayList<>();
        if (table.primaryKey() != null) {
            paths.add(new Path(table.primaryKey().name(), lower(table.primaryKey().columns()), null));
        }
        table.uniqueConstraints().forEach(u -> paths.add(new Path(u.name(), lower(u.columns()), null)));
        for (Index index : table.indexes()) {
            if (index.method() != IndexMethod.BTREE && index.method() != IndexMethod.HASH) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (IndexElement e : index.elements()) {
                keys.add(e.column() != null ? e.column().toLowerCase(Locale.ROOT) : normalise(e.expression()));
            }
            paths.add(new Path(index.name(), keys, index.where()));
        }
        return paths;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean ownedBy(Resolution resolution, int scope, ParsedQuery.ColumnRef ref, Table table) {
        return resolution.resolve(scope, ref).map(r -> r.table() != null && r.table().name().equals(table.name())
                && r.column() != null).orElse(false);
    }

    /** An expression as compared with an index's: lower case, without spaces, quotes and outer parentheses. */
    public static String normalise(String expression) {
        String s = expression.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace("\"", "").replace("`", "");
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replaceAll("::[a-z]+(\\([0-9]+\\))?", ""); // PostgreSQL's casts of literals, as pg_get_expr adds them
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
