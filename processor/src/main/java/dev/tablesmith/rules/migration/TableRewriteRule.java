package dev.tablesmith.rules.migration;

import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ColumnType.Kind;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.Finding;
import dev.tablesmith.rules.MigrationContext;
import dev.tablesmith.rules.MigrationRule;
import dev.tablesmith.rules.Severity;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** A type change that makes PostgreSQL rewrite the table (and its indexes) under an exclusive lock. */
public final class TableRewriteRule implements MigrationRule {
    private static final PostgresDialect SQL_TYPES = new PostgresDialect();
    private static final Set<Kind> TEMPORAL = Set.of(Kind.TIME, Kind.TIME_TZ, Kind.TIMESTAMP, Kind.TIMESTAMP_TZ);

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
            if (c instanceof Change.AlterColumnType t && rewrites(t.from(), t.to())) {
                Source source = context.sources().find(Ref.column(t.table(), t.column()));
                report.accept(new Finding(id(), "changing '" + t.table() + "." + t.column() + "' from "
                        + SQL_TYPES.type(t.from()) + " to " + SQL_TYPES.type(t.to()) + " rewrites the whole table "
                        + "and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes meanwhile); on a big "
                        + "table add a new column, backfill it in batches and switch over, or plan a maintenance "
                        + "window", source.origin(), source.entity()));
            }
        }
    }

    /** Whether PostgreSQL must rewrite the table; false for its metadata-only (binary-coercible) changes. */
    static boolean rewrites(ColumnType from, ColumnType to) {
        if (from.kind() == Kind.VARCHAR && to.kind() == Kind.VARCHAR) {
            return to.length() != null && (from.length() == null || to.length() < from.length());
        }
        if (from.kind() == Kind.VARCHAR && to.kind() == Kind.TEXT) {
            return false;
        }
        if (from.kind() == Kind.DECIMAL && to.kind() == Kind.DECIMAL) {
            return !Objects.equals(from.scale(), to.scale()) || digits(to.precision()) < digits(from.precision());
        }
        if (from.kind() == to.kind() && TEMPORAL.contains(from.kind())) {
            return fraction(to) < fraction(from);
        }
        return !from.equals(to);
    }

    private static int digits(Integer precision) {
        return precision == null ? Integer.MAX_VALUE : precision;
    }

    private static int fraction(ColumnType t) {
        return t.precision() == null ? 6 : t.precision();
    }
}
