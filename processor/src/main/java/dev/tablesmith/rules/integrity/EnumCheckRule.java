package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ColumnFacts.EnumStorage;
import dev.tablesmith.model.Origin;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import dev.tablesmith.rules.integrity.DeclaredColumns.Declared;
import java.util.function.Consumer;

/**
 * Enums are stored by name and guarded by {@code CHECK (col IN (...))}, named
 * {@code <table>_<column>_valid}. The reader writes that check for every STRING enum; the rule
 * reports ORDINAL enums, and STRING enums that got no check.
 */
public final class EnumCheckRule implements SchemaRule {
    private static final String ENUMERATED = "jakarta.persistence.Enumerated";

    @Override
    public String id() {
        return "enum-check";
    }

    /** One severity for the rule: in practice it reports ORDINAL enums, which the design says warn. */
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
        return "enums are stored by name with CHECK (col IN (...)) named <table>_<column>_valid; ORDINAL warns";
    }

    @Override
    public String explanation() {
        return """
                An enum stored by name (`@Enumerated(EnumType.STRING)`) reads the same in SQL as in \
                Java, and Tablesmith guards it with the handbook's \
                `CONSTRAINT <table>_<column>_valid CHECK (<column> IN ('A', 'B'))`, so no other \
                writer can store a value the code does not know. An ORDINAL enum (JPA's default \
                when `@Enumerated` is missing) stores the constant's position: inserting or \
                reordering constants silently changes what every stored row means. The rule \
                reports ORDINAL enums, and a STRING enum that got no check (its type has no \
                constants to list). Its findings are warnings by default, because ORDINAL is legal \
                JPA; `-Atablesmith.rule.enum_check=error` makes them fail the build.
                Compliant: `@Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) \
                private OrderStatus status;`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Declared d : DeclaredColumns.of(context)) {
            EnumStorage storage = d.facts().enumStorage();
            if (storage == EnumStorage.ORDINAL) {
                // on the written EnumType.ORDINAL when there is one; the position falls back to the field
                Origin at = d.source().origin().elementOnly().value(ENUMERATED, "value");
                report.accept(Finding.of(IntegrityMessages.ENUM_ORDINAL, at, d.source().entity(), d.field(),
                        d.javaType()));
            } else if (storage == EnumStorage.STRING) {
                String check = d.table().name() + "_" + d.column().name() + "_valid";
                if (d.table().checks().stream().noneMatch(c -> c.name().equals(check))) {
                    report.accept(Finding.of(IntegrityMessages.ENUM_WITHOUT_CONSTANTS, d.source().origin(),
                            d.source().entity(), d.column().name(), d.table().name(), check, d.javaType()));
                }
            }
        }
    }
}
