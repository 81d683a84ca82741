package dev.tablesmith.evolution;

import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mutable description of a model that the generators change step by step; {@link #toSchema()}
 * turns it into the records the planner takes. Constraint, index, trigger and sequence names are not
 * stored but derived from table and column names the way the reader derives them
 * ({@code <table>_pkey}, {@code <table>_<col>_fkey}, {@code idx_<table>_<col>},
 * {@code update_<table>_updated_at}, {@code <table>_seq}), so a rename renames them as a rename of
 * an entity would.
 */
final class ModelSpec {
    static final String UPDATED_AT = "updated_at";

    final List<TableSpec> tables = new ArrayList<>();
    /** The function of the checks on text columns ({@code length} on SQLite, which has no {@code char_length}). */
    String lengthFunction = "char_length";

    ModelSpec copy() {
        ModelSpec c = new ModelSpec();
        c.lengthFunction = lengthFunction;
        tables.forEach(t -> c.tables.add(t.copy()));
        return c;
    }

    Optional<TableSpec> table(String name) {
        return tables.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    /** Tables with a foreign key to {@code name} (other than itself). */
    List<TableSpec> referencing(String name) {
        return tables.stream().filter(t -> !t.name.equals(name)
                && t.fks.stream().anyMatch(f -> f.refTable.equals(name))).toList();
    }

    Schema toSchema() {
        List<Table> out = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (TableSpec t : tables) {
            out.add(t.toTable(lengthFunction));
            if (t.idKind == IdKind.SEQUENCE) {
                sequences.add(new Sequence(t.name + "_seq", 1, t.sequenceIncrement));
            }
        }
        return new Schema(out, sequences);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        tables.forEach(t -> sb.append(t).append('\n'));
        return sb.toString();
    }

    /** How a table's id gets its values. */
    enum IdKind { EXPLICIT, IDENTITY, SEQUENCE }

    static final class TableSpec {
        String name;
        IdKind idKind;
        long sequenceIncrement = 50;
        String comment;
        final List<ColumnSpec> columns = new ArrayList<>();
        final List<FkSpec> fks = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        final List<String> checks = new ArrayList<>();
        final List<IndexSpec> indexes = new ArrayList<>();

        TableSpec(String name, IdKind idKind) {
            this.name = name;
            this.idKind = idKind;
        }

        TableSpec copy() {
            TableSpec c = new TableSpec(name, idKind);
            c.sequenceIncrement = sequenceIncrement;
            c.comment = comment;
            columns.forEach(col -> c.columns.add(col.copy()));
            fks.forEach(f -> c.fks.add(new FkSpec(f.column, f.refTable, f.onDelete)));
            uniques.forEach(u -> c.uniques.add(new ArrayList<>(u)));
            c.checks.addAll(checks);
            indexes.forEach(i -> c.indexes.add(new IndexSpec(i.kind, new ArrayList<>(i.columns), i.comment)));
            return c;
        }

        Optional<ColumnSpec> column(String col) {
            return columns.stream().filter(c -> c.name.equals(col)).findFirst();
        }

        Optional<FkSpec> fk(String col) {
            return fks.stream().filter(f -> f.column.equals(col)).findFirst();
        }

        boolean hasTrigger() {
            return column(UPDATED_AT).map(c -> c.type.kind() == ColumnType.Kind.TIMESTAMP_TZ).orElse(false);
        }

        /** Whether the column takes part in any key, constraint or index. */
        boolean isUsed(String col) {
            return fk(col).isPresent() || uniques.stream().anyMatch(u -> u.contains(col)) || checks.contains(col)
                    || indexes.stream().anyMatch(i -> i.columns.contains(col));
        }

        /** Removes a column with everything that names it. */
        void removeColumn(String col) {
            columns.removeIf(c -> c.name.equals(col));
            fks.removeIf(f -> f.column.equals(col));
            uniques.removeIf(u -> u.contains(col));
            checks.remove(col);
            indexes.removeIf(i -> i.columns.contains(col));
        }

        /** Renames a column here and in everything that names it. */
        void renameColumn(String from, String to) {
            column(from).orElseThrow().name = to;
            fks.forEach(f -> f.column = f.column.equals(from) ? to : f.column);
            uniques.forEach(u -> u.replaceAll(c -> c.equals(from) ? to : c));
            checks.replaceAll(c -> c.equals(from) ? to : c);
            indexes.forEach(i -> i.columns.replaceAll(c -> c.equals(from) ? to : c));
        }

        String fkName(FkSpec f) {
            return name + "_" + f.column + "_fkey";
        }

        String indexName(IndexSpec i) {
            return "idx_" + name + "_" + String.join("_", i.columns) + i.kind.suffix;
        }

        Table toTable(String lengthFunction) {
            Table.Builder b = new Table.Builder(name);
            b.entity = "gen." + name;
            b.kind = TableKind.ENTITY;
            b.comment = comment;
            b.columns.add(new Column("id", ColumnType.of(ColumnType.Kind.BIGINT), false, null,
                    idKind == IdKind.IDENTITY ? Column.Identity.BY_DEFAULT : Column.Identity.NONE, null, false));
            columns.forEach(c -> b.columns.add(new Column(c.name, c.type, c.nullable, c.defaultValue,
                    Column.Identity.NONE, c.comment, false)));
            b.primaryKey = new PrimaryKey(name + "_pkey", List.of("id"));
            fks.forEach(f -> b.foreignKeys.add(new ForeignKey(fkName(f), List.of(f.column), f.refTable,
                    List.of("id"), f.onDelete)));
            uniques.forEach(u -> b.uniqueConstraints.add(
                    new UniqueConstraint(name + "_" + String.join("_", u) + "_unique", u)));
            for (String col : checks) {
                ColumnSpec c = column(col).orElseThrow();
                b.checks.add(new CheckConstraint(name + "_" + col + "_check", c.type.isTextual()
                        ? lengthFunction + "(" + col + ") > 0" : col + " >= 0"));
            }
            for (IndexSpec i : indexes) {
                String comment = i.kind == IndexKind.FK_SUPPORT
                        ? "supports foreign key " + name + "_" + i.columns.get(0) + "_fkey" : i.comment;
                b.indexes.add(i.kind.index(indexName(i), i.columns, comment));
            }
            if (hasTrigger()) {
                b.triggers.add(new Trigger("update_" + name + "_" + UPDATED_AT, UPDATED_AT));
            }
            return b.build();
        }

        @Override
        public String toString() {
            return name + "[" + idKind + (idKind == IdKind.SEQUENCE ? "/" + sequenceIncrement : "") + "] " + columns
                    + " fks=" + fks + " uniques=" + uniques + " checks=" + checks + " indexes=" + indexes
                    + (comment == null ? "" : " -- " + comment);
        }
    }

    static final class ColumnSpec {
        String name;
        ColumnType type;
        boolean nullable;
        String defaultValue;
        String comment;

        ColumnSpec(String name, ColumnType type, boolean nullable, String defaultValue, String comment) {
            this.name = name;
            this.type = type;
            this.nullable = nullable;
            this.defaultValue = defaultValue;
            this.comment = comment;
        }

        ColumnSpec copy() {
            return new ColumnSpec(name, type, nullable, defaultValue, comment);
        }

        @Override
        public String toString() {
            return name + " " + Values.describe(type) + (nullable ? "" : " NOT NULL")
                    + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
        }
    }

    /** A single-column foreign key to the referenced table's id. */
    static final class FkSpec {
        String column;
        String refTable;
        ReferentialAction onDelete;

        FkSpec(String column, String refTable, ReferentialAction onDelete) {
            this.column = column;
            this.refTable = refTable;
            this.onDelete = onDelete;
        }

        @Override
        public String toString() {
            return column + "->" + refTable + " " + onDelete;
        }
    }

    static final class IndexSpec {
        final IndexKind kind;
        final List<String> columns;
        String comment;

        IndexSpec(IndexKind kind, List<String> columns, String comment) {
            this.kind = kind;
            this.columns = columns;
            this.comment = comment;
        }

        @Override
        public String toString() {
            return kind.name() + columns;
        }
    }

    /** The kinds of index the generator writes; each has its own name suffix. */
    enum IndexKind {
        BTREE(""), FK_SUPPORT(""), DESC_NULLS_FIRST("_desc"), UNIQUE("_uq"), PARTIAL("_partial"), HASH("_hash"),
        LOWER("_lower"), GIN("_gin"), BRIN("_brin"), INCLUDE("_incl"), TEXT_PATTERN("_pattern"), PAIR("");

        final String suffix;

        IndexKind(String suffix) {
            this.suffix = suffix;
        }

        Index index(String name, List<String> cols, String comment) {
            String first = cols.get(0);
            List<IndexElement> plain = cols.stream().map(IndexElement::column).toList();
            return switch (this) {
                case BTREE, FK_SUPPORT, PAIR -> new Index(name, plain, false, IndexMethod.BTREE, List.of(), null, comment);
                case DESC_NULLS_FIRST -> new Index(name, List.of(new IndexElement(first, null, null, true, "FIRST")),
                        false, IndexMethod.BTREE, List.of(), null, comment);
                case UNIQUE -> new Index(name, plain, true, IndexMethod.BTREE, List.of(), null, comment);
                case PARTIAL -> new Index(name, plain, false, IndexMethod.BTREE, List.of(), first + " IS NOT NULL", comment);
                case HASH -> new Index(name, plain, false, IndexMethod.HASH, List.of(), null, comment);
                case LOWER -> new Index(name, List.of(IndexElement.expression("lower(" + first + ")")), false,
                        IndexMethod.BTREE, List.of(), null, comment);
                case GIN -> new Index(name, plain, false, IndexMethod.GIN, List.of(), null, comment);
                case BRIN -> new Index(name, plain, false, IndexMethod.BRIN, List.of(), null, comment);
                case INCLUDE -> new Index(name, List.of(IndexElement.column(first)), false, IndexMethod.BTREE,
                        List.of("id"), null, comment);
                case TEXT_PATTERN -> new Index(name, List.of(new IndexElement(first, null, "text_pattern_ops", false, null)),
                        false, IndexMethod.BTREE, List.of(), null, comment);
            };
        }
    }
}
