package dev.tablesmith.dialect.sqlite;

import dev.tablesmith.findings.Finding;
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
                report(sources, report, Ref.object(table.name(), e.name()), SqliteMessages.EXCLUSION, e.name());
            }
            for (Column c : table.columns()) {
                if (c.type().kind() == ColumnType.Kind.ARRAY) {
                    report(sources, report, Ref.column(table.name(), c.name()), SqliteMessages.ARRAY, table.name(),
                            c.name());
                }
            }
            for (Index i : table.indexes()) {
                Ref ref = Ref.object(table.name(), i.name());
                if (SqliteDialect.isFullText(i)) {
                    report(sources, report, ref, SqliteMessages.FULL_TEXT_LEFT_OUT, i.name());
                    continue;
                }
                if (i.method() != IndexMethod.BTREE) {
                    report(sources, report, ref, SqliteMessages.METHOD_AS_PLAIN, i.name(),
                            i.method().sql().toUpperCase(java.util.Locale.ROOT));
                }
                if (i.elements().stream().anyMatch(e -> e.opclass() != null || e.nulls() != null)) {
                    // SqliteDialect leaves them out
                    report(sources, report, ref, SqliteMessages.OPCLASS_LEFT_OUT, i.name());
                }
                if (!i.include().isEmpty()) {
                    report(sources, report, ref, SqliteMessages.INCLUDE_LEFT_OUT, i.name(),
                            String.join(", ", i.include()));
                }
            }
        }
    }

    /** On the declaration of {@code ref}; errors and warnings as the message says. */
    private static void report(SourceMap sources, Consumer<Finding> report, Ref ref, SqliteMessages message,
            Object... args) {
        Source source = sources.find(ref);
        report.accept(Finding.of(message, source.origin(), source.entity(), args));
    }
}
