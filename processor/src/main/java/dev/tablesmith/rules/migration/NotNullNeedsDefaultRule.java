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
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** A NOT NULL column added to an existing table needs a default, or the ALTER fails on its rows. */
public final class NotNullNeedsDefaultRule implements MigrationRule {
    @Override
    public String id() {
        return "not-null-needs-default";
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
        return "a NOT NULL column added to an existing table has a default";
    }

    @Override
    public String explanation() {
        return """
                ADD COLUMN ... NOT NULL without a default fails on a table that has rows, and the \
                previous release, still running, inserts rows without the column. Give it a default \
                (@Default("sql") or Hibernate's @ColumnDefault; PostgreSQL 11+ adds a constant default \
                without rewriting the table), or add it nullable, backfill, and make it NOT NULL in a \
                later migration. A primitive field is NOT NULL and gets no default by itself: give it \
                @Default("0") / @Default("false").
                Compliant: `@Default("false") private boolean verified;`""";
    }

    @Override
    public void check(MigrationContext context, Consumer<Finding> report) {
        Set<String> existing = new HashSet<>();
        context.old().tables().forEach(t -> existing.add(t.name()));
        for (Change c : context.changes()) {
            if (c instanceof Change.RenameTable r && existing.contains(r.from())) {
                existing.add(r.to());
            }
        }
        for (Change c : context.changes()) {
            if (!(c instanceof Change.AddColumn a) || !existing.contains(a.table())) {
                continue;
            }
            Column column = a.column();
            if (column.nullable() || column.defaultValue() != null || column.identity() != Column.Identity.NONE) {
                continue;
            }
            Source source = context.sources().find(Ref.column(a.table(), column.name()));
            String javaType = source.column() == null ? null : source.column().javaType();
            String qualified = a.table() + "." + column.name();
            report.accept(javaType != null && isPrimitive(javaType)
                    ? Finding.of(MigrationSafetyMessages.PRIMITIVE_WITHOUT_DEFAULT, source.origin(), source.entity(), qualified,
                            a.table(), javaType, "boolean".equals(javaType) ? "false" : "0")
                    : Finding.of(MigrationSafetyMessages.NOT_NULL_WITHOUT_DEFAULT, source.origin(), source.entity(), qualified,
                            a.table()));
        }
    }

    private static boolean isPrimitive(String javaType) {
        return Set.of("boolean", "byte", "short", "int", "long", "char", "float", "double").contains(javaType);
    }
}
