package dev.tablesmith.rules.migration;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.MigrationContext;
import dev.tablesmith.rules.MigrationRule;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A column or table is dropped only after a release in which it was deprecated, or when the drop is
 * confirmed with {@code -Atablesmith.allowDrop}.
 */
public final class DropNeedsDeprecationRule implements MigrationRule {

    @Override
    public String id() {
        return "drop-needs-deprecation";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Category category() {
        return Category.MIGRATION;
    }

    @Override
    public String summary() {
        return "a column or table is dropped only after it was deprecated in an earlier migration, or with -Atablesmith.allowDrop";
    }

    @Override
    public String explanation() {
        return """
                Instances still running the previous release read and write what a migration drops, \
                and a dropped column's data is gone for good. Drop in two phases: annotate the field \
                (or entity) @Deprecated and release that (the column becomes nullable, so new code can \
                stop writing it); delete it in a later migration. A drop the team has thought through \
                is confirmed with -Atablesmith.allowDrop=table or table.column. Without @RenamedFrom a \
                renamed field is a drop plus an add, and falls under this rule too.
                Compliant: `@Deprecated private String fax;` in one release, the field removed in the next.""";
    }

    @Override
    public void check(MigrationContext context, Consumer<Finding> report) {
        Map<String, String> oldNameOf = new HashMap<>();
        for (Change c : context.changes()) {
            if (c instanceof Change.RenameTable r) {
                oldNameOf.put(r.to(), r.from());
            }
        }
        for (Change c : context.changes()) {
            if (c instanceof Change.DropTable d) {
                Table table = d.definition();
                if (!isDeprecated(table, context) && !context.allowDrop().contains(table.name())) {
                    // the class is usually gone (no element); if it is still there, mapping another table, on it
                    Source source = context.sources().find(Ref.table(table.name()));
                    String entity = source.entity() != null ? source.entity() : table.entity();
                    report.accept(Finding.of(MigrationSafetyMessages.TABLE_DROPPED, source.origin(), entity, table.name(),
                            simpleName(table.entity())));
                }
            } else if (c instanceof Change.DropColumn d) {
                String oldTable = oldNameOf.getOrDefault(d.table(), d.table());
                Optional<Table> before = context.old().table(oldTable);
                boolean deprecated = d.column().deprecated()
                        || before.flatMap(t -> t.column(d.column().name())).map(Column::deprecated).orElse(false);
                String qualified = d.table() + "." + d.column().name();
                if (!deprecated && !context.allowDrop().contains(qualified)) {
                    // the field is gone: report on the entity class that held it
                    Source source = context.sources().find(Ref.table(d.table()));
                    report.accept(Finding.of(MigrationSafetyMessages.COLUMN_DROPPED, source.origin(), source.entity(),
                            qualified, d.column().name()));
                }
            }
        }
    }

    /** Deprecated itself, or a join or collection table of a deprecated entity. */
    private static boolean isDeprecated(Table table, MigrationContext context) {
        return table.deprecated() || (table.entity() != null && context.old().tables().stream()
                .anyMatch(t -> t.deprecated() && table.entity().equals(t.entity())));
    }

    private static String simpleName(String qualified) {
        return qualified == null ? "" : qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
