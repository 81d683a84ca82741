package dev.tablesmith.evolution;

import dev.tablesmith.evolution.ModelSpec.ColumnSpec;
import dev.tablesmith.evolution.ModelSpec.FkSpec;
import dev.tablesmith.evolution.ModelSpec.IdKind;
import dev.tablesmith.evolution.ModelSpec.IndexKind;
import dev.tablesmith.evolution.ModelSpec.IndexSpec;
import dev.tablesmith.evolution.ModelSpec.TableSpec;
import dev.tablesmith.diff.SchemaDiff;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Renames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Random valid models and random evolution steps, all from one {@link Random}, so a seed replays a
 * whole run. Steps are the ones the safety rules let through in real use: a NOT NULL column added
 * to an existing table has a default, SET NOT NULL only where the rows have values, a unique
 * constraint only where the values are distinct, only nullable columns are dropped (the deprecation
 * path made them nullable), types only widen, and a dropped table takes the nullable foreign-key
 * columns that pointed at it along.
 */
final class Generator {
    private static final List<String> TABLE_NAMES = List.of("account", "invoice", "parcel", "ledger", "widget",
            "gadget", "vendor", "shipment", "review", "coupon", "basket", "folder", "ticket", "badge", "region",
            "tenant", "voucher", "payment", "carrier", "station");
    private static final List<String> COLUMN_NAMES = List.of("title", "amount", "quantity", "note", "label", "score",
            "price", "sku", "rating", "weight", "summary", "opened_on", "seen_at", "payload", "flag", "ref_code",
            "headline", "remark", "volume", "tally", "motto", "caption");
    private static final List<String> COMMENTS = List.of("Customer-facing name", "Kept for audits",
            "What the vendor's system calls it", "Set once, never changed", "Used by reports", "Optional");

    private final Random random;
    /** What the target database writes as declared; PostgreSQL's allows all and draws as before. */
    private final Target target;
    /** Names given up in the current step (dropped or renamed away): not reused in the same step. */
    private final Set<String> retired = new HashSet<>();

    Generator(Random random) {
        this(random, Target.POSTGRESQL);
    }

    Generator(Random random, Target target) {
        this.random = random;
        this.target = target;
    }

    /** One evolution step: the next model, the renames that lead to it, and what was done. */
    record Step(ModelSpec model, Renames renames, List<String> actions) {}

    ModelSpec initialModel() {
        ModelSpec m = new ModelSpec();
        m.lengthFunction = target.lengthFunction;
        int tables = 2 + random.nextInt(3);
        for (int i = 0; i < tables; i++) {
            m.tables.add(newTable(m, true));
        }
        return m;
    }

    /** The rows before the step, by table, then id, then column (values as text, null for NULL). */
    Step nextStep(ModelSpec current, Map<String, Map<String, Map<String, String>>> rows) {
        for (int attempt = 0; ; attempt++) {
            retired.clear();
            StepBuilder step = new StepBuilder(current, rows);
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations * 4 && step.actions.size() < mutations; i++) {
                step.tryOne();
            }
            Renames renames = new Renames(step.tableRenames, step.columnRenames);
            // a column dropped and added again in one step only moves to the end: no change to plan
            // (no random numbers are drawn here, so the tries that passed before draw the same)
            if (!step.actions.isEmpty() && !step.model.toSchema().equals(current.toSchema())
                    && !SchemaDiff.diff(current.toSchema(), step.model.toSchema(), renames).isEmpty()) {
                return new Step(step.model, renames, step.actions);
            }
            if (attempt > 100) {
                throw new IllegalStateException("no applicable step for " + current);
            }
        }
    }

    // ---- building blocks --------------------------------------------------------------------

    private TableSpec newTable(ModelSpec m, boolean initial) {
        String name = freshTableName(m);
        IdKind idKind = IdKind.values()[random.nextInt(IdKind.values().length)];
        TableSpec t = new TableSpec(name, idKind);
        if (random.nextInt(3) == 0) {
            t.comment = pick(COMMENTS);
        }
        int columns = 1 + random.nextInt(5);
        for (int i = 0; i < columns; i++) {
            ColumnSpec c = newColumn(t, random.nextBoolean(), false);
            t.columns.add(c);
            decorate(t, c, true);
        }
        if (random.nextInt(3) == 0) {
            t.columns.add(new ColumnSpec(ModelSpec.UPDATED_AT,
                    ColumnType.temporal(ColumnType.Kind.TIMESTAMP_TZ, 6), false, "now()", null));
        }
        // foreign keys to existing tables and to itself; NOT NULL only towards a table that has
        // none itself, so rows can always be inserted in two rounds
        List<TableSpec> targets = new ArrayList<>(m.tables);
        targets.add(t);
        int fks = random.nextInt(3);
        for (int i = 0; i < fks; i++) {
            TableSpec target = pick(targets);
            boolean self = target == t;
            boolean notNull = !self && random.nextInt(3) == 0 && !hasNotNullFk(target);
            addFk(t, target.name, notNull, true);
        }
        if (!initial && random.nextBoolean() && !m.tables.isEmpty()) {
            // an existing table gets a (nullable) reference to the new one
            TableSpec other = pick(m.tables);
            addFk(other, name, false, random.nextBoolean());
        }
        return t;
    }

    private static boolean hasNotNullFk(TableSpec t) {
        return t.fks.stream().anyMatch(f -> !t.column(f.column).orElseThrow().nullable);
    }

    /** A nullable or defaulted NOT NULL column (what may be added to a table with rows). */
    private ColumnSpec newColumn(TableSpec t, boolean nullable, boolean needsDefaultIfNotNull) {
        ColumnType type = Values.randomType(random);
        String def = (!nullable && needsDefaultIfNotNull) || random.nextInt(3) == 0 ? randomDefault(type) : null;
        String comment = random.nextInt(4) == 0 ? pick(COMMENTS) : null;
        return new ColumnSpec(freshColumnName(t), type, nullable, def, comment);
    }

    /** Optional check, unique and index on a new column (the table has no rows, or the column is new and null). */
    private void decorate(TableSpec t, ColumnSpec c, boolean emptyOrNull) {
        if (Values.checkable(c.type) && random.nextInt(3) == 0) {
            t.checks.add(c.name);
        }
        if (emptyOrNull && uniqueable(c.type) && c.defaultValue == null && random.nextInt(4) == 0) {
            t.uniques.add(new ArrayList<>(List.of(c.name)));
        } else if (random.nextInt(3) == 0) {
            addIndex(t, c, emptyOrNull);
        }
    }

    private boolean addIndex(TableSpec t, ColumnSpec c, boolean uniqueAllowed) {
        List<IndexKind> kinds = new ArrayList<>();
        if (Values.btreeable(c.type)) {
            kinds.addAll(List.of(IndexKind.BTREE, IndexKind.DESC_NULLS_FIRST, IndexKind.PARTIAL, IndexKind.INCLUDE));
            List<ColumnSpec> partners = t.columns.stream()
                    .filter(o -> o != c && btreeable(o.type)).toList();
            if (!partners.isEmpty()) {
                kinds.add(IndexKind.PAIR);
            }
        }
        if (uniqueAllowed && uniqueable(c.type) && c.defaultValue == null) {
            kinds.add(IndexKind.UNIQUE);
        }
        if (Values.hashable(c.type)) {
            kinds.add(IndexKind.HASH);
        }
        if (c.type.isTextual()) {
            kinds.add(IndexKind.LOWER);
            kinds.add(IndexKind.TEXT_PATTERN);
        }
        if (c.type.kind() == ColumnType.Kind.JSON) {
            kinds.add(IndexKind.GIN);
        }
        if (Values.brinable(c.type)) {
            kinds.add(IndexKind.BRIN);
        }
        if (target != Target.POSTGRESQL) {
            // only removes options, and only off PostgreSQL: its runs draw the same numbers as ever
            kinds.removeIf(k -> !target.writes(k) || !target.indexable(c.type));
            if (kinds.isEmpty()) {
                return false;
            }
        }
        IndexKind kind = pick(kinds);
        List<String> cols = new ArrayList<>(List.of(c.name));
        if (kind == IndexKind.PAIR) {
            cols.add(pick(t.columns.stream().filter(o -> o != c && btreeable(o.type)).toList()).name);
        }
        IndexSpec index = new IndexSpec(kind, cols, random.nextInt(3) == 0 ? pick(COMMENTS) : null);
        String name = t.indexName(index);
        if (t.indexes.stream().anyMatch(i -> t.indexName(i).equals(name))) {
            return false;
        }
        t.indexes.add(index);
        return true;
    }

    private void addFk(TableSpec t, String target, boolean notNull, boolean withIndex) {
        String col = target.equals(t.name) ? "parent_id" : target + "_id";
        if (t.column(col).isPresent()) {
            col = col.replace("_id", "_ref_id");
            if (t.column(col).isPresent()) {
                return;
            }
        }
        t.columns.add(new ColumnSpec(col, ColumnType.of(ColumnType.Kind.BIGINT), !notNull, null,
                random.nextInt(5) == 0 ? pick(COMMENTS) : null));
        List<ReferentialAction> actions = notNull
                ? List.of(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, ReferentialAction.CASCADE)
                : List.of(ReferentialAction.values());
        t.fks.add(new FkSpec(col, target, pick(actions)));
        if (withIndex) {
            t.indexes.add(new IndexSpec(IndexKind.FK_SUPPORT, new ArrayList<>(List.of(col)), null));
        }
    }

    private String randomDefault(ColumnType type) {
        return target.portableDefault(type, Values.randomDefault(type, random));
    }

    /** A column a unique constraint may name on the target (PostgreSQL: as {@link Values#uniqueable}). */
    private boolean uniqueable(ColumnType type) {
        return Values.uniqueable(type) && target.indexable(type);
    }

    private boolean btreeable(ColumnType type) {
        return Values.btreeable(type) && target.indexable(type);
    }

    private String freshTableName(ModelSpec m) {
        List<String> free = TABLE_NAMES.stream().filter(n -> m.table(n).isEmpty() && !retired.contains(n)).toList();
        return free.isEmpty() ? "extra" + random.nextInt(1_000_000) : pick(free);
    }

    private String freshColumnName(TableSpec t) {
        List<String> free = COLUMN_NAMES.stream()
                .filter(n -> t.column(n).isEmpty() && !retired.contains(t.name + "." + n)).toList();
        return free.isEmpty() ? "col" + random.nextInt(1_000_000) : pick(free);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    // ---- one step ------------------------------------------------------------------------------

    /** The mutable state of one step; each mutation checks its preconditions and may refuse. */
    private final class StepBuilder {
        final ModelSpec model;
        final Map<String, Map<String, Map<String, String>>> rows;
        final Map<String, String> tableRenames = new LinkedHashMap<>();
        final Map<String, Map<String, String>> columnRenames = new LinkedHashMap<>();
        final List<String> actions = new ArrayList<>();
        /** Tables created, renamed or dropped in this step: other mutations leave them alone. */
        final Set<String> touched = new HashSet<>();
        /** Columns added or renamed in this step (table.column): no second mutation on them. */
        final Set<String> newColumns = new HashSet<>();

        /** The model before the step. */
        final ModelSpec before;

        StepBuilder(ModelSpec before, Map<String, Map<String, Map<String, String>>> rows) {
            this.before = before;
            this.model = before.copy();
            this.rows = rows;
        }

        void tryOne() {
            List<Mutation> all = List.of(this::addTable, this::dropTable, this::addColumn, this::dropColumn,
                    this::renameTable, this::renameColumn, this::widenType, this::setNotNull, this::dropNotNull,
                    this::changeDefault, this::addIndex, this::dropIndex, this::addUnique, this::dropUnique,
                    this::addCheck, this::dropCheck, this::addForeignKey, this::dropForeignKey,
                    this::changeOnDelete, this::changeComment, this::toggleTrigger, this::changeSequence);
            String done = pick(all).apply();
            if (done != null) {
                actions.add(done);
            }
        }

        List<TableSpec> stable() {
            return model.tables.stream().filter(t -> !touched.contains(t.name)).toList();
        }

        TableSpec anyStable() {
            List<TableSpec> s = stable();
            return s.isEmpty() ? null : pick(s);
        }

        List<ColumnSpec> oldColumns(TableSpec t, Predicate<ColumnSpec> p) {
            return t.columns.stream().filter(c -> !newColumns.contains(t.name + "." + c.name)).filter(p).toList();
        }

        /** Values of a column in the rows before the step (the table and column have their old names here). */
        List<String> values(TableSpec t, ColumnSpec c) {
            Map<String, Map<String, String>> table = rows.getOrDefault(t.name, Map.of());
            return table.values().stream().map(r -> r.get(c.name)).toList();
        }

        String addTable() {
            if (model.tables.size() >= 6) {
                return null;
            }
            TableSpec t = newTable(model, false);
            model.tables.add(t);
            touched.add(t.name);
            return "create " + t.name;
        }

        String dropTable() {
            if (model.tables.size() <= 1) {
                return null;
            }
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            List<TableSpec> referencing = model.referencing(t.name);
            for (TableSpec r : referencing) {
                if (touched.contains(r.name) || r.fks.stream().anyMatch(f -> f.refTable.equals(t.name)
                        && !r.column(f.column).orElseThrow().nullable)) {
                    return null;
                }
            }
            for (TableSpec r : referencing) {
                for (FkSpec f : List.copyOf(r.fks)) {
                    if (f.refTable.equals(t.name)) {
                        r.removeColumn(f.column);
                    }
                }
            }
            model.tables.remove(t);
            touched.add(t.name);
            retired.add(t.name);
            return "drop " + t.name + (referencing.isEmpty() ? "" : " and the references of "
                    + referencing.stream().map(r -> r.name).toList());
        }

        String addColumn() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            boolean nullable = random.nextBoolean();
            ColumnSpec c = newColumn(t, nullable, true);
            t.columns.add(c);
            newColumns.add(t.name + "." + c.name);
            decorate(t, c, nullable && c.defaultValue == null);
            return "add " + t.name + "." + c;
        }

        String dropColumn() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            // a down re-adds a dropped column with its default, which fills every row with the same
            // value: a unique constraint on it could not come back (see the report of this test)
            // the down re-adds the column as it was before the step: a default or NULL allowed only in
            // this step would not fill the rows (the step's own changes to it are never written)
            List<ColumnSpec> droppable = oldColumns(t, c -> (c.nullable || c.defaultValue != null)
                    && !(c.defaultValue != null && inUnique(t, c.name)) && fillsRowsWhenReAdded(t, c));
            if (droppable.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(droppable);
            t.removeColumn(c.name);
            retired.add(t.name + "." + c.name);
            return "drop " + t.name + "." + c.name;
        }

        /** Whether the column before the step could be added back to a table with rows. */
        boolean fillsRowsWhenReAdded(TableSpec t, ColumnSpec c) {
            ColumnSpec was = before.table(t.name).flatMap(b -> b.column(c.name)).orElse(null);
            return was == null || was.nullable || was.defaultValue != null;
        }

        String renameTable() {
            if (!tableRenames.isEmpty() || !columnRenames.isEmpty()) {
                return null;
            }
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            String old = t.name;
            String name = freshTableName(model);
            for (TableSpec other : model.tables) {
                other.fks.forEach(f -> f.refTable = f.refTable.equals(old) ? name : f.refTable);
            }
            t.name = name;
            tableRenames.put(name, old);
            retired.add(old);
            touched.add(old);
            touched.add(name);
            return "rename table " + old + " to " + name;
        }

        String renameColumn() {
            if (!tableRenames.isEmpty() || !columnRenames.isEmpty()) {
                return null;
            }
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            List<ColumnSpec> candidates = oldColumns(t, c -> true);
            if (candidates.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(candidates);
            String old = c.name;
            if (old.equals(ModelSpec.UPDATED_AT)) {
                return null;
            }
            String name = freshColumnName(t);
            t.renameColumn(old, name);
            retired.add(t.name + "." + old);
            columnRenames.put(t.name, Map.of(name, old));
            newColumns.add(t.name + "." + name);
            return "rename column " + t.name + "." + old + " to " + name;
        }

        String widenType() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            List<ColumnSpec> candidates = oldColumns(t, c -> t.fk(c.name).isEmpty()
                    && Values.widened(c.type, random) != null);
            if (candidates.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(candidates);
            ColumnType from = c.type;
            ColumnType to = Values.widened(c.type, random);
            if (!target.indexable(to) && (t.uniques.stream().anyMatch(u -> u.contains(c.name))
                    || t.indexes.stream().anyMatch(i -> i.columns.contains(c.name)))) {
                return null; // MySQL cannot index TEXT whole: dialect-support refuses the model (never on PostgreSQL)
            }
            c.type = to;
            return "widen " + t.name + "." + c.name + " " + Values.describe(from) + " -> " + Values.describe(c.type);
        }

        String setNotNull() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            List<ColumnSpec> candidates = oldColumns(t, c -> c.nullable && t.fk(c.name).isEmpty()
                    && values(t, c).stream().allMatch(Objects::nonNull));
            if (candidates.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(candidates);
            c.nullable = false;
            return "set not null " + t.name + "." + c.name;
        }

        String dropNotNull() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            List<ColumnSpec> candidates = oldColumns(t, c -> !c.nullable && !c.name.equals(ModelSpec.UPDATED_AT));
            if (candidates.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(candidates);
            c.nullable = true;
            return "drop not null " + t.name + "." + c.name;
        }

        String changeDefault() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            List<ColumnSpec> candidates = oldColumns(t, c -> t.fk(c.name).isEmpty()
                    && !c.name.equals(ModelSpec.UPDATED_AT));
            if (candidates.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(candidates);
            String before = c.defaultValue;
            c.defaultValue = before != null && random.nextBoolean() ? null : randomDefault(c.type);
            return Objects.equals(before, c.defaultValue) ? null
                    : "default " + t.name + "." + c.name + " " + before + " -> " + c.defaultValue;
        }

        String addIndex() {
            TableSpec t = anyStable();
            if (t == null || t.columns.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(t.columns);
            // foreign-key columns stay non-unique: rows pick any referenced id
            boolean distinct = !newColumns.contains(t.name + "." + c.name) && distinct(values(t, c))
                    && c.defaultValue == null && t.fk(c.name).isEmpty();
            int before = t.indexes.size();
            return Generator.this.addIndex(t, c, distinct) && t.indexes.size() > before
                    ? "add index " + t.indexName(t.indexes.get(t.indexes.size() - 1)) : null;
        }

        String dropIndex() {
            TableSpec t = anyStable();
            if (t == null || t.indexes.isEmpty()) {
                return null;
            }
            IndexSpec i = pick(t.indexes);
            t.indexes.remove(i);
            return "drop index " + t.indexName(i);
        }

        String addUnique() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            List<ColumnSpec> candidates = oldColumns(t, c -> uniqueable(c.type) && c.defaultValue == null
                    && t.fk(c.name).isEmpty()
                    && t.uniques.stream().noneMatch(u -> u.equals(List.of(c.name))) && distinct(values(t, c)));
            if (candidates.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(candidates);
            t.uniques.add(new ArrayList<>(List.of(c.name)));
            return "add unique " + t.name + "." + c.name;
        }

        String dropUnique() {
            TableSpec t = anyStable();
            if (t == null || t.uniques.isEmpty()) {
                return null;
            }
            List<String> u = pick(t.uniques);
            t.uniques.remove(u);
            return "drop unique " + t.name + u;
        }

        String addCheck() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            // MySQL refuses a check on a column that a key's ON DELETE action writes (dialect-support error)
            List<ColumnSpec> candidates = oldColumns(t, c -> Values.checkable(c.type) && !t.checks.contains(c.name)
                    && (target != Target.MARIADB || t.fk(c.name).isEmpty()));
            if (candidates.isEmpty()) {
                return null;
            }
            ColumnSpec c = pick(candidates);
            t.checks.add(c.name);
            return "add check " + t.name + "." + c.name;
        }

        String dropCheck() {
            TableSpec t = anyStable();
            if (t == null || t.checks.isEmpty()) {
                return null;
            }
            String c = pick(t.checks);
            t.checks.remove(c);
            return "drop check " + t.name + "." + c;
        }

        String addForeignKey() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            List<TableSpec> targets = model.tables.stream().filter(o -> !o.name.equals(t.name)
                    || !touched.contains(o.name)).toList();
            TableSpec target = pick(targets);
            int before = t.fks.size();
            addFk(t, target.name, false, random.nextBoolean());
            if (t.fks.size() == before) {
                return null;
            }
            newColumns.add(t.name + "." + t.fks.get(before).column);
            return "add foreign key " + t.name + "." + t.fks.get(before);
        }

        String dropForeignKey() {
            TableSpec t = anyStable();
            if (t == null || t.fks.isEmpty()) {
                return null;
            }
            FkSpec f = pick(t.fks);
            t.fks.remove(f);
            // the referenced table stays this step: dropped too, its down would re-create it empty
            // and this key's down could not come back over the rows that point into it
            touched.add(f.refTable);
            return "drop foreign key " + t.name + "." + f;
        }

        String changeOnDelete() {
            TableSpec t = anyStable();
            if (t == null || t.fks.isEmpty()) {
                return null;
            }
            FkSpec f = pick(t.fks);
            boolean nullable = t.column(f.column).orElseThrow().nullable;
            List<ReferentialAction> actions = nullable ? List.of(ReferentialAction.values())
                    : List.of(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, ReferentialAction.CASCADE);
            ReferentialAction before = f.onDelete;
            f.onDelete = pick(actions);
            return before == f.onDelete ? null : "on delete " + t.name + "." + f.column + " " + before + " -> " + f.onDelete;
        }

        String changeComment() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            String comment = random.nextInt(3) == 0 ? null : pick(COMMENTS);
            switch (random.nextInt(3)) {
                case 0 -> {
                    t.comment = comment;
                    return "comment " + t.name + ": " + comment;
                }
                case 1 -> {
                    if (t.columns.isEmpty()) {
                        return null;
                    }
                    ColumnSpec c = pick(t.columns);
                    c.comment = comment;
                    return "comment " + t.name + "." + c.name + ": " + comment;
                }
                default -> {
                    List<IndexSpec> commentable = t.indexes.stream().filter(i -> i.kind != IndexKind.FK_SUPPORT).toList();
                    if (commentable.isEmpty()) {
                        return null;
                    }
                    IndexSpec i = pick(commentable);
                    i.comment = comment;
                    return "comment index " + t.indexName(i) + ": " + comment;
                }
            }
        }

        /** The {@code updated_at} column and its trigger come and go together, as the reader keeps them. */
        String toggleTrigger() {
            TableSpec t = anyStable();
            if (t == null) {
                return null;
            }
            if (t.hasTrigger()) {
                if (newColumns.contains(t.name + "." + ModelSpec.UPDATED_AT)) {
                    return null;
                }
                t.removeColumn(ModelSpec.UPDATED_AT);
                retired.add(t.name + "." + ModelSpec.UPDATED_AT);
                return "drop " + t.name + ".updated_at and its trigger";
            }
            if (t.column(ModelSpec.UPDATED_AT).isPresent()) {
                return null;
            }
            t.columns.add(new ColumnSpec(ModelSpec.UPDATED_AT, ColumnType.temporal(ColumnType.Kind.TIMESTAMP_TZ, 6),
                    false, "now()", null));
            newColumns.add(t.name + "." + ModelSpec.UPDATED_AT);
            return "add " + t.name + ".updated_at and its trigger";
        }

        String changeSequence() {
            List<TableSpec> withSequence = stable().stream().filter(t -> t.idKind == IdKind.SEQUENCE).toList();
            if (withSequence.isEmpty()) {
                return null;
            }
            TableSpec t = pick(withSequence);
            t.sequenceIncrement = t.sequenceIncrement == 50 ? 1 : 50;
            return "sequence " + t.name + "_seq increment " + t.sequenceIncrement;
        }
    }

    private static boolean inUnique(TableSpec t, String column) {
        return t.uniques.stream().anyMatch(u -> u.contains(column))
                || t.indexes.stream().anyMatch(i -> i.kind == IndexKind.UNIQUE && i.columns.contains(column));
    }

    private static boolean distinct(List<String> values) {
        List<String> present = values.stream().filter(Objects::nonNull).toList();
        return new HashSet<>(present).size() == present.size();
    }

    @FunctionalInterface
    private interface Mutation {
        /** What was done, or null when the mutation does not apply. */
        String apply();
    }
}
