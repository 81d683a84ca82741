package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.IndexUsage;
import dev.tablesmith.rules.QueryContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The other half of index advice: an index that no declared query uses and no foreign key needs.
 * Off by default, since a project rarely declares every query it runs.
 */
public final class IndexUnusedRule extends QueryRuleBase {
    public IndexUnusedRule() {
        super("index-unused", Severity.OFF,
                "every non-unique index serves a query the build declares or leads with a foreign key's columns (off by default: turn it on when the declared queries are all of them)",
                """
                Every index is written on every INSERT and on every UPDATE of its columns, and takes \
                space and cache. When the project declares its queries (@NamedNativeQuery, @Query, \
                @Sql), an index none of them uses and no foreign key needs can usually be dropped. \
                Unique indexes enforce a rule and are never reported, and a build without declared \
                queries reports nothing. schema.md lists the queries each index serves.
                Compliant: `@TableIndex(columns = {"user_id", "created_at DESC"})` serving `WHERE user_id = ? ORDER BY created_at DESC LIMIT ?`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        List<AnalyzedQuery> parsed = context.queries().stream().filter(AnalyzedQuery::parsed).toList();
        if (parsed.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (AnalyzedQuery q : parsed) {
            for (IndexUsage.TableUse use : q.uses()) {
                if (use.index() != null) {
                    used.add(use.table().name() + "." + use.index());
                }
            }
        }
        for (Table table : context.schema().tables()) {
            for (Index index : table.indexes()) {
                if (index.unique() || used.contains(table.name() + "." + index.name()) || servesForeignKey(table, index)) {
                    continue;
                }
                Source source = context.sources().find(Ref.object(table.name(), index.name()));
                report.accept(Finding.of(QueryMessages.INDEX_UNUSED, source.nameOrOrigin(), source.entity(), index.name(),
                        table.name(), parsed.size()));
            }
        }
    }

    private static boolean servesForeignKey(Table table, Index index) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (index.where() == null && index.elements().size() >= fk.columns().size()) {
                Set<String> lead = new HashSet<>();
                for (int i = 0; i < fk.columns().size(); i++) {
                    lead.add(index.elements().get(i).column());
                }
                if (lead.equals(new HashSet<>(fk.columns()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
