package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.QualifiedNames;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.function.Consumer;

/**
 * A foreign key column is named after the table it references: {@code <referenced_singular>_id}.
 * Where a table references itself, or the same table more than once, a role name ending in
 * {@code _id} ({@code parent_id}, {@code sender_id}) is accepted, since one name cannot serve twice.
 */
public final class FkColumnNameRule implements SchemaRule {
    @Override
    public String id() {
        return "fk-column-name";
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
        return "a foreign key column is <referenced_singular>_id; a role name <role>_id where a table "
                + "references itself or the same table more than once";
    }

    @Override
    public String explanation() {
        return """
                `user_id` tells every reader which table a column points at. A role name says why \
                instead, and is needed only where one name cannot serve: a self reference \
                (`categories.parent_id`) or two references to one table (`messages.sender_id`, \
                `messages.recipient_id`). A key to a column other than `id` is named \
                `<referenced_singular>_<column>` (`country_code`), or as the column when that already \
                names its thing (`merchant_id` for `merchant_stores.merchant_id`).
                Compliant: `@ManyToOne @JoinColumn(name = "user_id") private User user;`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                long sameTarget = table.foreignKeys().stream()
                        .filter(other -> other.referencedTable().equals(fk.referencedTable())).count();
                boolean rolesAllowed = fk.referencedTable().equals(table.name()) || sameTarget > 1;
                String singular = NamingSupport.singularOf(QualifiedNames.local(fk.referencedTable()));
                // a key shared with the referenced table (a JOINED subclass's, a secondary table's) may keep its name
                boolean sharedKey = table.primaryKey() != null && table.primaryKey().columns().equals(fk.columns());
                for (int i = 0; i < fk.columns().size() && i < fk.referencedColumns().size(); i++) {
                    if (sharedKey && fk.columns().get(i).equals(fk.referencedColumns().get(i))) {
                        continue;
                    }
                    check(context, table, fk, fk.columns().get(i), fk.referencedColumns().get(i), singular,
                            rolesAllowed, report);
                }
            }
        }
    }

    private void check(SchemaContext context, Table table, ForeignKey fk, String column, String referencedColumn,
            String singular, boolean rolesAllowed, Consumer<Finding> report) {
        // a key column that already names its thing (merchant_stores.merchant_id) is copied as it is;
        // a bare one (countries.code) takes the table's singular (country_code), also accepted for the first
        String qualified = singular + "_" + referencedColumn;
        String expected = referencedColumn.equals("id") ? singular + "_id"
                : referencedColumn.startsWith(singular + "_") || referencedColumn.contains("_") ? referencedColumn
                : qualified;
        String suffix = "_" + referencedColumn.substring(referencedColumn.lastIndexOf('_') + 1);
        if (column.equals(expected) || (!referencedColumn.equals("id") && column.equals(qualified))) {
            return;
        }
        boolean roleName = column.endsWith(suffix) && column.length() > suffix.length();
        if (rolesAllowed && roleName) {
            return;
        }
        Source source = context.sources().find(Ref.column(table.name(), column));
        if (rolesAllowed) {
            String snake = NamingSupport.toSnakeCase(column);
            String suggestion = snake == null ? null : snake.endsWith(suffix) ? snake : snake + suffix;
            report.accept(Finding.of(NamingMessages.FK_COLUMN_ROLE_SUFFIX, source.nameOrOrigin(), source.entity(),
                    column, fk.referencedTable(), suffix, NamingSupport.fixForColumn(table, column, source, suggestion)));
        } else {
            report.accept(Finding.of(roleName ? NamingMessages.FK_COLUMN_NOT_A_ROLE : NamingMessages.FK_COLUMN_NAME,
                    source.nameOrOrigin(), source.entity(), column, fk.referencedTable(), expected,
                    NamingSupport.fixForColumn(table, column, source, expected)));
        }
    }
}
