package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import dev.tablesmith.safety.ReservedWords;
import dev.tablesmith.safety.SqlEngine;
import java.util.List;
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
            String snake = NamingSupport.toSnakeCase(table.name());
            if (snake == null) {
                continue; // a name in another script: table-snake-case asks for an ASCII name
            }
            String last = snake.substring(snake.lastIndexOf('_') + 1);
            if (!last.matches("[a-z]+") || English.isPlural(last)) {
                continue; // a trailing number or code cannot be judged
            }
            Source source = context.sources().find(Ref.table(table.name()));
            // the same name reserved-word suggests, so one rename fixes both and one finding says so
            String fix = NamingSupport.fix(source, NamingSupport.tableAnnotation(table),
                    ReservedWordRule.tableSuggestion(table.name()));
            List<SqlEngine> reserved = ReservedWords.reservedIn(table.name());
            report.accept(reserved.isEmpty()
                    ? Finding.of(NamingMessages.TABLE_PLURAL, source.nameOrOrigin(), source.entity(), table.name(), fix)
                    : Finding.of(NamingMessages.TABLE_PLURAL_AND_RESERVED, source.nameOrOrigin(), source.entity(),
                            table.name(), ReservedWordRule.titles(reserved), fix));
        }
    }
}
