package dev.tablesmith.dialect.mysql;

import dev.tablesmith.findings.Finding;
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

    /** InnoDB indexes these only with a prefix length, which would not be the declared key. */
    private static final Set<ColumnType.Kind> UNINDEXABLE = Set.of(ColumnType.Kind.TEXT, ColumnType.Kind.CLOB,
            ColumnType.Kind.BLOB, ColumnType.Kind.JSON);

    static void check(Schema schema, SourceMap sources, Consumer<Finding> report) {
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                if (column.type().kind() == ColumnType.Kind.ARRAY) {
                    report(sources, report, Ref.column(table.name(), column.name()), MySqlMessages.ARRAY, table.name(),
                            column.name());
                }
            }
            for (ExclusionConstraint e : table.exclusions()) {
                report(sources, report, Ref.object(table.name(), e.name()), MySqlMessages.EXCLUSION, e.name());
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
                    report(sources, report, Ref.object(table.name(), check.name()),
                            MySqlMessages.CHECK_ON_KEY_ACTION_COLUMN, check.name(), column, fk.name(),
                            fk.onDelete().sql());
                    return;
                }
            }
        }
    }

    private static void checkIndex(SourceMap sources, Consumer<Finding> report, Table table, Index index) {
        Ref ref = Ref.object(table.name(), index.name());
        String name = index.name();
        boolean expression = !MySqlDialect.writable(index);
        if (index.unique() && index.where() != null) {
            report(sources, report, ref, MySqlMessages.PARTIAL_UNIQUE_INDEX, name);
            return;
        }
        if (index.unique() && expression) {
            report(sources, report, ref, MySqlMessages.UNIQUE_EXPRESSION_INDEX, name);
            return;
        }
        if (expression) {
            report(sources, report, ref, MySqlMessages.EXPRESSION_INDEX_LEFT_OUT, name);
            return;
        }
        for (var element : index.elements()) {
            table.column(element.column()).filter(c -> unindexable(c.type())).ifPresent(c ->
                    report(sources, report, ref, MySqlMessages.UNINDEXABLE_COLUMN, name, c.name(), typeName(c.type())));
        }
        if (index.where() != null) {
            report(sources, report, ref, MySqlMessages.PARTIAL_INDEX_FULL, name);
        }
        if (!index.include().isEmpty()) {
            report(sources, report, ref, MySqlMessages.INCLUDE_LEFT_OUT, name, String.join(", ", index.include()));
        }
        if (index.method() != IndexMethod.BTREE) {
            report(sources, report, ref, MySqlMessages.METHOD_AS_BTREE, name, index.method().name());
        }
        if (index.elements().stream().anyMatch(e -> e.opclass() != null || e.nulls() != null)) {
            report(sources, report, ref, MySqlMessages.OPCLASS_LEFT_OUT, name);
        }
    }

    private static boolean unindexable(ColumnType type) {
        return UNINDEXABLE.contains(type.kind()) || type.kind() == ColumnType.Kind.CUSTOM
                && type.custom().trim().toLowerCase(Locale.ROOT).matches("(tiny|medium|long)?(text|blob)|json");
    }

    private static String typeName(ColumnType type) {
        return (type.kind() == ColumnType.Kind.CUSTOM ? type.custom().trim() : type.kind().name()).toLowerCase(Locale.ROOT);
    }

    /** On the declaration of {@code ref}; errors and warnings as the message says. */
    private static void report(SourceMap sources, Consumer<Finding> report, Ref ref, MySqlMessages message,
            Object... args) {
        Source source = sources.find(ref);
        report.accept(Finding.of(message, source.origin(), source.entity(), args));
    }
}
