package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ConventionalNames;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An index name written by hand reads {@code idx_<table>_<columns or purpose>}. Indexes declared
 * without a name get {@code idx_<table>_<columns>} from Tablesmith, so only written names are judged.
 */
public final class IndexNameRule implements SchemaRule {
    @Override
    public String id() {
        return "index-name";
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
        return "index names read idx_<table>_<columns>; omitted names are generated so";
    }

    @Override
    public String explanation() {
        return """
                Indexes share one namespace per schema in PostgreSQL; `idx_<table>_<columns>` keeps \
                names unique and tells a reader of a query plan what the index covers. After the \
                table, a descriptive part is accepted where columns do not say it \
                (`idx_orders_pending` for a partial index). Leave the name out and Tablesmith \
                generates it (`lower(email)` gives `idx_users_email_lower`).
                Compliant: `@TableIndex(columns = {"user_id", "created_at DESC"})` \
                (named `idx_orders_user_id_created_at`), or \
                `@TableIndex(name = "idx_orders_pending", columns = "created_at", where = "status = 'PENDING'")`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            String prefix = "idx_" + table.name() + "_";
            for (Index index : table.indexes()) {
                Optional<Source> source = context.sources().get(Ref.object(table.name(), index.name()));
                if (source.isEmpty() || !source.get().nameExplicit()) {
                    continue; // generated: idx_<table>_<columns> by construction
                }
                String name = index.name();
                if (name.startsWith(prefix) && name.length() > prefix.length() && NamingSupport.isSnakeCase(name)) {
                    continue;
                }
                String expected = ConventionalNames.index(table.name(), index.elements());
                report.accept(Finding.of(NamingMessages.INDEX_NAME, source.get().nameOrOrigin(), source.get().entity(),
                        name, NamingSupport.fix(source.get(), "Index", expected)));
            }
        }
    }
}
