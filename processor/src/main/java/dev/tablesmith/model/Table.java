package dev.tablesmith.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table with its columns (in declaration order) and constraints.
 *
 * @param name physical name
 * @param entity qualified name of the class that maps it (the owner, for join and collection
 *     tables); lets an incremental build find the class of a table it did not compile
 * @param comment {@code COMMENT ON TABLE}, or null
 * @param primaryKey null when the table has none (a rule reports that)
 * @param deprecated marked {@code @Deprecated}: the first phase of a safe drop
 * @param rows rows the table is created with (a table generator's counters); usually none
 * @param subclasses qualified names of the entity subclasses whose attributes live in this table
 *     as well (a SINGLE_TABLE hierarchy), so an incremental build finds their classes too
 */
public record Table(
        String name,
        String entity,
        TableKind kind,
        String comment,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checks,
        List<ExclusionConstraint> exclusions,
        List<Index> indexes,
        List<Trigger> triggers,
        boolean deprecated,
        List<Row> rows,
        List<String> subclasses) {

    public Table {
        rows = Lists.copy(rows);
        subclasses = Lists.copy(subclasses);
        columns = Lists.copy(columns);
        foreignKeys = Lists.copy(foreignKeys);
        uniqueConstraints = Lists.copy(uniqueConstraints);
        checks = Lists.copy(checks);
        exclusions = Lists.copy(exclusions);
        indexes = Lists.copy(indexes);
        triggers = Lists.copy(triggers);
    }

    public Table(String name, String entity, TableKind kind, String comment, List<Column> columns,
            PrimaryKey primaryKey, List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints,
            List<CheckConstraint> checks, List<ExclusionConstraint> exclusions, List<Index> indexes,
            List<Trigger> triggers, boolean deprecated) {
        this(name, entity, kind, comment, columns, primaryKey, foreignKeys, uniqueConstraints, checks, exclusions,
                indexes, triggers, deprecated, List.of(), List.of());
    }

    /** The name without its namespace: what generated names ({@code <table>_pkey}) are made of. */
    public String localName() {
        return QualifiedNames.local(name);
    }

    /** The schema (PostgreSQL) or database (MySQL) the table lives in, when not the default one. */
    public Optional<String> namespace() {
        return QualifiedNames.namespace(name);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public boolean hasColumn(String columnName) {
        return column(columnName).isPresent();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, entity, kind, comment, newColumns, primaryKey, foreignKeys,
                uniqueConstraints, checks, exclusions, indexes, triggers, deprecated, rows, subclasses);
    }

    public Table withComment(String newComment) {
        return new Table(name, entity, kind, newComment, columns, primaryKey, foreignKeys,
                uniqueConstraints, checks, exclusions, indexes, triggers, deprecated, rows, subclasses);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, entity, kind, comment, columns, newPrimaryKey, foreignKeys,
                uniqueConstraints, checks, exclusions, indexes, triggers, deprecated, rows, subclasses);
    }

    public Table mapColumns(UnaryOperator<Column> f) {
        return withColumns(columns.stream().map(f).toList());
    }

    /** A builder-ish copy for the reader, which assembles tables piece by piece. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable assembly of a {@link Table}; only the reading layer and tests use it. */
    public static final class Builder {
        public String name;
        public String entity;
        public TableKind kind = TableKind.ENTITY;
        public String comment;
        public final java.util.List<Column> columns = new java.util.ArrayList<>();
        public PrimaryKey primaryKey;
        public final java.util.List<ForeignKey> foreignKeys = new java.util.ArrayList<>();
        public final java.util.List<UniqueConstraint> uniqueConstraints = new java.util.ArrayList<>();
        public final java.util.List<CheckConstraint> checks = new java.util.ArrayList<>();
        public final java.util.List<ExclusionConstraint> exclusions = new java.util.ArrayList<>();
        public final java.util.List<Index> indexes = new java.util.ArrayList<>();
        public final java.util.List<Trigger> triggers = new java.util.ArrayList<>();
        public boolean deprecated;
        public final java.util.List<Row> rows = new java.util.ArrayList<>();
        public final java.util.List<String> subclasses = new java.util.ArrayList<>();

        public Builder(String name) {
            this.name = name;
        }

        private Builder(Table t) {
            name = t.name;
            entity = t.entity;
            kind = t.kind;
            comment = t.comment;
            columns.addAll(t.columns);
            primaryKey = t.primaryKey;
            foreignKeys.addAll(t.foreignKeys);
            uniqueConstraints.addAll(t.uniqueConstraints);
            checks.addAll(t.checks);
            exclusions.addAll(t.exclusions);
            indexes.addAll(t.indexes);
            triggers.addAll(t.triggers);
            deprecated = t.deprecated;
            rows.addAll(t.rows);
            subclasses.addAll(t.subclasses);
        }

        public boolean hasColumn(String columnName) {
            return columns.stream().anyMatch(c -> c.name().equals(columnName));
        }

        public Table build() {
            return new Table(name, entity, kind, comment, columns, primaryKey, foreignKeys,
                    uniqueConstraints, checks, exclusions, indexes, triggers, deprecated, rows, subclasses);
        }
    }
}
