package dev.tablesmith.dialect.mysql;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the schema before a change as InnoDB has them: the model's, plus the stand-in
 * index InnoDB keeps for every foreign key no other index serves. What {@code MODIFY COLUMN} must
 * restate, and which constraints and indexes exist to rename or drop.
 */
final class Tracked {
    private final Map<String, Table.Builder> tables = new LinkedHashMap<>();
    private final java.util.Set<String> sequences = new java.util.HashSet<>();

    Tracked(Schema start) {
        start.tables().forEach(t -> tables.put(t.name(), t.toBuilder()));
        start.sequences().forEach(q -> sequences.add(q.name()));
        // the model has no InnoDB stand-in indexes: a key no index serves has one in the database
        tables.values().forEach(this::followInnoDb);
    }

    /** A sequence the schema declares (an identity column's {@code <table>_<column>_seq} is none here). */
    boolean hasSequence(String name) {
        return sequences.contains(name);
    }

    Table table(String name) {
        return builder(name).build();
    }

    Column column(String table, String column) {
        return builder(table).columns.stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no column " + table + "." + column + " to modify"));
    }

    Index index(String table, String index) {
        return builder(table).indexes.stream().filter(i -> i.name().equals(index)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no index " + index + " on " + table));
    }

    boolean hasIndex(String table, String index) {
        Table.Builder t = tables.get(table);
        return t != null && t.indexes.stream().anyMatch(i -> i.name().equals(index));
    }

    List<String> updatedAt(String table) {
        Table.Builder t = tables.get(table);
        return t == null ? List.of() : t.triggers.stream().map(Trigger::column).toList();
    }

    /**
     * InnoDB needs an index that leads with a foreign key's columns, in order, and creates one named
     * after the key when none does; it drops that one by itself once another index can serve.
     */
    static boolean covered(Table.Builder t, List<String> columns) {
        List<List<String>> leads = new java.util.ArrayList<>();
        if (t.primaryKey != null) {
            leads.add(t.primaryKey.columns());
        }
        t.uniqueConstraints.forEach(u -> leads.add(u.columns()));
        t.indexes.stream().filter(MySqlDialect::writable)
                .forEach(i -> leads.add(i.elements().stream().map(e -> e.column()).toList()));
        return leads.stream().anyMatch(l -> l.size() >= columns.size() && l.subList(0, columns.size()).equals(columns));
    }

    /** The index InnoDB adds for a foreign key no index serves. */
    static Index standIn(ForeignKey fk) {
        return new Index(fk.name(), fk.columns().stream().map(dev.tablesmith.model.IndexElement::column).toList(),
                false, dev.tablesmith.model.IndexMethod.BTREE, List.of(), null, null);
    }

    /** After a change: InnoDB's own indexes appear for uncovered keys and go once another index serves. */
    private void followInnoDb(Table.Builder t) {
        for (ForeignKey fk : t.foreignKeys) {
            boolean hasStandIn = t.indexes.stream().anyMatch(i -> i.name().equals(fk.name()));
            if (hasStandIn) {
                Index standIn = t.indexes.stream().filter(i -> i.name().equals(fk.name())).findFirst().orElseThrow();
                t.indexes.remove(standIn);
                if (!covered(t, fk.columns())) {
                    t.indexes.add(standIn);
                }
            } else if (!covered(t, fk.columns())) {
                t.indexes.add(standIn(fk));
            }
        }
    }

    private Table.Builder builder(String name) {
        Table.Builder t = tables.get(name);
        if (t == null) {
            throw new IllegalStateException("no table " + name + " in the schema the script starts from");
        }
        return t;
    }
}
