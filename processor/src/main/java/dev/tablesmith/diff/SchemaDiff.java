package dev.tablesmith.diff;

import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Compares two schemas and lists the changes that turn the old into the new, unordered (see
 * {@link ChangeOrder}). Objects are matched by name; {@code @RenamedFrom} renames match a new
 * name to an old one. A changed definition of a named object is a drop plus an add.
 */
public final class SchemaDiff {
    private SchemaDiff() {}

    public static List<Change> diff(Schema from, Schema to, Renames renames) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> oldNameOf = new HashMap<>();
        for (Table table : to.tables()) {
            String old = renames.tables().get(table.name());
            if (old != null && from.table(old).isPresent() && from.table(table.name()).isEmpty()) {
                oldNameOf.put(table.name(), old);
                changes.add(new Change.RenameTable(old, table.name()));
            }
        }
        Set<String> matchedOld = new HashSet<>();
        for (Table table : to.tables()) {
            String oldName = oldNameOf.getOrDefault(table.name(), table.name());
            Optional<Table> old = from.table(oldName);
            if (old.isEmpty()) {
                changes.add(new Change.CreateTable(table));
            } else {
                matchedOld.add(oldName);
                diffTable(oldName, renamed(old.get(), table.name()), table, renames.columnsOf(table.name()), changes);
            }
        }
        for (Table table : from.tables()) {
            if (!matchedOld.contains(table.name())) {
                changes.add(new Change.DropTable(table));
            }
        }
        diffNamed(from.sequences(), to.sequences(), Sequence::name,
                s -> changes.add(new Change.CreateSequence(s)),
                s -> changes.add(new Change.DropSequence(s)),
                (a, b) -> changes.add(new Change.AlterSequence(a, b)));
        if (!from.needsUpdatedAtFunction() && to.needsUpdatedAtFunction()) {
            changes.add(new Change.CreateUpdatedAtFunction());
        } else if (from.needsUpdatedAtFunction() && !to.needsUpdatedAtFunction()) {
            changes.add(new Change.DropUpdatedAtFunction());
        }
        return changes;
    }

    private static Table renamed(Table table, String name) {
        Table.Builder b = table.toBuilder();
        b.name = name;
        return b.build();
    }

    /**
     * @param oldTable the table's name before a rename: dropped constraints, indexes and triggers go
     *     before the renames (they may name old columns), so they name the table the old way
     */
    private static void diffTable(String oldTable, Table from, Table to, Map<String, String> columnRenames,
            List<Change> changes) {
        String t = to.name();
        String o = oldTable;
        Map<String, String> oldColumnOf = new HashMap<>();
        for (Column column : to.columns()) {
            String old = columnRenames.get(column.name());
            if (old != null && from.hasColumn(old) && !from.hasColumn(column.name())) {
                oldColumnOf.put(column.name(), old);
                changes.add(new Change.RenameColumn(t, old, column.name()));
            }
        }
        Set<String> matched = new HashSet<>();
        for (Column column : to.columns()) {
            String oldName = oldColumnOf.getOrDefault(column.name(), column.name());
            Optional<Column> old = from.column(oldName);
            if (old.isEmpty()) {
                changes.add(new Change.AddColumn(t, column));
                continue;
            }
            matched.add(oldName);
            diffColumn(t, old.get().withName(column.name()), column, changes);
        }
        for (Column column : from.columns()) {
            if (!matched.contains(column.name())) {
                changes.add(new Change.DropColumn(t, column));
            }
        }
        if (!Objects.equals(from.primaryKey(), to.primaryKey())) {
            if (from.primaryKey() != null) {
                changes.add(new Change.DropPrimaryKey(o, from.primaryKey()));
            }
            if (to.primaryKey() != null) {
                changes.add(new Change.AddPrimaryKey(t, to.primaryKey()));
            }
        }
        replaceNamed(from.uniqueConstraints(), to.uniqueConstraints(), UniqueConstraint::name,
                u -> changes.add(new Change.AddUnique(t, u)), u -> changes.add(new Change.DropUnique(o, u)));
        replaceNamed(from.checks(), to.checks(), CheckConstraint::name,
                c -> changes.add(new Change.AddCheck(t, c, false)), c -> changes.add(new Change.DropCheck(o, c, false)));
        replaceNamed(from.foreignKeys(), to.foreignKeys(), ForeignKey::name,
                f -> changes.add(new Change.AddForeignKey(t, f, false)),
                f -> changes.add(new Change.DropForeignKey(o, f, false)));
        replaceNamed(from.exclusions(), to.exclusions(), ExclusionConstraint::name,
                e -> changes.add(new Change.AddExclusion(t, e)), e -> changes.add(new Change.DropExclusion(o, e)));
        diffNamed(from.indexes(), to.indexes(), Index::name,
                i -> changes.add(new Change.AddIndex(t, i, false)),
                i -> changes.add(new Change.DropIndex(o, i, false)),
                (a, b) -> {
                    if (withoutComment(a).equals(withoutComment(b))) {
                        changes.add(new Change.SetIndexComment(t, b.name(), a.comment(), b.comment()));
                    } else {
                        changes.add(new Change.DropIndex(o, a, false));
                        changes.add(new Change.AddIndex(t, b, false));
                    }
                });
        replaceNamed(from.triggers(), to.triggers(), Trigger::name,
                tr -> changes.add(new Change.CreateTrigger(t, tr)), tr -> changes.add(new Change.DropTrigger(o, tr)));
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new Change.SetTableComment(t, from.comment(), to.comment()));
        }
    }

    private static void diffColumn(String table, Column from, Column to, List<Change> changes) {
        if (!from.type().equals(to.type())) {
            changes.add(new Change.AlterColumnType(table, to.name(), from.type(), to.type()));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            changes.add(new Change.SetDefault(table, to.name(), from.defaultValue(), to.defaultValue()));
        }
        if (from.nullable() != to.nullable()) {
            changes.add(new Change.SetNotNull(table, to.name(), !to.nullable(), false));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new Change.SetColumnComment(table, to.name(), from.comment(), to.comment()));
        }
    }

    private static Index withoutComment(Index i) {
        return new Index(i.name(), i.elements(), i.unique(), i.method(), i.include(), i.where(), null);
    }

    /** Named objects whose changed definition is a drop plus an add. */
    private static <T> void replaceNamed(List<T> from, List<T> to, Function<T, String> name,
            Consumer<T> add, Consumer<T> drop) {
        diffNamed(from, to, name, add, drop, (a, b) -> {
            drop.accept(a);
            add.accept(b);
        });
    }

    private static <T> void diffNamed(List<T> from, List<T> to, Function<T, String> name,
            Consumer<T> add, Consumer<T> drop, BiConsumer<T, T> changed) {
        Map<String, T> old = new HashMap<>();
        from.forEach(o -> old.put(name.apply(o), o));
        Set<String> seen = new HashSet<>();
        for (T item : to) {
            T before = old.get(name.apply(item));
            seen.add(name.apply(item));
            if (before == null) {
                add.accept(item);
            } else if (!before.equals(item)) {
                changed.accept(before, item);
            }
        }
        for (T item : from) {
            if (!seen.contains(name.apply(item))) {
                drop.accept(item);
            }
        }
    }
}
