package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.ParsedQuery;
import dev.tablesmith.rules.QueryContext;
import java.util.Optional;
import java.util.function.Consumer;

/** An INSERT gives one value per column it names (or, without a column list, per column of the table). */
public final class QueryInsertArityRule extends QueryRuleBase {
    public QueryInsertArityRule() {
        super("query-insert-arity", Severity.ERROR,
                "an INSERT gives as many values as it names columns; without a column list it is reported, since values shift when a column is added",
                """
                A row with more or fewer values than columns fails at run time. An INSERT without a \
                column list depends on the table's column order: it breaks, or worse stores values \
                in the wrong columns, when a migration adds a column. Both are reported.
                Compliant: `INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (?, ?, ?, ?)`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.parsed() || q.query().insert() == null) {
                continue;
            }
            ParsedQuery.Insert insert = q.query().insert();
            Optional<Table> table = q.resolution().table(insert.table());
            if (table.isEmpty()) {
                continue; // query-unknown-table says so
            }
            int columns = insert.columns().size();
            for (int values : insert.rowSizes()) {
                if (columns > 0 && values != columns) {
                    report.accept(QueryFindings.on(q, QueryMessages.INSERT_ARITY, q.source().name(), table.get().name(),
                            columns, QueryFindings.plural(columns), values, QueryFindings.plural(values)));
                    break;
                }
            }
            if (insert.selectWidth() != null && insert.selectWidth() > 0 && columns > 0 && insert.selectWidth() != columns) {
                report.accept(QueryFindings.on(q, QueryMessages.INSERT_ARITY, q.source().name(), table.get().name(),
                        columns, QueryFindings.plural(columns), insert.selectWidth(), QueryFindings.plural(insert.selectWidth())));
            }
            if (columns == 0) {
                int values = insert.rowSizes().isEmpty() ? (insert.selectWidth() == null ? 0 : insert.selectWidth())
                        : insert.rowSizes().get(0);
                report.accept(QueryFindings.on(q, QueryMessages.INSERT_WITHOUT_COLUMNS, q.source().name(), values,
                        QueryFindings.plural(values), table.get().name(), table.get().columns().size(), table.get().name(),
                        QueryFindings.columnsOf(table.get())));
            }
        }
    }
}
