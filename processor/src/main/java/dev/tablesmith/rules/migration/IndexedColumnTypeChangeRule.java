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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A type change of a column that a key or index holds: the table is rewritten and every one of them
 * rebuilt under the lock. Type changes of columns no index holds are {@link TableRewriteRule}'s; a
 * change that is metadata-only on every target (a longer VARCHAR) keeps the indexes and is neither's.
 */
public final class IndexedColumnTypeChangeRule implements MigrationRule {
    @Override
    public String id() {
        return "indexed-column-type-change";
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
        return "a type change of a column in a key or index rewrites the table and rebuilds each of them under the lock";
    }

    @Override
    public String explanation() {
        return """
                When ALTER COLUMN ... TYPE rewrites the table, every index, primary key, unique and \
                foreign key on the column is rebuilt (and a foreign key re-checked) while the table is \
                locked, so the lock lasts for the rewrite plus each index build. On a big table add a \
                column of the new type, fill it from a trigger and backfill it in batches, build its \
                indexes CONCURRENTLY and add its keys NOT VALID then VALIDATE them, and swap the \
                columns in one short transaction. Changes that are metadata-only (a longer VARCHAR) \
                keep the indexes and are not reported.
                Compliant: `@Column(length = 320) private String email;` where the indexed column was VARCHAR(255).""";
    }

    @Override
    public void check(MigrationContext context, Consumer<Finding> report) {
        for (Change c : context.changes()) {
            if (!(c instanceof Change.AlterColumnType t)) {
                continue;
            }
            List<String> holding = IndexedColumns.holding(context.old(), t.table(), t.column());
            if (holding.isEmpty()) {
                continue;
            }
            for (Dialect target : context.targets()) {
                Optional<String> cost = target.tableRewrite(t.from(), t.to());
                if (cost.isPresent()) {
                    Source source = context.sources().find(Ref.column(t.table(), t.column()));
                    report.accept(Finding.of(MigrationSafetyMessages.INDEXED_COLUMN_TYPE_CHANGE, source.origin(),
                            source.entity(), t.table() + "." + t.column(), target.type(t.from()), target.type(t.to()),
                            cost.get(), String.join(", ", holding)));
                    break;
                }
            }
        }
    }
}
