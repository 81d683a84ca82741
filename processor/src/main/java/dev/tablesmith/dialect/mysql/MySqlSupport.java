package dev.tablesmith.dialect.mysql;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What MySQL/MariaDB cannot write as the entities declare it. Errors where a guarantee would be
 * lost (an exclusion or partial unique constraint, array values, a unique expression index, a key
 * on a column InnoDB cannot index whole); warnings where {@link MySqlDialect} writes a weaker but
 * correct form (the index without its predicate, INCLUDE columns or access method).
 */
final class MySqlSupport {
    private MySqlSupport() {}

    private static final String ENGINE = "MySQL/MariaDB";
    /** InnoDB indexes these only with a prefix length, which would not be the declared key. */
    private static final Set<ColumnType.Kind> UNINDEXABLE = Set.of(ColumnType.Kind.TEXT, ColumnType.Kind.CLOB,
            ColumnType.Kind.BLOB, ColumnType.Kind.JSON, ColumnType.Kind.XML);

    static void check(Schema schema, SourceMap sources, Consumer<Finding> report) {
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                if (column.type().kind() == ColumnType.Kind.ARRAY) {
                    error(sources, report, Ref.column(table.name(), column.name()), "column '" + table.name() + "."
                            + column.name() + "' is an array, and " + ENGINE + " has no array type: map it as "
                            + "JSON (@JdbcTypeCode(SqlTypes.JSON)) or as an @ElementCollection table");
                }
            }
            for (ExclusionConstraint e : table.exclusions()) {
                error(sources, report, Ref.object(table.name(), e.name()), "exclusion constraint '" + e.name()
                        + "' has no " + ENGINE + " form, so overlapping rows would be accepted: enforce it in the "
                        + "application under a lock, or target PostgreSQL");
            }
            for (Index index : table.indexes()) {
                checkIndex(sources, report, table, index);
            }
            for (CheckConstraint check : table.checks()) {
                checkCheck(sources, report, table, check);
            }
        }
    }

    /**
     * MySQL and MariaDB refuse a CHECK on a column that a foreign key's referential action writes
     * (MariaDB: "Function or expression '...' cannot be used in the CHECK clause"), so the
     * migration would fail on the database.
     */
    private static void checkCheck(SourceMap sources, Consumer<Finding> report, Table table, CheckConstraint check) {
        for (ForeignKey fk : table.foreignKeys()) {
            // CASCADE deletes the row and leaves the column alone: MariaDB accepts the check then
            if (fk.onDelete() != ReferentialAction.SET_NULL && fk.onDelete() != ReferentialAction.SET_DEFAULT) {
                continue;
            }
            for (String column : fk.columns()) {
                if (Pattern.compile("(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])", Pattern.CASE_INSENSITIVE)
                        .matcher(check.expression()).find()) {
                    error(sources, report, Ref.object(table.name(), check.name()), "check constraint '" + check.name()
                            + "' uses '" + column + "', which foreign key '" + fk.name() + "' writes ON DELETE "
                            + fk.onDelete().sql() + ", and " + ENGINE + " refuses a CHECK on such a column: drop the "
                            + "check, or make the key ON DELETE CASCADE, RESTRICT or NO ACTION");
                    return;
                }
            }
        }
    }

    private static void checkIndex(SourceMap sources, Consumer<Finding> report, Table table, Index index) {
        Ref ref = Ref.object(table.name(), index.name());
        String name = "index '" + index.name() + "'";
        boolean expression = !MySqlDialect.writable(index);
        if (index.unique() && index.where() != null) {
            error(sources, report, ref, "partial unique " + name + " has no " + ENGINE + " form (no WHERE on "
                    + "an index), and a unique index on all rows would refuse rows the entities allow: drop "
                    + "'where', or enforce the uniqueness another way (a generated column that is NULL outside "
                    + "the predicate, with @Column(columnDefinition))");
            return;
        }
        if (index.unique() && expression) {
            error(sources, report, ref, "unique expression " + name + " has no MariaDB form (no functional key "
                    + "parts), so its uniqueness would not be enforced: store the expression in a column and make "
                    + "that unique");
            return;
        }
        if (expression) {
            warning(sources, report, ref, "expression " + name + " is not written: MariaDB has no functional key "
                    + "parts; queries on the expression scan the table. Index a stored column instead");
            return;
        }
        for (var element : index.elements()) {
            table.column(element.column()).filter(c -> unindexable(c.type())).ifPresent(c ->
                    error(sources, report, ref, name + " is on '" + c.name() + "', a " + typeName(c.type())
                            + " column, which InnoDB cannot index whole: index a VARCHAR column instead"));
        }
        if (index.where() != null) {
            warning(sources, report, ref, "partial " + name + " is written as a full index (" + ENGINE + " has no "
                    + "WHERE on an index): it covers all rows and is larger than declared");
        }
        if (!index.include().isEmpty()) {
            warning(sources, report, ref, "covering " + name + " is written without its INCLUDE columns ("
                    + String.join(", ", index.include()) + "): " + ENGINE + " has no INCLUDE; add them as key "
                    + "columns if index-only scans matter");
        }
        if (index.method() != IndexMethod.BTREE) {
            warning(sources, report, ref, name + " uses " + index.method().name() + ", which InnoDB does not have: "
                    + "it is written as a B-tree index");
        }
        if (index.elements().stream().anyMatch(e -> e.opclass() != null || e.nulls() != null)) {
            warning(sources, report, ref, name + " declares an operator class or NULLS ordering, which " + ENGINE
                    + " has no equivalent: written with plain columns");
        }
    }

    private static boolean unindexable(ColumnType type) {
        // a VARCHAR or VARBINARY longer than MariaDB's limit is written as a TEXT or BLOB type
        boolean longVarchar = type.kind() == ColumnType.Kind.VARCHAR && type.length() > MySqlDialect.MAX_VARCHAR;
        boolean longBinary = type.kind() == ColumnType.Kind.BINARY && type.length() != null
                && type.length() > MySqlDialect.MAX_VARBINARY;
        return UNINDEXABLE.contains(type.kind()) || longVarchar || longBinary || type.kind() == ColumnType.Kind.CUSTOM
                && type.custom().trim().toLowerCase(Locale.ROOT).matches("(tiny|medium|long)?(text|blob)|json");
    }

    private static String typeName(ColumnType type) {
        return (type.kind() == ColumnType.Kind.CUSTOM ? type.custom().trim() : type.kind().name()).toLowerCase(Locale.ROOT);
    }

    private static void error(SourceMap sources, Consumer<Finding> report, Ref ref, String message) {
        Source source = sources.find(ref);
        report.accept(new Finding(ProblemIds.DIALECT_SUPPORT, "mysql: " + message, source.origin(), source.entity()));
    }

    private static void warning(SourceMap sources, Consumer<Finding> report, Ref ref, String message) {
        Source source = sources.find(ref);
        report.accept(new Finding(ProblemIds.DIALECT_SUPPORT, "mysql: " + message, source.origin(), source.entity(),
                Severity.WARNING));
    }
}
