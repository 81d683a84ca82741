package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import dev.tablesmith.rules.integrity.DeclaredColumns.Declared;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every denormalisation is documented: a {@code @Denormalized} says why, and a column that
 * obviously copies a column of a referenced table ({@code customer_email} beside
 * {@code customer_id}) carries one.
 */
public final class DenormalizationDocumentedRule implements SchemaRule {
    private static final String DENORMALIZED = "dev.tablesmith.annotations.Denormalized";
    private static final String ID_SUFFIX = "_id";

    @Override
    public String id() {
        return "denormalization-documented";
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
        return "denormalised columns carry @Denormalized with a reason";
    }

    @Override
    public String explanation() {
        return """
                The handbook starts from third normal form and asks to document every \
                denormalisation: a copied value goes stale unless something keeps it consistent, and \
                the next developer must know what. `@Denormalized(reason = ...)` records why; the \
                reason joins the column's comment and `schema.md`. The rule warns about a \
                `@Denormalized` with an empty reason, and about a column that obviously copies a \
                column of a table it references: `<role>_<column>` beside a foreign key \
                `<role>_id` whose table has `<column>` (`customer_email` beside `customer_id` \
                referencing `users.email`). A column that only looks like a copy takes \
                `@Allow(value = "denormalization-documented", reason = ...)`, or another name.
                Compliant: `@Denormalized(reason = "copied from products.price at checkout, which may \
                change later") @Column(nullable = false, precision = 10, scale = 2) private BigDecimal unitPrice;`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Declared d : DeclaredColumns.of(context)) {
            String reason = d.facts().denormalizedReason();
            if (reason != null) {
                if (reason.isBlank()) {
                    report.accept(Finding.of(IntegrityMessages.DENORMALIZED_WITHOUT_REASON,
                            d.source().origin().elementOnly().value(DENORMALIZED, "reason"), d.source().entity(),
                            d.field()));
                }
                continue;
            }
            if (d.facts().foreignKey()) {
                continue;
            }
            copiedColumn(context, d.table(), d.column()).ifPresent(copied -> report.accept(Finding.of(
                    IntegrityMessages.UNDOCUMENTED_COPY, d.source().origin(), d.source().entity(), d.column().name(),
                    copied.table(), copied.column(), copied.foreignKeyColumn())));
        }
    }

    /** A column of a referenced table, reached through the one-column foreign key {@code foreignKeyColumn}. */
    private record Copied(String table, String column, String foreignKeyColumn) {}

    /**
     * The referenced column a {@code <role>_<column>} column seems to copy, through a one-column
     * foreign key {@code <role>_id}.
     */
    private static Optional<Copied> copiedColumn(SchemaContext context, Table table, Column column) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.columns().size() != 1 || !fk.columns().get(0).endsWith(ID_SUFFIX)) {
                continue;
            }
            String fkColumn = fk.columns().get(0);
            String role = fkColumn.substring(0, fkColumn.length() - ID_SUFFIX.length() + 1); // keeps the '_'
            if (!column.name().startsWith(role) || column.name().equals(fkColumn)) {
                continue;
            }
            String rest = column.name().substring(role.length());
            Optional<Table> referenced = context.schema().table(fk.referencedTable());
            if (referenced.isPresent() && referenced.get().hasColumn(rest) && !fk.referencedColumns().contains(rest)) {
                return Optional.of(new Copied(referenced.get().name(), rest, fkColumn));
            }
        }
        return Optional.empty();
    }
}
