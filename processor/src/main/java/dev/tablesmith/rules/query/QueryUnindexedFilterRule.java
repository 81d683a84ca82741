package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.IndexUsage;
import dev.tablesmith.queries.IndexUsage.TableUse;
import dev.tablesmith.queries.ParsedQuery.OrderItem;
import dev.tablesmith.rules.QueryContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A WHERE, JOIN or ORDER BY ... LIMIT that no index serves, with the composite index that would,
 * in the order the handbook's "order matters!" asks: equality columns first, then one range or
 * the order.
 */
public final class QueryUnindexedFilterRule extends QueryRuleBase {
    public QueryUnindexedFilterRule() {
        super("query-unindexed-filter", Severity.WARNING,
                "every WHERE, JOIN and ORDER BY ... LIMIT of a query is served by an index that leads with its columns (primary keys and foreign-key indexes count)",
                """
                A filter no index leads with reads the whole table. The rule looks at each table of \
                each SELECT: its equality conditions, ranges, expressions and, before a LIMIT, its \
                order; a table reached through an indexed join is served. The suggested index puts the \
                equality columns first and the range or order column last, so one index serves the \
                whole condition. The primary key, unique constraints and the indexes Tablesmith adds \
                for foreign keys count. A warning: on a small table a scan is cheapest.
                Compliant: `@TableIndex(columns = {"user_id", "created_at DESC"})` for `WHERE user_id = ? ORDER BY created_at DESC LIMIT 20`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            Set<String> seen = new LinkedHashSet<>();
            for (TableUse use : q.uses()) {
                if (use.index() != null || !seen.add(use.table().name())) {
                    continue;
                }
                String table = use.table().name();
                if (use.wantsIndex()) {
                    if (reachedByIndexedJoin(use)) {
                        continue;
                    }
                    if (use.equality().isEmpty() && use.range().isEmpty() && use.orderBy().isEmpty()) {
                        if (use.functionColumns().stream().anyMatch(c -> IndexUsage.leads(use.table(), c))) {
                            continue; // an indexed column under a function: query-function-on-indexed-column's
                        }
                        String f = use.functions().get(0);
                        report.accept(QueryFindings.on(q, QueryMessages.UNINDEXED_EXPRESSION, q.source().name(), table, f,
                                f, table));
                        continue;
                    }
                    List<String> columns = suggested(use);
                    String what = !use.equality().isEmpty() || !use.range().isEmpty() ? "filters" : "orders";
                    String by = !use.equality().isEmpty() || !use.range().isEmpty()
                            ? table + " by " + String.join(", ", filterColumns(use))
                            : table + " by " + use.orderBy().get(0).column().name() + " before a LIMIT";
                    report.accept(QueryFindings.on(q, QueryMessages.UNINDEXED_FILTER, q.source().name(), what, by, table,
                            String.join(" or ", filterColumns(use).isEmpty()
                                    ? List.of(use.orderBy().get(0).column().name()) : filterColumns(use)),
                            annotationValue(columns), entityOf(context, table)));
                } else if (use.joined() && !use.otherSideIndexed()) {
                    String column = use.joins().get(0);
                    report.accept(QueryFindings.on(q, QueryMessages.UNINDEXED_JOIN, q.source().name(), table,
                            table + "." + column, column, entityOf(context, table)));
                }
            }
        }
    }

    /** A table with its own conditions is still served when a join reaches it through one of its indexes. */
    private static boolean reachedByIndexedJoin(TableUse use) {
        return use.joins().stream().anyMatch(j -> IndexUsage.leads(use.table(), j));
    }

    private static List<String> filterColumns(TableUse use) {
        List<String> out = new ArrayList<>(use.equality());
        use.range().stream().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    /** Equality columns, then one range column, or else the order (with its direction). */
    static List<String> suggested(TableUse use) {
        List<String> columns = new ArrayList<>(use.equality());
        if (!use.range().isEmpty()) {
            columns.add(use.range().get(0));
        } else {
            for (OrderItem o : use.orderBy()) {
                String c = o.column().name().toLowerCase(java.util.Locale.ROOT);
                if (!columns.contains(c)) {
                    columns.add(c + (o.descending() ? " DESC" : ""));
                }
            }
        }
        return columns;
    }

    private static String annotationValue(List<String> columns) {
        return columns.size() == 1 ? "\"" + columns.get(0) + "\""
                : "{" + columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")) + "}";
    }

    private static String entityOf(QueryContext context, String table) {
        return context.schema().table(table).map(t -> t.entity() == null ? table : simple(t.entity())).orElse(table);
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
