package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.Resolution;
import dev.tablesmith.rules.QueryContext;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** A query still naming the old name of a table or column this build renames with {@code @RenamedFrom}. */
public final class QueryRenamedColumnRule extends QueryRuleBase {
    public QueryRenamedColumnRule() {
        super("query-renamed-column", Severity.ERROR,
                "no query names the old name of a table or column that @RenamedFrom renames in this build",
                """
                The migration of this build renames the column, so a query still naming the old name \
                fails as soon as it runs against the migrated database. The message names the new name.
                Compliant: `@RenamedFrom("mail") private String email;` and the queries say `email`.""");
    }

    /** The new name of a table renamed from {@code old}, if this build renames one. */
    static Optional<String> renamedTable(QueryContext context, String old) {
        return context.renames().tables().entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(old))
                .map(Map.Entry::getKey).findFirst();
    }

    static Optional<String> renamedColumn(QueryContext context, Table table, String old) {
        return context.renames().columnsOf(table.name()).entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(old) && !table.hasColumn(old)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.parsed()) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Resolution.UnknownTable t : q.resolution().unknownTables()) {
                String old = Resolution.bare(t.ref().name());
                renamedTable(context, old).filter(n -> seen.add("t" + old)).ifPresent(n -> report.accept(
                        QueryFindings.on(q, QueryMessages.RENAMED_TABLE, q.source().name(), old, n, n)));
            }
            for (Resolution.UnknownColumn c : q.resolution().unknownColumns()) {
                String old = Resolution.bare(c.ref().name());
                for (Table table : c.candidates()) {
                    renamedColumn(context, table, old).filter(n -> seen.add(table.name() + "." + old)).ifPresent(n ->
                            report.accept(QueryFindings.on(q, QueryMessages.RENAMED_COLUMN, q.source().name(), old,
                                    table.name(), n, n)));
                }
            }
        }
    }
}
