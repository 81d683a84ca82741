package dev.tablesmith.rules.migration;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.Sql;
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

/**
 * A column added to an existing table that the database fills row by row, rewriting the table: a
 * volatile default or a STORED generated column; each target says when ({@code Dialect.addColumnRewrite}).
 */
public final class AddColumnRewriteRule implements MigrationRule {
    @Override
    public String id() {
        return "add-column-rewrite";
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
        return "a column added to an existing table with a volatile default or as STORED generated rewrites the table";
    }

    @Override
    public String explanation() {
        return """
                PostgreSQL 11+ adds a column with a constant or stable default (now(), 'new') without \
                touching the rows. A volatile default (random(), gen_random_uuid(), clock_timestamp()) \
                is evaluated for every row, and a STORED generated column computed for every row: the \
                whole table is rewritten under an ACCESS EXCLUSIVE lock, and MySQL/MariaDB copy the \
                table for a STORED generated column. Add the column nullable without a default, \
                backfill it in batches, then set the default (and NOT NULL) in a later migration; fill \
                a would-be generated column from a trigger, or make it VIRTUAL where the database has \
                that.
                Compliant: `@Column(columnDefinition = "uuid") private UUID token;` backfilled in batches, \
                then `@Default("gen_random_uuid()")` in the next release.""";
    }

    @Override
    public void check(MigrationContext context, Consumer<Finding> report) {
        for (Change c : context.changes()) {
            if (!(c instanceof Change.AddColumn a)) {
                continue;
            }
            for (Dialect target : context.targets()) {
                Optional<String> cost = target.addColumnRewrite(a.column());
                if (cost.isPresent()) {
                    Source source = context.sources().find(Ref.column(a.table(), a.column().name()));
                    String column = a.table() + "." + a.column().name();
                    report.accept(Sql.storedGenerated(a.column().type())
                            ? Finding.of(MigrationSafetyMessages.STORED_GENERATED_ADDED, source.origin(),
                                    source.entity(), column, a.table(), cost.get())
                            : Finding.of(MigrationSafetyMessages.VOLATILE_DEFAULT_ADDED, source.origin(),
                                    source.entity(), column, a.column().defaultValue(), a.table(), cost.get()));
                    break;
                }
            }
        }
    }
}
