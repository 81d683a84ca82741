package dev.tablesmith.diff;

import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Row;
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
        return change.accept(APPLY, s);
    }

    /** Each kind's effect on the schema; a kind with none (a validation, a no-op) returns it as it is. */
    private static final Change.Visitor<Schema, Schema> APPLY = new Change.Visitor<>() {
        public Schema createTable(Change.CreateTable c, Schema s) {
            List<Table> tables = new ArrayList<>(s.tables());
            tables.removeIf(t -> t.name().equals(c.definition().name()));
            tables.add(c.definition());
            return new Schema(tables, s.sequences());
        }

        public Schema dropTable(Change.DropTable d, Schema s) {
            return new Schema(s.tables().stream().filter(t -> !t.name().equals(d.definition().name())).toList(),
                    s.sequences());
        }

        public Schema renameTable(Change.RenameTable r, Schema s) {
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

        public Schema moveTable(Change.MoveTable m, Schema s) {
            return renameTable(new Change.RenameTable(m.from(), m.to()), s);
        }

        public Schema insertRow(Change.InsertRow r, Schema s) {
            return table(s, r.table(), b -> {
                b.rows.removeIf(x -> sameKey(b, x, r.row()));
                b.rows.add(r.row());
            });
        }

        public Schema deleteRow(Change.DeleteRow r, Schema s) {
            return table(s, r.table(), b -> b.rows.removeIf(x -> sameKey(b, x, r.row())));
        }

        public Schema renameSequence(Change.RenameSequence r, Schema s) {
            return new Schema(s.tables(), s.sequences().stream()
                    .map(q -> q.name().equals(r.from()) ? new Sequence(r.to(), q.start(), q.increment()) : q).toList());
        }

        public Schema createSequence(Change.CreateSequence c, Schema s) {
            List<Sequence> sequences = new ArrayList<>(s.sequences());
            sequences.removeIf(q -> q.name().equals(c.sequence().name()));
            sequences.add(c.sequence());
            return new Schema(s.tables(), sequences);
        }

        public Schema dropSequence(Change.DropSequence d, Schema s) {
            return new Schema(s.tables(),
                    s.sequences().stream().filter(q -> !q.name().equals(d.sequence().name())).toList());
        }

        public Schema alterSequence(Change.AlterSequence a, Schema s) {
            return new Schema(s.tables(),
                    s.sequences().stream().map(q -> q.name().equals(a.from().name()) ? a.to() : q).toList());
        }

        public Schema renameColumn(Change.RenameColumn r, Schema s) {
            Schema renamed = table(s, r.table(), b -> SchemaChanges.renameColumn(b, r.from(), r.to()));
            // foreign keys of other tables name the column too
            return new Schema(renamed.tables().stream().map(t -> {
                Table.Builder b = t.toBuilder();
                b.foreignKeys.replaceAll(f -> f.referencedTable().equals(r.table())
                        ? new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                                rename(f.referencedColumns(), r.from(), r.to()), f.onDelete()) : f);
                return b.build();
            }).toList(), renamed.sequences());
        }

        public Schema renameConstraint(Change.RenameConstraint r, Schema s) {
            return table(s, r.table(), b -> SchemaChanges.renameConstraint(b, r.from(), r.to()));
        }

        public Schema renameIndex(Change.RenameIndex r, Schema s) {
            return table(s, r.table(), b -> b.indexes.replaceAll(i -> i.name().equals(r.from()) ? i.withName(r.to()) : i));
        }

        public Schema renameTrigger(Change.RenameTrigger r, Schema s) {
            return table(s, r.table(), b -> b.triggers.replaceAll(
                    t -> t.name().equals(r.from()) ? new Trigger(r.to(), t.column()) : t));
        }

        public Schema addColumn(Change.AddColumn a, Schema s) {
            return table(s, a.table(), b -> {
                b.columns.removeIf(c -> c.name().equals(a.column().name()));
                b.columns.add(a.column());
            });
        }

        public Schema dropColumn(Change.DropColumn d, Schema s) {
            return table(s, d.table(), b -> b.columns.removeIf(c -> c.name().equals(d.column().name())));
        }

        public Schema alterColumnType(Change.AlterColumnType t, Schema s) {
            return table(s, t.table(), b -> column(b, t.column(), c -> c.withType(t.to()).withDefault(t.defaultTo())));
        }

        public Schema setNotNull(Change.SetNotNull n, Schema s) {
            return table(s, n.table(), b -> column(b, n.column(), c -> c.withNullable(!n.notNull())));
        }

        public Schema setDefault(Change.SetDefault d, Schema s) {
            return table(s, d.table(), b -> column(b, d.column(), c -> c.withDefault(d.to())));
        }

        public Schema setTableComment(Change.SetTableComment c, Schema s) {
            return table(s, c.table(), b -> b.comment = c.to());
        }

        public Schema setColumnComment(Change.SetColumnComment c, Schema s) {
            return table(s, c.table(), b -> column(b, c.column(), col -> col.withComment(c.to())));
        }

        public Schema setIndexComment(Change.SetIndexComment c, Schema s) {
            return table(s, c.table(), b -> b.indexes.replaceAll(i -> i.name().equals(c.index())
                    ? new Index(i.name(), i.elements(), i.unique(), i.method(), i.include(), i.where(), c.to()) : i));
        }

        public Schema addIndex(Change.AddIndex a, Schema s) {
            return table(s, a.table(), b -> {
                b.indexes.removeIf(i -> i.name().equals(a.index().name()));
                b.indexes.add(a.index());
            });
        }

        public Schema dropIndex(Change.DropIndex d, Schema s) {
            return table(s, d.table(), b -> b.indexes.removeIf(i -> i.name().equals(d.index().name())));
        }

        public Schema addPrimaryKey(Change.AddPrimaryKey p, Schema s) {
            return table(s, p.table(), b -> b.primaryKey = p.key());
        }

        public Schema dropPrimaryKey(Change.DropPrimaryKey p, Schema s) {
            return table(s, p.table(), b -> b.primaryKey = null);
        }

        public Schema addUnique(Change.AddUnique u, Schema s) {
            return table(s, u.table(), b -> {
                b.uniqueConstraints.removeIf(x -> x.name().equals(u.unique().name()));
                b.uniqueConstraints.add(u.unique());
            });
        }

        public Schema addUniqueUsingIndex(Change.AddUniqueUsingIndex u, Schema s) {
            // the unique index of the same name becomes the constraint
            return table(s, u.table(), b -> {
                b.indexes.removeIf(i -> i.name().equals(u.unique().name()));
                b.uniqueConstraints.removeIf(x -> x.name().equals(u.unique().name()));
                b.uniqueConstraints.add(u.unique());
            });
        }

        public Schema dropUnique(Change.DropUnique u, Schema s) {
            return table(s, u.table(), b -> b.uniqueConstraints.removeIf(x -> x.name().equals(u.unique().name())));
        }

        public Schema addCheck(Change.AddCheck c, Schema s) {
            return table(s, c.table(), b -> {
                b.checks.removeIf(x -> x.name().equals(c.check().name()));
                b.checks.add(c.check());
            });
        }

        public Schema dropCheck(Change.DropCheck c, Schema s) {
            return table(s, c.table(), b -> b.checks.removeIf(x -> x.name().equals(c.check().name())));
        }

        public Schema addForeignKey(Change.AddForeignKey f, Schema s) {
            return table(s, f.table(), b -> {
                b.foreignKeys.removeIf(x -> x.name().equals(f.foreignKey().name()));
                b.foreignKeys.add(f.foreignKey());
            });
        }

        public Schema dropForeignKey(Change.DropForeignKey f, Schema s) {
            return table(s, f.table(), b -> b.foreignKeys.removeIf(x -> x.name().equals(f.foreignKey().name())));
        }

        public Schema validateConstraint(Change.ValidateConstraint v, Schema s) {
            return s; // the constraint is already in the schema
        }

        public Schema addExclusion(Change.AddExclusion e, Schema s) {
            return table(s, e.table(), b -> {
                b.exclusions.removeIf(x -> x.name().equals(e.exclusion().name()));
                b.exclusions.add(e.exclusion());
            });
        }

        public Schema dropExclusion(Change.DropExclusion e, Schema s) {
            return table(s, e.table(), b -> b.exclusions.removeIf(x -> x.name().equals(e.exclusion().name())));
        }

        public Schema createTrigger(Change.CreateTrigger t, Schema s) {
            return table(s, t.table(), b -> {
                b.triggers.removeIf(x -> x.name().equals(t.trigger().name()));
                b.triggers.add(t.trigger());
            });
        }

        public Schema dropTrigger(Change.DropTrigger t, Schema s) {
            return table(s, t.table(), b -> b.triggers.removeIf(x -> x.name().equals(t.trigger().name())));
        }

        public Schema setDeprecated(Change.SetDeprecated d, Schema s) {
            return table(s, d.table(), b -> {
                if (d.column() == null) {
                    b.deprecated = d.deprecated();
                } else {
                    column(b, d.column(), c -> c.withDeprecated(d.deprecated()));
                }
            });
        }

        public Schema noOp(Change.NoOp n, Schema s) {
            return s;
        }
    };

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

    private static void column(Table.Builder b, String name, UnaryOperator<Column> f) {
        b.columns.replaceAll(c -> c.name().equals(name) ? f.apply(c) : c);
    }

    /** Renames a column and every reference to it within its table, as the database does. */
    static void renameColumn(Table.Builder b, String from, String to) {
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

    /** Whether two rows of a table have the same primary-key values (all values, for a table without a key). */
    static boolean sameKey(Table.Builder b, Row x, Row y) {
        List<String> key = b.primaryKey == null ? List.copyOf(x.values().keySet()) : b.primaryKey.columns();
        return key.stream().allMatch(c -> java.util.Objects.equals(x.values().get(c), y.values().get(c)));
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}
