package dev.tablesmith.dialect.sqlite;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import java.util.function.Consumer;

/**
 * What SQLite cannot write as the entities declare it. Errors where a guarantee would be lost: an
 * exclusion constraint (no SQLite form; a trigger could only approximate it), an array column
 * (Tablesmith's ARRAY is a native array whose elements the database sees; SQLite has none, and a
 * blob would hide them). Warnings where only speed is lost and a plain index is written instead:
 * INCLUDE columns, GIN/GiST/BRIN/hash/SP-GiST methods, operator classes and NULLS ordering. A full-text ({@code to_tsvector}) index
 * warns too, and no index is written: it never constrained anything, only sped up searches, and
 * SQLite's full-text search is a virtual table that the entity's queries would not use anyway.
 */
final class SqliteSupport {
    private SqliteSupport() {}

    static void check(Schema schema, SourceMap sources, Consumer<Finding> report) {
        for (Table table : schema.tables()) {
            for (ExclusionConstraint e : table.exclusions()) {
                error(sources, report, Ref.object(table.name(), e.name()), "exclusion constraint '" + e.name()
                        + "' cannot be written for SQLite, which has no exclusion constraints, so overlapping rows"
                        + " would be accepted: enforce it in the application, or target PostgreSQL only");
            }
            for (Column c : table.columns()) {
                if (c.type().kind() == ColumnType.Kind.ARRAY) {
                    error(sources, report, Ref.column(table.name(), c.name()), "column '" + table.name() + "."
                            + c.name() + "' is an array, which SQLite does not have: map it as an"
                            + " @ElementCollection (a table of its own), or target PostgreSQL only");
                }
            }
            for (Index i : table.indexes()) {
                Ref ref = Ref.object(table.name(), i.name());
                if (SqliteDialect.isFullText(i)) {
                    warning(sources, report, ref, "index '" + i.name() + "' is a full-text index (to_tsvector),"
                            + " which SQLite cannot build: no index is written for SQLite, so these searches scan"
                            + " the table");
                    continue;
                }
                if (i.method() != IndexMethod.BTREE) {
                    warning(sources, report, ref, "index '" + i.name() + "' uses " + i.method().sql().toUpperCase(
                            java.util.Locale.ROOT) + ", which SQLite does not have: a plain index on the same"
                            + " columns is written for SQLite");
                }
                if (i.elements().stream().anyMatch(e -> e.opclass() != null || e.nulls() != null)) {
                    // SqliteDialect leaves them out; the comment there always said this warns
                    warning(sources, report, ref, "index '" + i.name() + "' declares an operator class or NULLS"
                            + " ordering, which SQLite's CREATE INDEX does not take: it is written with plain"
                            + " columns for SQLite");
                }
                if (!i.include().isEmpty()) {
                    warning(sources, report, ref, "index '" + i.name() + "' has INCLUDE columns ("
                            + String.join(", ", i.include()) + "), which SQLite does not have: a plain index"
                            + " on its key columns is written for SQLite, so queries reading them visit the table");
                }
            }
        }
    }

    private static void error(SourceMap sources, Consumer<Finding> report, Ref ref, String message) {
        Source source = sources.find(ref);
        report.accept(new Finding(ProblemIds.DIALECT_SUPPORT, message, source.origin(), source.entity()));
    }

    private static void warning(SourceMap sources, Consumer<Finding> report, Ref ref, String message) {
        Source source = sources.find(ref);
        report.accept(new Finding(ProblemIds.DIALECT_SUPPORT, message, source.origin(), source.entity(),
                Severity.WARNING));
    }
}
