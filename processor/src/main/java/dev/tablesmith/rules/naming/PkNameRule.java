package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.function.Consumer;

/** A single-column primary key is {@code id} or {@code <table_singular>_id}. */
public final class PkNameRule implements SchemaRule {
    @Override
    public String id() {
        return "pk-name";
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
        return "a primary key column is named id or <table_singular>_id";
    }

    @Override
    public String explanation() {
        return """
                Readers expect the key under one of two names: `id`, or the table's singular with \
                `_id` (`user_id` in `users`), which is also the name every foreign key to it uses. \
                Composite keys (join and collection tables, @EmbeddedId with several columns) are \
                made of foreign keys and business columns and are not judged here.
                Compliant: `@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            if (table.kind() != TableKind.ENTITY || table.primaryKey() == null
                    || table.primaryKey().columns().size() != 1) {
                continue;
            }
            String column = table.primaryKey().columns().get(0);
            String tableId = NamingSupport.singularOf(table.name()) + "_id";
            if (column.equals("id") || column.equals(tableId)) {
                continue;
            }
            Source source = context.sources().find(Ref.column(table.name(), column));
            String fix = NamingSupport.fixForColumn(table, column, source, "id");
            boolean inherited = source.entity() != null && !source.origin().typeName().equals(source.entity());
            // an inherited key is one declaration for many tables: the same text for all of them
            report.accept(inherited
                    ? Finding.of(NamingMessages.PK_NAME_INHERITED, source.nameOrOrigin(), source.entity(), column, fix)
                    : Finding.of(NamingMessages.PK_NAME, source.nameOrOrigin(), source.entity(), column, tableId, fix));
        }
    }
}
