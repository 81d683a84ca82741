package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ConventionalNames;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.ForeignKeyIndexes;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Every foreign key's columns lead some index. Tablesmith adds {@code idx_<table>_<columns>} for a
 * foreign key no index, key or unique constraint leads with, while this rule is not off; the rule
 * reports the foreign keys that are still without one, which happens when a declared index already
 * has that name but cannot serve the key (partial, not b-tree, or other columns first).
 */
public final class FkIndexRule implements SchemaRule {
    @Override
    public String id() {
        return "fk-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Category category() {
        return Category.INTEGRITY;
    }

    @Override
    public String summary() {
        return "every foreign key's columns lead an index; Tablesmith adds idx_<table>_<columns> when none does";
    }

    @Override
    public String explanation() {
        return """
                Without an index on the referencing columns, every join from the referenced table \
                and every DELETE or key UPDATE there scans the whole referencing table (PostgreSQL \
                does not index foreign keys by itself). Tablesmith adds `idx_<table>_<columns>` for \
                each foreign key that no complete b-tree index, primary key or unique constraint \
                starts with, and this rule reports the ones it could not cover: a declared index \
                already has that name but is partial, not a b-tree, or leads with other columns. \
                Rename that index, or declare one that covers the key. With the rule at `warning` \
                the index is still added; `-Atablesmith.rule.fk_index=off` stops adding indexes for \
                foreign keys altogether (and reports nothing).
                Compliant: `@ManyToOne(optional = false) private User user;` (Tablesmith adds \
                `idx_orders_user_id`), or `@TableIndex(columns = {"user_id", "created_at DESC"})`, \
                which leads with the key's column.""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                if (ForeignKeyIndexes.isCovered(table, fk.columns())) {
                    continue;
                }
                Source source = context.sources().find(Ref.object(table.name(), fk.name()));
                report.accept(finding(table, fk, source));
            }
        }
    }

    private static Finding finding(Table table, ForeignKey fk, Source source) {
        String columns = String.join(", ", fk.columns());
        String name = ConventionalNames.foreignKeyIndex(table.name(), fk.columns());
        Optional<Index> blocking = table.indexes().stream().filter(i -> i.name().equals(name)).findFirst();
        if (blocking.isPresent()) {
            return Finding.of(IntegrityMessages.FK_INDEX_NAME_TAKEN, source.origin(), source.entity(), fk.name(),
                    columns, fk.referencedTable(), table.name(), name, why(blocking.get(), fk));
        }
        String declare = fk.columns().size() == 1
                ? "@TableIndex(columns = \"" + columns + "\")"
                : "@TableIndex(columns = {" + fk.columns().stream().map(c -> "\"" + c + "\"")
                        .collect(Collectors.joining(", ")) + "})";
        return Finding.of(IntegrityMessages.FK_NOT_INDEXED, source.origin(), source.entity(), fk.name(), columns,
                fk.referencedTable(), table.name(), declare);
    }

    private static String why(Index index, ForeignKey fk) {
        if (index.where() != null) {
            return "it is partial";
        }
        if (index.method() != IndexMethod.BTREE) {
            return "it is a " + index.method().sql() + " index";
        }
        return "it does not start with " + String.join(", ", fk.columns());
    }
}
