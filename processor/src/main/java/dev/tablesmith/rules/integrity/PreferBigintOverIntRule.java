package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import dev.tablesmith.rules.integrity.DeclaredColumns.Declared;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** An entity's single-column id is a {@code Long} (BIGINT), not an {@code Integer} or {@code Short} that runs out. */
public final class PreferBigintOverIntRule implements SchemaRule {
    private static final Set<String> SMALL_INTEGERS = Set.of("int", "java.lang.Integer", "short", "java.lang.Short",
            "byte", "java.lang.Byte");

    @Override
    public String id() {
        return "prefer-bigint-over-int";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public Category category() {
        return Category.INTEGRITY;
    }

    @Override
    public String summary() {
        return "an entity's id is a Long (BIGINT): an Integer or Short key runs out of values";
    }

    @Override
    public String explanation() {
        return """
                An INTEGER key holds 2,147,483,647 values, a SMALLINT 32,767; a busy table (or a \
                sequence that skips values on rollbacks and caches) reaches that, and from then on \
                every insert fails. Widening the key later rewrites the table and every foreign key \
                to it under an exclusive lock. Declare ids as Long from the start: BIGINT costs four \
                bytes a row. The rule judges single-column keys of entities; the parts of a \
                composite key are rarely counters.
                Compliant: `@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Declared d : DeclaredColumns.of(context)) {
            if (d.table().kind() != TableKind.ENTITY || d.table().primaryKey() == null
                    || !d.table().primaryKey().columns().equals(List.of(d.column().name()))
                    || d.facts().foreignKey() || !SMALL_INTEGERS.contains(d.facts().javaType())) {
                continue;
            }
            ColumnType.Kind kind = d.column().type().kind();
            report.accept(Finding.of(IntegrityMessages.ID_NOT_BIGINT, d.source().origin(), d.source().entity(),
                    d.field(), d.table().name(), d.javaType(), kind.name(),
                    kind == ColumnType.Kind.INTEGER ? "2,147,483,647" : kind == ColumnType.Kind.SMALLINT ? "32,767"
                            : "a few"));
        }
    }
}
