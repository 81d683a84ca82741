package dev.tablesmith.diff;

import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Schema × change → the schema after it: the inverse view of {@link SchemaDiff}. Lets a script
 * writer know the whole schema at every step of a migration (up and down), for a dialect that
 * cannot alter a table in place and must write the table's full definition (SQLite's table
 * rebuild). Pure; a change about something the schema does not hold leaves it as it is.
 */
public final class SchemaChanges {
    private SchemaChanges() {}

    public static Schema apply(Schema schema, List<Change> changes) {
        Schema s = schema;
        for (Change c : changes) {
            s = apply(s, c);
        }
        return s;
    }

    public static Schema apply(Schema s, Change change) {
        if (change instanceof Change.CreateTable c) {
            List<Table> tables = new ArrayList<>(s.tables());
            tables.removeIf(t -> t.name().equals(c.definition().name()));
            tables.add(c.definition());
            return new Schema(tables, s.sequences());
        }
        if (change instanceof Change.DropTable d) {
            return new Schema(s.tables().stream().filter(t -> !t.name().equals(d.definition().name())).toList(),
                    s.sequences());
        }
        if (change instanceof Change.RenameTable r) {
            List<Table> tables = s.tables().stream().map(t -> {
                Table.Builder b = t.toBuilder();
                if (t.name().equals(r.from())) {
                    b.name = r.to();
                }
                b.foreignKeys.replaceAll(f -> f.referencedTable().equals(r.from())
                        ? new ForeignKey(f.name(), f.columns(), r.to(), f.referencedColumns(), f.onDelete()) : f);
                return b.build();
            }).toList();
            return new Schema(tables, s.sequences());
        }
        if (change instanceof Change.RenameSequence r) {
            return new Schema(s.tables(), s.sequences().stream()
                    .map(q -> q.name().equals(r.from()) ? new Sequence(r.to(), q.start(), q.increment()) : q).toList());
        }
        if (change instanceof Change.CreateSequence c) {
            List<Sequence> sequences = new ArrayList<>(s.sequences());
            sequences.removeIf(q -> q.name().equals(c.sequence().name()));
            sequences.add(c.sequence());
            return new Schema(s.tables(), sequences);
        }
        if (change instanceof Change.DropSequence d) {
            return new Schema(s.tables(),
                    s.sequences().stream().filter(q -> !q.name().equals(d.sequence().name())).toList());
        }
        if (change instanceof Change.AlterSequence a) {
            return new Schema(s.tables(),
                    s.sequences().stream().map(q -> q.name().equals(a.from().name()) ? a.to() : q).toList());
        }
        if (change instanceof Change.RenameColumn r) {
            Schema renamed = table(s, r.table(), b -> renameColumn(b, r.from(), r.to()));
            // foreign keys of other tables name the column too
            return new Schema(renamed.tables().stream().map(t -> {
                Table.Builder b = t.toBuilder();
                b.foreignKeys.replaceAll(f -> f.referencedTable().equals(r.table())
                        ? new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                                rename(f.referencedColumns(), r.from(), r.to()), f.onDelete()) : f);
                return b.build();
            }).toList(), renamed.sequences());
        }
        if (change.table() == null) {
            return s; // the updated_at function, a no-op
        }
        return table(s, change.table(), b -> alter(b, change));
    }

    private static Schema table(Schema s, String name, java.util.function.Consumer<Table.Builder> edit) {
        return new Schema(s.tables().stream().map(t -> {
            if (!t.name().equals(name)) {
                return t;
            }
            Table.Builder b = t.toBuilder();
            edit.accept(b);
            return b.build();
        }).toList(), s.sequences());
    }

    private static void alter(Table.Builder b, Change change) {
        if (change instanceof Change.RenameConstraint r) {
            renameConstraint(b, r.from(), r.to());
        } else if (change instanceof Change.RenameIndex r) {
            b.indexes.replaceAll(i -> i.name().equals(r.from()) ? i.withName(r.to()) : i);
        } else if (change instanceof Change.RenameTrigger r) {
            b.triggers.replaceAll(t -> t.name().equals(r.from()) ? new Trigger(r.to(), t.column()) : t);
        } else if (change instanceof Change.AddColumn a) {
            b.columns.removeIf(c -> c.name().equals(a.column().name()));
            b.columns.add(a.column());
        } else if (change instanceof Change.DropColumn d) {
            b.columns.removeIf(c -> c.name().equals(d.column().name()));
        } else if (change instanceof Change.AlterColumnType t) {
            column(b, t.column(), c -> c.withType(t.to()).withDefault(t.defaultTo()));
        } else if (change instanceof Change.SetNotNull n) {
            column(b, n.column(), c -> c.withNullable(!n.notNull()));
        } else if (change instanceof Change.SetDefault d) {
            column(b, d.column(), c -> c.withDefault(d.to()));
        } else if (change instanceof Change.SetTableComment c) {
            b.comment = c.to();
        } else if (change instanceof Change.SetColumnComment c) {
            column(b, c.column(), col -> col.withComment(c.to()));
        } else if (change instanceof Change.SetIndexComment c) {
            b.indexes.replaceAll(i -> i.name().equals(c.index())
                    ? new Index(i.name(), i.elements(), i.unique(), i.method(), i.include(), i.where(), c.to()) : i);
        } else if (change instanceof Change.AddIndex a) {
            b.indexes.removeIf(i -> i.name().equals(a.index().name()));
            b.indexes.add(a.index());
        } else if (change instanceof Change.DropIndex d) {
            b.indexes.removeIf(i -> i.name().equals(d.index().name()));
        } else if (change instanceof Change.AddPrimaryKey p) {
            b.primaryKey = p.key();
        } else if (change instanceof Change.DropPrimaryKey p) {
            b.primaryKey = null;
        } else if (change instanceof Change.AddUnique u) {
            b.uniqueConstraints.removeIf(x -> x.name().equals(u.unique().name()));
            b.uniqueConstraints.add(u.unique());
        } else if (change instanceof Change.AddUniqueUsingIndex u) {
            // the unique index of the same name becomes the constraint
            b.indexes.removeIf(i -> i.name().equals(u.unique().name()));
            b.uniqueConstraints.removeIf(x -> x.name().equals(u.unique().name()));
            b.uniqueConstraints.add(u.unique());
        } else if (change instanceof Change.DropUnique u) {
            b.uniqueConstraints.removeIf(x -> x.name().equals(u.unique().name()));
        } else if (change instanceof Change.AddCheck c) {
            b.checks.removeIf(x -> x.name().equals(c.check().name()));
            b.checks.add(c.check());
        } else if (change instanceof Change.DropCheck c) {
            b.checks.removeIf(x -> x.name().equals(c.check().name()));
        } else if (change instanceof Change.AddForeignKey f) {
            b.foreignKeys.removeIf(x -> x.name().equals(f.foreignKey().name()));
            b.foreignKeys.add(f.foreignKey());
        } else if (change instanceof Change.DropForeignKey f) {
            b.foreignKeys.removeIf(x -> x.name().equals(f.foreignKey().name()));
        } else if (change instanceof Change.AddExclusion e) {
            b.exclusions.removeIf(x -> x.name().equals(e.exclusion().name()));
            b.exclusions.add(e.exclusion());
        } else if (change instanceof Change.DropExclusion e) {
            b.exclusions.removeIf(x -> x.name().equals(e.exclusion().name()));
        } else if (change instanceof Change.CreateTrigger t) {
            b.triggers.removeIf(x -> x.name().equals(t.trigger().name()));
            b.triggers.add(t.trigger());
        } else if (change instanceof Change.DropTrigger t) {
            b.triggers.removeIf(x -> x.name().equals(t.trigger().name()));
        } else if (change instanceof Change.SetDeprecated d) {
            if (d.column() == null) {
                b.deprecated = d.deprecated();
            } else {
                column(b, d.column(), c -> c.withDeprecated(d.deprecated()));
            }
        }
        // ValidateConstraint: the constraint is already in the schema
    }

    private static void column(Table.Builder b, String name, UnaryOperator<Column> f) {
        b.columns.replaceAll(c -> c.name().equals(name) ? f.apply(c) : c);
    }

    private static void renameColumn(Table.Builder b, String from, String to) {
        column(b, from, c -> c.withName(to));
        if (b.primaryKey != null) {
            b.primaryKey = new PrimaryKey(b.primaryKey.name(), rename(b.primaryKey.columns(), from, to));
        }
        b.foreignKeys.replaceAll(f -> new ForeignKey(f.name(), rename(f.columns(), from, to), f.referencedTable(),
                b.name.equals(f.referencedTable()) ? rename(f.referencedColumns(), from, to) : f.referencedColumns(),
                f.onDelete()));
        b.uniqueConstraints.replaceAll(u -> new UniqueConstraint(u.name(), rename(u.columns(), from, to)));
        b.indexes.replaceAll(i -> new Index(i.name(), i.elements().stream()
                .map(e -> from.equals(e.column())
                        ? new IndexElement(to, null, e.opclass(), e.descending(), e.nulls()) : e)
                .toList(), i.unique(), i.method(), rename(i.include(), from, to), i.where(), i.comment()));
        b.triggers.replaceAll(t -> t.column().equals(from) ? new Trigger(t.name(), to) : t);
    }

    private static void renameConstraint(Table.Builder b, String from, String to) {
        if (b.primaryKey != null && b.primaryKey.name().equals(from)) {
            b.primaryKey = new PrimaryKey(to, b.primaryKey.columns());
        }
        b.foreignKeys.replaceAll(f -> f.name().equals(from)
                ? new ForeignKey(to, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete()) : f);
        b.uniqueConstraints.replaceAll(u -> u.name().equals(from) ? new UniqueConstraint(to, u.columns()) : u);
        b.checks.replaceAll(c -> c.name().equals(from) ? new CheckConstraint(to, c.expression()) : c);
        b.exclusions.replaceAll(e -> e.name().equals(from)
                ? new ExclusionConstraint(to, e.method(), e.elements(), e.where()) : e);
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}
