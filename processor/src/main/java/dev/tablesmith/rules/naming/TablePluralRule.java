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

/** Table names are plural: their last word is in the plural (or a mass noun such as {@code data}). */
public final class TablePluralRule implements SchemaRule {
    @Override
    public String id() {
        return "table-plural";
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
        return "table names are plural (users, order_items, categories, people)";
    }

    @Override
    public String explanation() {
        return """
                A table holds many rows, and the handbook names it in the plural: `users`, \
                `order_items`. The last word of the name is judged, with English irregulars \
                (person → people, child → children, category → categories, status → statuses, \
                index → indexes or indices); mass nouns such as `data`, `metadata` or `inventory` \
                are accepted as they are. Spring's and Hibernate's naming strategies never \
                pluralise, so an entity without @Table(name) gets a singular table.
                Compliant: `@Entity @Table(name = "order_items") class OrderItem { ... }`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            String snake = NamingSupport.toSnakeCase(table.localName());
            String last = snake.substring(snake.lastIndexOf('_') + 1);
            if (!last.matches("[a-z]+") || English.isPlural(last)) {
                continue; // a trailing number or code cannot be judged
            }
            Source source = context.sources().find(Ref.table(table.name()));
            String fix = NamingSupport.fix(source, NamingSupport.tableAnnotation(table), English.pluralizeLast(snake));
            report.accept(new Finding(id(), "table name " + NamingSupport.quoted(table.name())
                    + " should be plural: " + fix, source.nameOrOrigin(), source.entity()));
        }
    }
}
