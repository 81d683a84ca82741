package dev.tablesmith.rules.migration;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.MigrationContext;
import dev.tablesmith.rules.MigrationRule;
import java.util.function.Consumer;

/**
 * Dropping NOT NULL is instant for the database but not for its readers: the running release (a
 * primitive field, a non-optional join) and other consumers assume a value. The first phase of a
 * drop ({@code @Deprecated}) makes a column nullable on purpose and is not reported.
 */
public final class DropNotNullRule implements MigrationRule {
    @Override
    public String id() {
        return "drop-not-null";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public Category category() {
        return Category.MIGRATION;
    }

    @Override
    public String summary() {
        return "a column that becomes nullable (DROP NOT NULL) breaks readers that rely on a value";
    }

    @Override
    public String explanation() {
        return """
                DROP NOT NULL takes a short lock and scans nothing, so the database side is safe. \
                What breaks is the readers: instances of the previous release map the column to a \
                primitive or treat it as required, reports and other services join or sum it, and \
                all of them meet the first NULL a new writer stores. Release the readers that cope \
                with NULL first, then the writers that store one; confirm a reviewed change with \
                @Allow(value = "drop-not-null", reason = "..."). A column deprecated for a later drop \
                becomes nullable on purpose and is not reported.
                Compliant: `@Deprecated private String fax;` (the first phase of a drop), or \
                `@Allow(value = "drop-not-null", reason = "every reader handles a missing phone")`.""";
    }

    @Override
    public String fix() {
        return "release readers that cope with NULL before writers store one; confirm with `@Allow(value = "
                + "\"drop-not-null\", reason = \"...\")`";
    }

    @Override
    public void check(MigrationContext context, Consumer<Finding> report) {
        for (Change c : context.changes()) {
            if (!(c instanceof Change.SetNotNull n) || n.notNull()) {
                continue;
            }
            boolean deprecated = context.model().table(n.table()).flatMap(t -> t.column(n.column()))
                    .map(Column::deprecated).orElse(false);
            if (deprecated) {
                continue;
            }
            Source source = context.sources().find(Ref.column(n.table(), n.column()));
            report.accept(Finding.of(MigrationSafetyMessages.NOT_NULL_DROPPED, source.origin(), source.entity(),
                    n.table() + "." + n.column()));
        }
    }
}
