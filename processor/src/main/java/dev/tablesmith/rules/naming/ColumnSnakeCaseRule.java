package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.function.Consumer;

/** Column names are snake_case. */
public final class ColumnSnakeCaseRule implements SchemaRule {
    @Override
    public String id() {
        return "column-snake-case";
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
        return "column names are snake_case (user_id, created_at, is_active)";
    }

    @Override
    public String explanation() {
        return """
                A mixed-case column must be quoted in every query, or PostgreSQL folds it to lower \
                case and reports it missing. Spring's naming turns `createdAt` into `created_at`; \
                with -Atablesmith.naming=jpa, or a name written in @Column, the name is used as is.
                Compliant: `@Column(name = "email_verified_at") private Instant emailVerifiedAt;`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            for (Column column : table.columns()) {
                if (NamingSupport.isSnakeCase(column.name())) {
                    continue;
                }
                Source source = context.sources().find(Ref.column(table.name(), column.name()));
                // no table in the text: a column of a mapped superclass is reported once for all subclasses
                String fix = NamingSupport.fixForColumn(table, column.name(), source,
                        NamingSupport.toSnakeCase(column.name()));
                report.accept(Finding.of(NamingMessages.COLUMN_SNAKE_CASE, source.nameOrOrigin(), source.entity(),
                        column.name(), fix));
            }
        }
    }
}
