package dev.tablesmith.test.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema of a live database as the engine reports it, in plain records: read with
 * {@link CatalogReader#read(java.sql.Connection)}. Names, types, defaults and expressions are the
 * engine's own spelling (PostgreSQL's {@code format_type} and {@code pg_get_expr}, MariaDB's
 * {@code information_schema}, SQLite's stored SQL and pragmas); {@code dev.tablesmith.test.compare}
 * maps them to the snapshot's dialect-neutral terms.
 *
 * <p>Every list is sorted by name (columns too, not by position), so two catalogs read from
 * databases with the same schema are {@code equals}, whatever order it was built in.
 *
 * @param tables     base tables, including any migration history table
 * @param sequences  sequences (PostgreSQL: also those of identity columns, marked; MariaDB: {@code CREATE SEQUENCE} ones)
 * @param extensions installed extensions (PostgreSQL; else empty)
 * @param functions  functions of the current schema as {@code name(argument types)}, without those an extension
 *                   owns (PostgreSQL; else empty)
 */
public record DatabaseCatalog(Engine engine, List<Table> tables, List<Sequence> sequences, List<String> extensions,
                              List<String> functions) {

    public DatabaseCatalog {
        tables = sorted(tables, Comparator.comparing(Table::name));
        sequences = sorted(sequences, Comparator.comparing(Sequence::name));
        extensions = sorted(extensions, Comparator.naturalOrder());
        functions = sorted(functions, Comparator.naturalOrder());
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** This catalog without the named tables (case-insensitive), e.g. a migration history table. */
    public DatabaseCatalog without(Set<String> tableNames) {
        return new DatabaseCatalog(engine, tables.stream()
                .filter(t -> tableNames.stream().noneMatch(n -> n.equalsIgnoreCase(t.name()))).toList(),
                sequences, extensions, functions);
    }

    static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list == null ? List.of() : list);
        copy.sort(Comparator.nullsFirst(order));
        return Collections.unmodifiableList(copy);
    }

    private static <T> List<T> copy(List<T> list) {
        // unmodifiable, but null elements allowed (an expression key has no column)
        return Collections.unmodifiableList(new ArrayList<>(list == null ? List.of() : list));
    }

    /**
     * A table.
     *
     * @param comment    table comment, null if none (SQLite has none)
     * @param primaryKey null if none
     * @param indexes    all indexes, also those backing a primary key, unique or exclusion constraint
     *                   ({@link Index#constraint()} names it)
     */
    public record Table(String name, String comment, List<Column> columns, PrimaryKey primaryKey,
                        List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                        List<ExclusionConstraint> exclusions, List<Index> indexes, List<Trigger> triggers) {
        public Table {
            columns = sorted(columns, Comparator.comparing(Column::name));
            foreignKeys = sorted(foreignKeys, Comparator.comparing(ForeignKey::name));
            uniques = sorted(uniques, Comparator.comparing(UniqueConstraint::name));
            checks = sorted(checks, Comparator.comparing(CheckConstraint::name));
            exclusions = sorted(exclusions, Comparator.comparing(ExclusionConstraint::name));
            indexes = sorted(indexes, Comparator.comparing(Index::name));
            triggers = sorted(triggers, Comparator.comparing(Trigger::name));
        }

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /**
     * A column.
     *
     * @param dataType               PostgreSQL {@code format_type} ({@code character varying(255)},
     *                               {@code timestamp with time zone}); MariaDB {@code COLUMN_TYPE}
     *                               ({@code varchar(255)}, {@code bigint(20)}); SQLite the declared type as written
     * @param characterMaximumLength for character types, else null
     * @param numericPrecision       for exact numeric types with a declared precision, else null
     * @param numericScale           with numericPrecision, else null
     * @param datetimePrecision      fractional seconds of temporal types, else null
     * @param nullable               false if NOT NULL; on SQLite false also for an {@code INTEGER PRIMARY KEY} (the
     *                               rowid), but not for other key columns, which SQLite lets be NULL
     * @param defaultValue           as the engine reports it, null if none; PostgreSQL's generated columns as
     *                               {@code GENERATED ALWAYS AS (...) STORED}
     * @param identity               PostgreSQL {@code ALWAYS}/{@code BY DEFAULT}, MariaDB {@code AUTO_INCREMENT},
     *                               SQLite {@code ROWID}/{@code AUTOINCREMENT}; null otherwise
     * @param onUpdate               MariaDB's {@code ON UPDATE} expression ({@code current_timestamp(6)}), else null
     */
    public record Column(String name, String dataType, Integer characterMaximumLength, Integer numericPrecision,
                         Integer numericScale, Integer datetimePrecision, boolean nullable, String defaultValue,
                         String comment, String identity, String onUpdate) {
    }

    /** The primary key; MariaDB names every one {@code PRIMARY}. */
    public record PrimaryKey(String name, List<String> columns) {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A foreign key. SQLite keeps no catalog of constraint names: the name is read from the
     * {@code CONSTRAINT <name>} of the stored {@code CREATE TABLE}, else {@code <table>_fk_<columns>}.
     *
     * @param onDelete  {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
     * @param onUpdate  the same values
     * @param validated false for a PostgreSQL {@code NOT VALID} key not validated since
     */
    public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                             String onDelete, String onUpdate, boolean validated) {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /**
     * A unique constraint (MariaDB: a unique index, which is what its catalog calls one).
     *
     * @param definition PostgreSQL {@code pg_get_constraintdef}; else {@code UNIQUE (cols)}
     */
    public record UniqueConstraint(String name, List<String> columns, String definition) {
        public UniqueConstraint {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A check constraint.
     *
     * @param definition PostgreSQL {@code pg_get_constraintdef} ({@code CHECK ((total >= (0)::numeric)) NOT VALID});
     *                   else {@code CHECK (<expression>)}
     * @param expression the condition alone as the engine keeps it (PostgreSQL {@code pg_get_expr}, MariaDB
     *                   {@code CHECK_CLAUSE}, SQLite the text inside {@code CHECK (...)})
     * @param validated  false for a PostgreSQL {@code NOT VALID} check not validated since
     */
    public record CheckConstraint(String name, String definition, String expression, boolean validated) {
    }

    /**
     * A PostgreSQL exclusion constraint.
     *
     * @param definition {@code pg_get_constraintdef}
     * @param elements   expression and operator of each element, in order
     * @param where      predicate, null if none
     */
    public record ExclusionConstraint(String name, String definition, String method, List<ExclusionElement> elements,
                                      String where) {
        public ExclusionConstraint {
            elements = List.copyOf(elements);
        }
    }

    /** One {@code <expression> WITH <operator>} of an exclusion constraint. */
    public record ExclusionElement(String expression, String operator) {
    }

    /**
     * An index.
     *
     * @param elements   key parts in order
     * @param include    non-key ({@code INCLUDE}) columns (PostgreSQL)
     * @param primary    backs the primary key
     * @param valid      false for a PostgreSQL index left invalid by a failed {@code CONCURRENTLY} build
     * @param predicate  partial-index condition as the engine keeps it, null if none
     * @param definition PostgreSQL {@code pg_get_indexdef}; MariaDB a synthesised {@code CREATE ... INDEX ...
     *                   USING <type> (...)}; SQLite the stored {@code CREATE INDEX}, or for the index of a key
     *                   constraint {@code PRIMARY KEY|UNIQUE (cols) -- <name>}
     * @param comment    index comment (PostgreSQL {@code COMMENT ON INDEX}, MariaDB {@code COMMENT}), null if none
     * @param method     access method, lower case ({@code btree}, {@code gin}; MariaDB {@code btree},
     *                   {@code hash}, {@code fulltext}, {@code spatial}); SQLite {@code btree}
     * @param constraint the primary key, unique or exclusion constraint it backs, null for a plain index
     */
    public record Index(String name, List<IndexElement> elements, List<String> include, boolean unique,
                        boolean primary, boolean valid, String predicate, String definition, String comment,
                        String method, String constraint) {
        public Index {
            elements = List.copyOf(elements);
            include = List.copyOf(include);
        }

        /** The key columns in order, null for an expression key part. */
        public List<String> columns() {
            return copy(elements.stream().map(IndexElement::column).toList());
        }
    }

    /**
     * One key part of an index.
     *
     * @param column         the column, null for an expression
     * @param expression     the expression as the engine prints it, null for a column
     * @param descending     DESC
     * @param nullsFirst     PostgreSQL's NULLS FIRST (the default of a DESC key); false elsewhere
     * @param opclass        PostgreSQL operator class, null elsewhere
     * @param defaultOpclass the operator class is the default one for the type and method (true elsewhere)
     * @param prefixLength   MariaDB's key prefix length ({@code SUB_PART}), else null
     */
    public record IndexElement(String column, String expression, boolean descending, boolean nullsFirst,
                               String opclass, boolean defaultOpclass, Integer prefixLength) {
        /** A plain ascending column. */
        public static IndexElement column(String column) {
            return new IndexElement(column, null, false, false, null, true, null);
        }
    }

    /**
     * A trigger.
     *
     * @param function   PostgreSQL: the function it runs (schema-qualified outside the current schema); else null
     * @param definition PostgreSQL {@code pg_get_triggerdef}; MariaDB {@code CREATE TRIGGER <name> <timing> <event>
     *                   ON <table> FOR EACH ROW <statement>}; SQLite the stored {@code CREATE TRIGGER}
     * @param timing     {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
     * @param events     {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code TRUNCATE}, joined with {@code " OR "}
     * @param forEachRow a row trigger, not a statement trigger
     * @param enabled    false for a PostgreSQL trigger disabled with {@code ALTER TABLE ... DISABLE TRIGGER}
     */
    public record Trigger(String name, String table, String function, String definition, String timing, String events,
                          boolean forEachRow, boolean enabled) {
    }

    /**
     * A sequence.
     *
     * @param identity it belongs to a PostgreSQL identity column (created and dropped with it)
     */
    public record Sequence(String name, long start, long increment, boolean identity) {
    }
}
