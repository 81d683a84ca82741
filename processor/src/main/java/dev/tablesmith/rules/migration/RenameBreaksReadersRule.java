package dev.tablesmith.rules.migration;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.MigrationContext;
import dev.tablesmith.rules.MigrationRule;
import java.util.function.Consumer;

/** A rename breaks every reader still using the old name. */
public final class RenameBreaksReadersRule implements MigrationRule {
    static final String RENAMED_FROM = "dev.tablesmith.annotations.RenamedFrom";

    @Override
    public String id() {
        return "rename-breaks-readers";
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
        return "renaming a table or column breaks the running release and other readers of the old name";
    }

    @Override
    public String explanation() {
        return """
                A @RenamedFrom rename is instant, but from that moment every instance of the previous \
                release, report and other service querying the old name fails. Rename only when \
                nothing else reads the table and the deploy stops the old release first; otherwise \
                expand and contract: add the new column, write both, backfill, move the readers, then \
                deprecate and drop the old one. Suppress with @Allow("rename-breaks-readers") once \
                the deploy order is settled.
                Compliant: `@RenamedFrom("mail") @Allow(value = "rename-breaks-readers", reason = "one service, stop-start deploy")`.""";
    }

    @Override
    public void check(MigrationContext context, Consumer<Finding> report) {
        for (Change c : context.changes()) {
            if (c instanceof Change.RenameTable r) {
                Source source = context.sources().find(Ref.table(r.to()));
                report.accept(Finding.of(MigrationSafetyMessages.TABLE_RENAMED, at(source), source.entity(), r.from(), r.to()));
            } else if (c instanceof Change.RenameColumn r) {
                Source source = context.sources().find(Ref.column(r.table(), r.to()));
                report.accept(Finding.of(MigrationSafetyMessages.COLUMN_RENAMED, at(source), source.entity(), r.table(),
                        r.from(), r.to()));
            }
        }
    }

    /** The {@code @RenamedFrom} on the element (the resolver falls back to the element without it). */
    private static Origin at(Source source) {
        return source.origin().isNone() ? source.origin() : source.origin().elementOnly().annotation(RENAMED_FROM);
    }
}
