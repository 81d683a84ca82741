package dev.tablesmith.codegen;

import dev.tablesmith.dialect.Sql;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Short SQL-like definitions of constraints and indexes for documentation (Javadoc and
 * {@code schema.md}): the part after the name, e.g. {@code FOREIGN KEY (user_id) REFERENCES users (id)}.
 */
final class Definitions {
    private Definitions() {}

    /** A named constraint of a table: its kind for a heading and its definition. */
    record Constraint(String name, String kind, String definition) {}

    /** Every constraint of a table: primary key, foreign keys, uniques, checks, exclusions, in that order. */
    static List<Constraint> constraints(Table table) {
        List<Constraint> all = new ArrayList<>();
        PrimaryKey pk = table.primaryKey();
        if (pk != null) {
            all.add(new Constraint(pk.name(), "primary key", "PRIMARY KEY (" + Sql.list(pk.columns()) + ")"));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            all.add(new Constraint(fk.name(), "foreign key", foreignKey(fk)));
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            all.add(new Constraint(u.name(), "unique", "UNIQUE (" + Sql.list(u.columns()) + ")"));
        }
        for (CheckConstraint c : table.checks()) {
            all.add(new Constraint(c.name(), "check", "CHECK (" + c.expression() + ")"));
        }
        for (ExclusionConstraint e : table.exclusions()) {
            all.add(new Constraint(e.name(), "exclusion", exclusion(e)));
        }
        return all;
    }

    static String foreignKey(ForeignKey fk) {
        return "FOREIGN KEY (" + Sql.list(fk.columns()) + ") REFERENCES " + fk.referencedTable()
                + " (" + Sql.list(fk.referencedColumns()) + ")"
                + (fk.onDelete() == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + fk.onDelete().sql());
    }

    static String exclusion(ExclusionConstraint e) {
        String elements = e.elements().stream().map(el -> Sql.element(el.expression()) + " WITH " + el.operator())
                .collect(Collectors.joining(", "));
        return "EXCLUDE USING " + e.method().sql() + " (" + elements + ")"
                + (e.where() == null ? "" : " WHERE (" + e.where() + ")");
    }

    /** {@code UNIQUE USING gin (a, lower(b) DESC) INCLUDE (c) WHERE p}, leaving out what does not apply. */
    static String index(Index index) {
        StringBuilder s = new StringBuilder();
        if (index.unique()) {
            s.append("UNIQUE ");
        }
        if (index.method() != IndexMethod.BTREE) {
            s.append("USING ").append(index.method().sql()).append(' ');
        }
        s.append('(').append(index.elements().stream().map(Definitions::indexElement)
                .collect(Collectors.joining(", "))).append(')');
        if (!index.include().isEmpty()) {
            s.append(" INCLUDE (").append(Sql.list(index.include())).append(')');
        }
        if (index.where() != null) {
            s.append(" WHERE ").append(index.where());
        }
        return s.toString();
    }

    private static String indexElement(IndexElement e) {
        StringBuilder s = new StringBuilder(e.column() != null ? e.column() : Sql.element(e.expression()));
        if (e.opclass() != null) {
            s.append(' ').append(e.opclass());
        }
        if (e.descending()) {
            s.append(" DESC");
        }
        if (e.nulls() != null) {
            s.append(" NULLS ").append(e.nulls());
        }
        return s.toString();
    }

    /** The foreign key a column belongs to, for "references users (id)" notes; null when none. */
    static ForeignKey foreignKeyOf(Table table, Column column) {
        return table.foreignKeys().stream().filter(fk -> fk.columns().contains(column.name())).findFirst().orElse(null);
    }
}
