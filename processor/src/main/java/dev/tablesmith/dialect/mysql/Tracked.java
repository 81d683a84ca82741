package dev.tablesmith.dialect.mysql;

import dev.tablesmith.diff.Change;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The tables as a script's changes leave them, one change at a time: what {@code MODIFY COLUMN}
 * must restate, and which constraints and indexes exist to rename or drop. Only what MySQL's
 * statements need is followed.
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

    void apply(Change change) {
        applyModel(change);
        if (change.table() != null && tables.containsKey(change.table())) {
            followInnoDb(tables.get(change.table()));
        }
        if (change instanceof Change.CreateTable c) {
            followInnoDb(tables.get(c.definition().name()));
        }
    }

    private void applyModel(Change change) {
        if (change instanceof Change.CreateSequence q) {
            sequences.add(q.sequence().name());
        } else if (change instanceof Change.DropSequence q) {
            sequences.remove(q.sequence().name());
        } else if (change instanceof Change.RenameSequence q && sequences.remove(q.from())) {
            sequences.add(q.to());
        } else if (change instanceof Change.CreateTable c) {
            tables.put(c.definition().name(), c.definition().toBuilder());
        } else if (change instanceof Change.DropTable d) {
            tables.remove(d.definition().name());
        } else if (change instanceof Change.RenameTable r) {
            Table.Builder t = tables.remove(r.from());
            if (t != null) {
                t.name = r.to();
                tables.put(r.to(), t);
            }
        } else if (change instanceof Change.RenameConstraint r) {
            edit(r.table(), t -> renameConstraint(t, r.from(), r.to()));
        } else if (change instanceof Change.RenameIndex r) {
            edit(r.table(), t -> replaceAll(t.indexes, i -> i.name().equals(r.from()), i -> i.withName(r.to())));
        } else if (change instanceof Change.AddColumn a) {
            edit(a.table(), t -> t.columns.add(a.column()));
        } else if (change instanceof Change.DropColumn d) {
            edit(d.table(), t -> t.columns.removeIf(c -> c.name().equals(d.column().name())));
        } else if (change instanceof Change.RenameColumn r) {
            column(r.table(), r.from(), c -> c.withName(r.to()));
            edit(r.table(), t -> replaceAll(t.triggers, g -> g.column().equals(r.from()),
                    g -> new Trigger(g.name(), r.to())));
        } else if (change instanceof Change.AlterColumnType a) {
            column(a.table(), a.column(), c -> c.withType(a.to()).withDefault(a.defaultTo()));
        } else if (change instanceof Change.SetNotNull n) {
            column(n.table(), n.column(), c -> c.withNullable(!n.notNull()));
        } else if (change instanceof Change.SetDefault d) {
            column(d.table(), d.column(), c -> c.withDefault(d.to()));
        } else if (change instanceof Change.SetColumnComment c) {
            column(c.table(), c.column(), col -> col.withComment(c.to()));
        } else if (change instanceof Change.SetTableComment c) {
            edit(c.table(), t -> t.comment = c.to());
        } else if (change instanceof Change.SetIndexComment c) {
            edit(c.table(), t -> replaceAll(t.indexes, i -> i.name().equals(c.index()), i -> new Index(i.name(),
                    i.elements(), i.unique(), i.method(), i.include(), i.where(), c.to())));
        } else if (change instanceof Change.AddIndex a) {
            edit(a.table(), t -> t.indexes.add(a.index()));
        } else if (change instanceof Change.DropIndex d) {
            edit(d.table(), t -> t.indexes.removeIf(i -> i.name().equals(d.index().name())));
        } else if (change instanceof Change.AddPrimaryKey p) {
            edit(p.table(), t -> t.primaryKey = p.key());
        } else if (change instanceof Change.DropPrimaryKey p) {
            edit(p.table(), t -> t.primaryKey = null);
        } else if (change instanceof Change.AddUnique u) {
            edit(u.table(), t -> t.uniqueConstraints.add(u.unique()));
        } else if (change instanceof Change.AddUniqueUsingIndex u) {
            // the unique index built just before becomes the constraint
            edit(u.table(), t -> {
                t.indexes.removeIf(i -> i.name().equals(u.unique().name()));
                t.uniqueConstraints.add(u.unique());
            });
        } else if (change instanceof Change.DropUnique u) {
            edit(u.table(), t -> t.uniqueConstraints.removeIf(x -> x.name().equals(u.unique().name())));
        } else if (change instanceof Change.AddCheck c) {
            edit(c.table(), t -> t.checks.add(c.check()));
        } else if (change instanceof Change.DropCheck c) {
            edit(c.table(), t -> t.checks.removeIf(x -> x.name().equals(c.check().name())));
        } else if (change instanceof Change.AddForeignKey f) {
            edit(f.table(), t -> t.foreignKeys.add(f.foreignKey()));
        } else if (change instanceof Change.DropForeignKey f) {
            edit(f.table(), t -> t.foreignKeys.removeIf(x -> x.name().equals(f.foreignKey().name())));
        } else if (change instanceof Change.CreateTrigger g) {
            edit(g.table(), t -> t.triggers.add(g.trigger()));
        } else if (change instanceof Change.DropTrigger g) {
            edit(g.table(), t -> t.triggers.removeIf(x -> x.name().equals(g.trigger().name())));
        }
    }

    private void edit(String table, Consumer<Table.Builder> edit) {
        Table.Builder t = tables.get(table);
        if (t != null) {
            edit.accept(t);
        }
    }

    private void column(String table, String column, java.util.function.UnaryOperator<Column> f) {
        edit(table, t -> replaceAll(t.columns, c -> c.name().equals(column), f));
    }

    private static void renameConstraint(Table.Builder t, String from, String to) {
        if (t.primaryKey != null && t.primaryKey.name().equals(from)) {
            t.primaryKey = new dev.tablesmith.model.PrimaryKey(to, t.primaryKey.columns());
        }
        replaceAll(t.uniqueConstraints, u -> u.name().equals(from), u -> new UniqueConstraint(to, u.columns()));
        replaceAll(t.checks, c -> c.name().equals(from), c -> new CheckConstraint(to, c.expression()));
        if (t.foreignKeys.stream().anyMatch(f -> f.name().equals(from))) {
            // a key's stand-in index is renamed with it (MySqlDialect renders that)
            replaceAll(t.indexes, i -> i.name().equals(from), i -> i.withName(to));
        }
        replaceAll(t.foreignKeys, f -> f.name().equals(from),
                f -> new ForeignKey(to, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete()));
    }

    private static <T> void replaceAll(List<T> list, Predicate<T> which, java.util.function.UnaryOperator<T> f) {
        list.replaceAll(x -> which.test(x) ? f.apply(x) : x);
    }
}
