package dev.tablesmith.rules.naming;

import dev.tablesmith.safety.ReservedWords;
import dev.tablesmith.safety.SqlEngine;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * No table or column is named with a reserved word of any dialect Tablesmith writes for
 * (PostgreSQL, MySQL/MariaDB, SQLite), whichever dialects this build targets: the schema stays
 * portable and no query needs quoting.
 */
public final class ReservedWordRule implements SchemaRule {
    /** Descriptive replacements for reserved words commonly used as column names. */
    private static final Map<String, String> COLUMN_SUGGESTIONS = Map.ofEntries(
            Map.entry("order", "sort_order"), Map.entry("group", "group_name"), Map.entry("user", "user_name"),
            Map.entry("desc", "description"), Map.entry("default", "is_default"), Map.entry("primary", "is_primary"),
            Map.entry("key", "key_name"), Map.entry("index", "position"), Map.entry("rank", "ranking"),
            Map.entry("from", "starts_at"), Map.entry("to", "ends_at"), Map.entry("limit", "max_count"),
            Map.entry("range", "value_range"), Map.entry("check", "is_checked"), Map.entry("column", "column_name"),
            Map.entry("table", "table_name"), Map.entry("condition", "condition_text"),
            Map.entry("release", "release_name"), Map.entry("interval", "interval_length"));

    @Override
    public String id() {
        return "reserved-word";
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
        return "no table or column is named with a reserved word of PostgreSQL, MySQL/MariaDB or SQLite";
    }

    @Override
    public String explanation() {
        return """
                `user`, `order`, `group`, `desc`, `key`, `rank` ... are reserved in at least one of \
                the databases Tablesmith writes for: unquoted they are syntax errors, quoted they \
                must be quoted in every query by every tool. All three dialects are checked whatever \
                this build targets, so the schema can move. Class `Order` without @Table(name) maps \
                to the table `order`.
                Compliant: `@Entity @Table(name = "orders") class Order { @Column(name = "sort_order") int order; }`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            List<SqlEngine> tableDialects = ReservedWords.reservedIn(table.name());
            if (!tableDialects.isEmpty()) {
                Source source = context.sources().find(Ref.table(table.name()));
                String fix = NamingSupport.fix(source, NamingSupport.tableAnnotation(table), tableSuggestion(table.name()));
                report.accept(Finding.of(NamingMessages.RESERVED_TABLE, source.nameOrOrigin(), source.entity(),
                        table.name(), titles(tableDialects), fix));
            }
            for (Column column : table.columns()) {
                List<SqlEngine> dialects = ReservedWords.reservedIn(column.name());
                if (dialects.isEmpty()) {
                    continue;
                }
                Source source = context.sources().find(Ref.column(table.name(), column.name()));
                String fix = NamingSupport.fixForColumn(table, column.name(), source, columnSuggestion(column.name()));
                report.accept(Finding.of(NamingMessages.RESERVED_COLUMN, source.nameOrOrigin(), source.entity(),
                        column.name(), titles(dialects), fix));
            }
        }
    }

    /**
     * The plural when it is free ({@code user} → {@code users}), else a prefixed name. table-plural
     * suggests the same name, and where both report one table the reporter prints only
     * table-plural's finding, which names the reserved word too.
     */
    static String tableSuggestion(String name) {
        String plural = NamingSupport.tableNameFor(name);
        return ReservedWords.isReserved(plural) ? "app_" + plural : plural;
    }

    static String columnSuggestion(String name) {
        String known = COLUMN_SUGGESTIONS.get(name.toLowerCase(java.util.Locale.ROOT));
        return known != null ? known : NamingSupport.toSnakeCase(name) + "_value";
    }

    static String titles(List<SqlEngine> dialects) {
        List<String> names = dialects.stream().map(SqlEngine::title).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
