package dev.tablesmith.diff;

import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.QualifiedNames;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Row;
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
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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
        moves(from, to, renames, oldNameOf, changes);
        Map<String, String> newNameOf = new HashMap<>();
        oldNameOf.forEach((newName, old) -> newNameOf.put(old, newName));
        Set<String> matchedOld = new HashSet<>();
        // a name renamed away may be taken by a new table in the same step: that one is new
        Set<String> renamedAway = new HashSet<>(oldNameOf.values());
        for (Table table : to.tables()) {
            String oldName = oldNameOf.getOrDefault(table.name(), table.name());
            Optional<Table> old = oldNameOf.containsKey(table.name()) || !renamedAway.contains(oldName)
                    ? from.table(oldName) : Optional.empty();
            if (old.isEmpty()) {
                changes.add(new Change.CreateTable(table));
            } else {
                matchedOld.add(oldName);
                diffTable(oldName, renamed(old.get(), table.name()), table, renames.columnsOf(table.name()), newNameOf,
                        changes);
            }
        }
        for (Table table : from.tables()) {
            if (!matchedOld.contains(table.name())) {
                changes.add(new Change.DropTable(followingRenames(table, newNameOf)));
            }
        }
        List<Sequence> fromSequences = renameSequences(from, to, oldNameOf, renames, changes);
        diffNamed(fromSequences, to.sequences(), Sequence::name,
                s -> changes.add(new Change.CreateSequence(s)),
                s -> changes.add(new Change.DropSequence(s)),
                (a, b) -> changes.add(new Change.AlterSequence(a, b)));
        return changes;
    }

    /**
     * A table whose namespace changed ({@code @Table(schema)}) is moved, not dropped and created:
     * the new one is matched to the old table of the same entity whose local name it has (or, with
     * {@code @RenamedFrom}, had), which the new model no longer has. A move plus a rename is a
     * {@link Change.MoveTable} under the old local name, then a {@link Change.RenameTable}.
     */
    private static void moves(Schema from, Schema to, Renames renames, Map<String, String> oldNameOf,
            List<Change> changes) {
        Set<String> taken = new HashSet<>(oldNameOf.values());
        for (Table table : to.tables()) {
            if (from.table(table.name()).isPresent() || oldNameOf.containsKey(table.name()) || table.entity() == null) {
                continue;
            }
            String renamedFrom = renames.tables().get(table.name());
            String oldLocal = renamedFrom == null ? table.localName() : QualifiedNames.local(renamedFrom);
            Optional<Table> old = from.tables().stream()
                    .filter(t -> t.localName().equals(oldLocal) && table.entity().equals(t.entity())
                            && t.kind() == table.kind() && to.table(t.name()).isEmpty() && !taken.contains(t.name()))
                    .findFirst();
            if (old.isEmpty()) {
                continue;
            }
            String moved = QualifiedNames.besides(table.name(), oldLocal);
            taken.add(old.get().name());
            oldNameOf.put(table.name(), old.get().name());
            changes.add(new Change.MoveTable(old.get().name(), moved));
            if (!moved.equals(table.name())) {
                changes.add(new Change.RenameTable(moved, table.name()));
            }
        }
    }

    /**
     * Sequences named after a renamed table ({@code <table>_seq}, or an identity column's
     * {@code <table>_<column>_seq}) are renamed with it: a new sequence would start again at 1.
     *
     * @return the old sequences as they are after those renames
     */
    private static List<Sequence> renameSequences(Schema from, Schema to, Map<String, String> oldNameOf,
            Renames renames, List<Change> changes) {
        Set<String> oldNames = new HashSet<>();
        from.sequences().forEach(seq -> oldNames.add(seq.name()));
        Set<String> newNames = new HashSet<>();
        to.sequences().forEach(seq -> newNames.add(seq.name()));
        Map<String, String> renamedTo = new HashMap<>();
        oldNameOf.forEach((newTable, oldTable) -> {
            String oldLocal = QualifiedNames.local(oldTable);
            String newLocal = QualifiedNames.local(newTable);
            for (Sequence seq : from.sequences()) {
                String seqLocal = QualifiedNames.local(seq.name());
                if (!oldLocal.equals(newLocal) && seqLocal.startsWith(oldLocal + "_") && !newNames.contains(seq.name())) {
                    String name = QualifiedNames.besides(seq.name(), newLocal + seqLocal.substring(oldLocal.length()));
                    if (newNames.contains(name) && !oldNames.contains(name) && !renamedTo.containsValue(name)) {
                        renamedTo.put(seq.name(), name);
                        changes.add(new Change.RenameSequence(seq.name(), name));
                    }
                }
            }
        });
        for (Table table : to.tables()) {
            String oldTable = oldNameOf.getOrDefault(table.name(), table.name());
            Optional<Table> old = from.table(oldTable);
            if (old.isEmpty()) {
                continue;
            }
            Map<String, String> columnRenames = renames.columnsOf(table.name());
            for (Column column : table.columns()) {
                String oldColumn = old.get().hasColumn(column.name()) ? column.name()
                        : columnRenames.getOrDefault(column.name(), column.name());
                Optional<Column> before = old.get().column(oldColumn);
                // PostgreSQL's identity sequence lives beside its table (and moves with it)
                String oldSequence = QualifiedNames.besides(table.name(),
                        QualifiedNames.local(oldTable) + "_" + oldColumn + "_seq");
                String newSequence = QualifiedNames.besides(table.name(), table.localName() + "_" + column.name() + "_seq");
                if (column.identity() == Column.Identity.BY_DEFAULT && before.isPresent()
                        && before.get().identity() == Column.Identity.BY_DEFAULT && !oldSequence.equals(newSequence)
                        && QualifiedNames.local(newSequence).length() <= IDENTIFIER_LIMIT
                        && QualifiedNames.local(oldSequence).length() <= IDENTIFIER_LIMIT) {
                    changes.add(new Change.RenameSequence(oldSequence, newSequence));
                }
            }
        }
        return from.sequences().stream()
                .map(seq -> renamedTo.containsKey(seq.name())
                        ? new Sequence(renamedTo.get(seq.name()), seq.start(), seq.increment()) : seq)
                .toList();
    }

    /** PostgreSQL's identifier length: longer identity sequence names are shortened by the database. */
    private static final int IDENTIFIER_LIMIT = 63;

    /**
     * A dropped table as it is when it is dropped, after the renames: its foreign keys name renamed
     * tables by their new names (the down re-creates it before renaming them back).
     */
    private static Table followingRenames(Table table, Map<String, String> newNameOf) {
        Table.Builder b = table.toBuilder();
        b.foreignKeys.replaceAll(f -> new ForeignKey(f.name(), f.columns(),
                newNameOf.getOrDefault(f.referencedTable(), f.referencedTable()), f.referencedColumns(), f.onDelete()));
        return b.build();
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
            Map<String, String> newTableOf, List<Change> changes) {
        String t = to.name();
        String o = oldTable;
        Map<String, String> oldColumnOf = new java.util.LinkedHashMap<>();
        for (Column column : to.columns()) {
            String old = columnRenames.get(column.name());
            if (old != null && from.hasColumn(old) && !from.hasColumn(column.name())) {
                oldColumnOf.put(column.name(), old);
                changes.add(new Change.RenameColumn(t, old, column.name()));
            }
        }
        // The database renames a column inside its keys, uniques and indexes too: compare those as
        // they are after the renames (a new column may reuse a renamed column's old name), but drop
        // them as they were, since a down re-adds them after renaming the columns back.
        Table original = from;
        from = followingColumnRenames(from, oldColumnOf);
        Set<String> matched = new HashSet<>();
        Set<String> renamedAway = new HashSet<>(oldColumnOf.values());
        for (Column column : to.columns()) {
            String oldName = oldColumnOf.getOrDefault(column.name(), column.name());
            Optional<Column> old = oldColumnOf.containsKey(column.name()) || !renamedAway.contains(oldName)
                    ? original.column(oldName) : Optional.empty();
            if (old.isEmpty()) {
                changes.add(new Change.AddColumn(t, column));
                continue;
            }
            matched.add(oldName);
            diffColumn(t, old.get().withName(column.name()), column, changes);
        }
        for (Column column : original.columns()) {
            if (!matched.contains(column.name())) {
                changes.add(new Change.DropColumn(t, column));
            }
        }
        // Names derived from a renamed table change while the definitions stay: rename in place.
        BiConsumer<String, String> renameConstraint = (a, b) -> changes.add(new Change.RenameConstraint(t, a, b));
        PrimaryKey fromKey = from.primaryKey();
        if (fromKey != null && to.primaryKey() != null && !fromKey.name().equals(to.primaryKey().name())
                && fromKey.columns().equals(to.primaryKey().columns())) {
            renameConstraint.accept(fromKey.name(), to.primaryKey().name());
            fromKey = to.primaryKey();
        }
        if (!Objects.equals(fromKey, to.primaryKey())) {
            if (fromKey != null) {
                changes.add(new Change.DropPrimaryKey(o, original.primaryKey()));
            }
            if (to.primaryKey() != null) {
                changes.add(new Change.AddPrimaryKey(t, to.primaryKey()));
            }
        }
        replaceNamed(renameMatching(from.uniqueConstraints(), to.uniqueConstraints(), UniqueConstraint::name,
                        (u, n) -> new UniqueConstraint(n, u.columns()), u -> u, renameConstraint),
                to.uniqueConstraints(), UniqueConstraint::name,
                u -> changes.add(new Change.AddUnique(t, u)),
                u -> changes.add(new Change.DropUnique(o, named(original.uniqueConstraints(), UniqueConstraint::name, u))));
        replaceNamed(renameMatching(from.checks(), to.checks(), CheckConstraint::name,
                        (c, n) -> new CheckConstraint(n, c.expression()), c -> c, renameConstraint),
                to.checks(), CheckConstraint::name,
                c -> changes.add(new Change.AddCheck(t, c, false)), c -> changes.add(new Change.DropCheck(o, c, false)));
        // A foreign key to a renamed table follows it in the database; compare it by the new name,
        // but drop it as it was (a down re-adds it after renaming the table back).
        Map<String, ForeignKey> originalKeys = new HashMap<>();
        List<ForeignKey> fromKeys = new ArrayList<>();
        for (ForeignKey f : from.foreignKeys()) {
            ForeignKey followed = new ForeignKey(f.name(), f.columns(),
                    newTableOf.getOrDefault(f.referencedTable(), f.referencedTable()), f.referencedColumns(), f.onDelete());
            fromKeys.add(followed);
            originalKeys.put(f.name(), named(original.foreignKeys(), ForeignKey::name, f));
        }
        List<ForeignKey> renamedKeys = renameMatching(fromKeys, to.foreignKeys(), ForeignKey::name,
                (f, n) -> new ForeignKey(n, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete()),
                f -> f, (a, b) -> {
                    renameConstraint.accept(a, b);
                    originalKeys.put(b, originalKeys.get(a));
                });
        replaceNamed(renamedKeys, to.foreignKeys(), ForeignKey::name,
                f -> changes.add(new Change.AddForeignKey(t, f, false)),
                f -> changes.add(new Change.DropForeignKey(o, originalKeys.getOrDefault(f.name(), f), false)));
        replaceNamed(renameMatching(from.exclusions(), to.exclusions(), ExclusionConstraint::name,
                        (e, n) -> new ExclusionConstraint(n, e.method(), e.elements(), e.where()), e -> e, renameConstraint),
                to.exclusions(), ExclusionConstraint::name,
                e -> changes.add(new Change.AddExclusion(t, e)), e -> changes.add(new Change.DropExclusion(o, e)));
        diffNamed(renameMatching(from.indexes(), to.indexes(), Index::name, Index::withName, SchemaDiff::withoutComment,
                        (a, b) -> changes.add(new Change.RenameIndex(t, a, b))),
                to.indexes(), Index::name,
                i -> changes.add(new Change.AddIndex(t, i, false)),
                i -> changes.add(new Change.DropIndex(o, named(original.indexes(), Index::name, i), false)),
                (a, b) -> {
                    if (withoutComment(a).equals(withoutComment(b))) {
                        changes.add(new Change.SetIndexComment(t, b.name(), a.comment(), b.comment()));
                    } else {
                        changes.add(new Change.DropIndex(o, named(original.indexes(), Index::name, a), false));
                        changes.add(new Change.AddIndex(t, b, false));
                    }
                });
        replaceNamed(renameMatching(from.triggers(), to.triggers(), Trigger::name, (tr, n) -> new Trigger(n, tr.column()),
                        tr -> tr, (a, b) -> changes.add(new Change.RenameTrigger(t, a, b))),
                to.triggers(), Trigger::name,
                tr -> changes.add(new Change.CreateTrigger(t, tr)), tr -> changes.add(new Change.DropTrigger(o, tr)));
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new Change.SetTableComment(t, from.comment(), to.comment()));
        }
        if (from.deprecated() != to.deprecated()) {
            changes.add(new Change.SetDeprecated(t, null, to.deprecated()));
        }
        // rows are told apart by their key; an existing row is live state (a counter) and never updated
        Table.Builder keyed = to.toBuilder();
        for (Row row : to.rows()) {
            if (from.rows().stream().noneMatch(r -> SchemaChanges.sameKey(keyed, r, row))) {
                changes.add(new Change.InsertRow(t, row));
            }
        }
        for (Row row : from.rows()) {
            if (to.rows().stream().noneMatch(r -> SchemaChanges.sameKey(keyed, r, row))) {
                changes.add(new Change.DeleteRow(o, row));
            }
        }
    }

    private static void diffColumn(String table, Column from, Column to, List<Change> changes) {
        if (!from.type().equals(to.type())) {
            changes.add(new Change.AlterColumnType(table, to.name(), from.type(), to.type(), from.defaultValue(),
                    to.defaultValue()));
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
        if (from.deprecated() != to.deprecated()) {
            changes.add(new Change.SetDeprecated(table, to.name(), to.deprecated()));
        }
    }

    /** The table as the database has it after the column renames ({@code oldColumnOf}: new → old). */
    private static Table followingColumnRenames(Table table, Map<String, String> oldColumnOf) {
        if (oldColumnOf.isEmpty()) {
            return table;
        }
        Table.Builder b = table.toBuilder();
        // in the order the RenameColumn changes run
        oldColumnOf.forEach((newName, oldName) -> SchemaChanges.renameColumn(b, oldName, newName));
        return b.build();
    }

    /** The object of {@code item}'s name in {@code originals} (its definition before the renames), else item. */
    private static <T> T named(List<T> originals, Function<T, String> name, T item) {
        return originals.stream().filter(o -> name.apply(o).equals(name.apply(item))).findFirst().orElse(item);
    }

    private static Index withoutComment(Index i) {
        return new Index(i.name(), i.elements(), i.unique(), i.method(), i.include(), i.where(), null);
    }

    /**
     * Pairs an old object whose name is gone with a new object of a new name and the same
     * definition ({@code key} decides what counts), reports each pair to {@code rename} and returns
     * the old list with those objects under their new names.
     */
    private static <T> List<T> renameMatching(List<T> from, List<T> to, Function<T, String> name,
            BiFunction<T, String, T> withName, UnaryOperator<T> key, BiConsumer<String, String> rename) {
        Set<String> oldNames = new HashSet<>();
        from.forEach(o -> oldNames.add(name.apply(o)));
        Set<String> newNames = new HashSet<>();
        to.forEach(n -> newNames.add(name.apply(n)));
        Set<String> taken = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (T old : from) {
            T result = old;
            if (!newNames.contains(name.apply(old))) {
                for (T candidate : to) {
                    String n = name.apply(candidate);
                    if (!oldNames.contains(n) && !taken.contains(n)
                            && key.apply(withName.apply(old, n)).equals(key.apply(candidate))) {
                        taken.add(n);
                        rename.accept(name.apply(old), n);
                        result = withName.apply(old, n);
                        break;
                    }
                }
            }
            out.add(result);
        }
        return out;
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
