package dev.tablesmith.rules.migration;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.MigrationContext;
import dev.tablesmith.rules.MigrationRule;
import java.util.Optional;
import java.util.function.Consumer;

/** A type change that makes a target database rewrite the table, which blocks it meanwhile; each target says when. */
public final class TableRewriteRule implements MigrationRule {
    @Override
    public String id() {
        return "table-rewrite";
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
        return "a column type change that rewrites the whole table under an exclusive lock";
    }

    @Override
    public String explanation() {
        return """
                ALTER COLUMN ... TYPE rewrites every row and rebuilds the table's indexes while \
                holding an ACCESS EXCLUSIVE lock: no reads or writes for the duration. Only some \
                changes are metadata-only in PostgreSQL: a longer VARCHAR, VARCHAR to TEXT, more \
                NUMERIC precision at the same scale, more fractional seconds. For the others on a big \
                table (INTEGER to BIGINT, a shorter VARCHAR, another type family) add a new column, \
                backfill it in batches, and switch over; or run it in a maintenance window.
                Compliant: `@Column(length = 500)` where the column was VARCHAR(255).""";
    }

    @Override
    public void check(MigrationContext context, Consumer<Finding> report) {
        for (Change c : context.changes()) {
            if (!(c instanceof Change.AlterColumnType t)) {
                continue;
            }
            // the first target (in the option's order) that rewrites the table says what it costs
            for (Dialect target : context.targets()) {
                Optional<String> cost = target.tableRewrite(t.from(), t.to());
                if (cost.isPresent()) {
                    Source source = context.sources().find(Ref.column(t.table(), t.column()));
                    report.accept(Finding.of(MigrationSafetyMessages.TABLE_REWRITE, source.origin(), source.entity(),
                            t.table() + "." + t.column(), target.type(t.from()), target.type(t.to()), cost.get()));
                    break;
                }
            }
        }
    }
}
