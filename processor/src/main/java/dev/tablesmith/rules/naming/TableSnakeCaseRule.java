package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.function.Consumer;

/** Table names are snake_case. */
public final class TableSnakeCaseRule implements SchemaRule {
    @Override
    public String id() {
        return "table-snake-case";
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
        return "table names are snake_case: lower-case letters, digits and single underscores";
    }

    @Override
    public String explanation() {
        return """
                Unquoted identifiers fold to lower case in PostgreSQL (and to the file system's case \
                in MySQL), so a mixed-case name must be quoted in every query or it names another \
                table. The handbook writes tables in snake_case. With -Atablesmith.naming=jpa the \
                class name is used as is, so name the table explicitly.
                Compliant: `@Entity @Table(name = "order_items") class OrderItem { ... }`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            if (NamingSupport.isSnakeCase(table.name())) {
                continue;
            }
            Source source = context.sources().find(Ref.table(table.name()));
            String fix = NamingSupport.fix(source, NamingSupport.tableAnnotation(table),
                    NamingSupport.tableNameFor(table.name()));
            report.accept(Finding.of(NamingMessages.TABLE_SNAKE_CASE, source.nameOrOrigin(), source.entity(),
                    table.name(), fix));
        }
    }
}
