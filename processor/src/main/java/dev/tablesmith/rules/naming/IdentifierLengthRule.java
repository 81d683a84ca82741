package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every identifier, written or generated, fits in 63 bytes of UTF-8: PostgreSQL cuts longer names
 * silently (MySQL allows 64), so two long names can become one and a migration names an object
 * that does not exist. A generated name is reported at the declaration that causes it.
 */
public final class IdentifierLengthRule implements SchemaRule {
    /** PostgreSQL's NAMEDATALEN - 1, the smallest limit of the target dialects. */
    static final int MAX_BYTES = 63;

    @Override
    public String id() {
        return "identifier-length";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Category category() {
        return Category.NAMING;
    }

    @Override
    public String summary() {
        return "identifiers, generated index and constraint names included, fit in 63 bytes (UTF-8)";
    }

    @Override
    public String explanation() {
        return """
                PostgreSQL truncates identifiers longer than 63 bytes without an error, so \
                `idx_<table>_<columns>` and `<table>_<column>_<kind>` names built from long table \
                and column names can collide or differ from what the migration and the code expect. \
                The length is counted in UTF-8 bytes, as the server counts it. Shorten the table or \
                column name, or give the index or constraint a shorter explicit name.
                Compliant: `@TableIndex(name = "idx_orders_customer_ref", columns = {"customer_reference_number"})`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            boolean longTable = tooLong(table.name());
            if (longTable) {
                Source source = context.sources().find(Ref.table(table.name()));
                report.accept(finding("table name", table.name(), source.nameExplicit() ? "write a shorter name"
                        : "add @" + NamingSupport.tableAnnotation(table) + "(name) with a shorter name", source));
            }
            Set<String> longColumns = new HashSet<>();
            for (Column column : table.columns()) {
                if (tooLong(column.name())) {
                    longColumns.add(column.name());
                    Source source = context.sources().find(Ref.column(table.name(), column.name()));
                    boolean foreignKey = source.column() != null && source.column().foreignKey();
                    String fix = source.nameExplicit() ? "write a shorter name"
                            : "add @" + (foreignKey ? "JoinColumn" : "Column") + "(name) with a shorter name";
                    report.accept(finding("column name", column.name(), fix, source));
                }
            }
            Derived derived = new Derived(context, table, longTable, longColumns, report);
            if (table.primaryKey() != null) {
                derived.check("primary key name", table.primaryKey().name(), "shorten the table name");
            }
            for (ForeignKey fk : table.foreignKeys()) {
                derived.check("foreign key name", fk.name(), "give it a shorter name with @ForeignKey(name)");
            }
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                derived.check("unique constraint name", unique.name(),
                        "declare it with a shorter @UniqueConstraint(name) in @Table(uniqueConstraints)");
            }
            for (CheckConstraint check : table.checks()) {
                derived.check("check constraint name", check.name(), "give it a shorter @Check(name)");
            }
            for (ExclusionConstraint exclusion : table.exclusions()) {
                derived.check("exclusion constraint name", exclusion.name(), "give it a shorter @Exclusion(name)");
            }
            for (Index index : table.indexes()) {
                derived.check("index name", index.name(), "declare the index with a shorter name, "
                        + "e.g. @TableIndex(name = \"idx_...\", columns = ...)");
            }
            for (Trigger trigger : table.triggers()) {
                derived.check("trigger name", trigger.name(), "shorten the table name");
            }
        }
        for (Sequence sequence : context.schema().sequences()) {
            if (tooLong(sequence.name())) {
                Source source = context.sources().find(Ref.sequence(sequence.name()));
                report.accept(finding("sequence name", sequence.name(),
                        "name it with a shorter @SequenceGenerator(sequenceName)", source));
            }
        }
    }

    private Finding finding(String what, String name, String fix, Source source) {
        // no table in the text: an inherited column is reported once at its declaration
        return Finding.of(NamingMessages.IDENTIFIER_LENGTH, source.nameOrOrigin(), source.entity(), what, name,
                bytes(name), MAX_BYTES, fix);
    }

    static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    static boolean tooLong(String name) {
        return bytes(name) > MAX_BYTES;
    }

    /** Names of a table's objects; a generated one already too long because of its table or a column is skipped. */
    private final class Derived {
        private final SchemaContext context;
        private final Table table;
        private final boolean longTable;
        private final Set<String> longColumns;
        private final Consumer<Finding> report;

        Derived(SchemaContext context, Table table, boolean longTable, Set<String> longColumns,
                Consumer<Finding> report) {
            this.context = context;
            this.table = table;
            this.longTable = longTable;
            this.longColumns = longColumns;
            this.report = report;
        }

        void check(String what, String name, String generatedFix) {
            if (!tooLong(name)) {
                return;
            }
            Source source = context.sources().find(Ref.object(table.name(), name));
            if (source.nameExplicit()) {
                report.accept(finding(what, name, "write a shorter name", source));
                return;
            }
            boolean causeReported = longTable || longColumns.stream().anyMatch(name::contains);
            if (!causeReported) {
                report.accept(finding("generated " + what, name, generatedFix, source));
            }
        }
    }
}
