package dev.tablesmith.testkit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The schema of a live database as plain, comparable records: read with {@link #read(DataSource)}.
 *
 * <p>PostgreSQL: the connection's current schema, from {@code pg_catalog}/{@code information_schema};
 * MariaDB: the current database, from {@code information_schema}; SQLite: {@code sqlite_master} and
 * pragmas. Every list is sorted by name (columns too, not by position), so two catalogs can be
 * compared with {@code equals}; names of constraints differ between tools, so prefer the shape
 * comparisons {@link #diffColumnShapes} and {@link #diffKeyShapes} for "ours vs Hibernate's".
 *
 * @param engine     where it was read
 * @param tables     base tables (includes {@code flyway_schema_history} if present)
 * @param sequences  sequences (PostgreSQL: including identity/serial ones; MariaDB: {@code CREATE SEQUENCE} ones)
 * @param extensions installed extension names (PostgreSQL only, includes {@code plpgsql}; else empty)
 * @param functions  functions of the current schema as {@code name(argument types)} (PostgreSQL only, excluding
 *                   those an extension owns; else empty)
 */
public record Catalog(Engine engine, List<Table> tables, List<Sequence> sequences, List<String> extensions,
                      List<String> functions) {

    public Catalog {
        tables = sorted(tables, Comparator.comparing(Table::name));
        sequences = sorted(sequences, Comparator.comparing(Sequence::name));
        extensions = sorted(extensions, Comparator.naturalOrder());
        functions = sorted(functions, Comparator.naturalOrder());
    }

    /** A catalog of an engine where functions are not read. */
    public Catalog(Engine engine, List<Table> tables, List<Sequence> sequences, List<String> extensions) {
        this(engine, tables, sequences, extensions, List.of());
    }

    /** Reads the schema through one connection of the DataSource; the engine is detected. */
    public static Catalog read(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the schema visible to this connection; the engine is detected. The reading is
     * {@code tablesmith-test}'s ({@link dev.tablesmith.test.catalog.CatalogReader}); this is its
     * catalog in the testkit's records, which keep what they always held.
     */
    public static Catalog read(Connection connection) throws SQLException {
        return of(dev.tablesmith.test.catalog.CatalogReader.read(connection));
    }

    /** The testkit's view of a {@code tablesmith-test} catalog. */
    public static Catalog of(dev.tablesmith.test.catalog.DatabaseCatalog c) {
        Engine engine = Engine.valueOf(c.engine().name());
        List<Table> tables = new ArrayList<>();
        for (dev.tablesmith.test.catalog.DatabaseCatalog.Table t : c.tables()) {
            tables.add(table(engine, t));
        }
        return new Catalog(engine, tables, c.sequences().stream().map(q -> new Sequence(q.name(), q.start(), q.increment()))
                .collect(Collectors.toList()), c.extensions(), c.functions());
    }

    private static Table table(Engine engine, dev.tablesmith.test.catalog.DatabaseCatalog.Table t) {
        boolean sqlite = engine == Engine.SQLITE;
        return new Table(t.name(), t.comment(),
                t.columns().stream().map(col -> new Column(col.name(), col.dataType(), col.characterMaximumLength(),
                        col.numericPrecision(), col.numericScale(), col.datetimePrecision(), col.nullable(),
                        col.defaultValue(), col.comment(), col.identity())).collect(Collectors.toList()),
                t.primaryKey() == null ? List.of() : t.primaryKey().columns(),
                // SQLite: named by their columns, as this catalog always did, not by the CREATE TABLE text
                t.foreignKeys().stream().map(fk -> new ForeignKey(sqlite ? t.name() + "_fk_" + String.join("_", fk.columns())
                        : fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(),
                        fk.onUpdate(), fk.validated())).collect(Collectors.toList()),
                t.uniques().stream().map(u -> new UniqueConstraint(sqlite ? t.name() + "_unique_" + String.join("_", u.columns())
                        : u.name(), u.columns(), u.definition())).collect(Collectors.toList()),
                t.checks().stream().map(ck -> new CheckConstraint(ck.name(), ck.definition())).collect(Collectors.toList()),
                // MariaDB index comments were not read here before: left out, so comparisons stay what they were
                t.indexes().stream().map(i -> new Index(i.name(), i.columns(), i.unique(), i.primary(), i.valid(),
                        i.predicate(), i.definition(), engine == Engine.MARIADB ? null : i.comment()))
                        .collect(Collectors.toList()),
                t.exclusions().stream().map(x -> new ExclusionConstraint(x.name(), x.definition())).collect(Collectors.toList()),
                t.triggers().stream().map(tr -> new Trigger(tr.name(), tr.table(), tr.function(), tr.definition()))
                        .collect(Collectors.toList()));
    }

    /** The table with this name (exact, case-sensitive), if present. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The table with this name, or an {@link AssertionError} listing the tables there are. */
    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new AssertionError("no table " + name + " in "
                + tables.stream().map(Table::name).collect(Collectors.toList())));
    }

    /** This catalog without the named tables (e.g. {@code flyway_schema_history}). */
    public Catalog without(String... tableNames) {
        Set<String> drop = Set.of(tableNames);
        return new Catalog(engine, tables.stream().filter(t -> !drop.contains(t.name())).collect(Collectors.toList()),
                sequences, extensions, functions);
    }

    /** All triggers of all tables. */
    public List<Trigger> triggers() {
        return tables.stream().flatMap(t -> t.triggers().stream()).collect(Collectors.toList());
    }

    /** Column shapes of all tables (except {@code flyway_schema_history}), sorted by table, column. */
    public List<ColumnShape> columnShapes() {
        List<ColumnShape> shapes = new ArrayList<>();
        for (Table t : tables) {
            if (t.name().equalsIgnoreCase(Migrations.HISTORY_TABLE)) {
                continue;
            }
            for (Column c : t.columns()) {
                shapes.add(ColumnShape.of(engine, t.name(), c));
            }
        }
        return shapes;
    }

    /**
     * Differences between the column shapes of two catalogs, one readable line per column, e.g.
     * {@code orders.total: numeric(38,2) NOT NULL vs numeric(10,2) NOT NULL} or
     * {@code orders.note: varchar(255) NULL vs <missing>}. Empty if the shapes are equal.
     * {@code flyway_schema_history} is ignored.
     */
    public static List<String> diffColumnShapes(Catalog left, Catalog right) {
        Map<String, ColumnShape> l = byKey(left.columnShapes());
        Map<String, ColumnShape> r = byKey(right.columnShapes());
        Set<String> keys = new TreeSet<>(l.keySet());
        keys.addAll(r.keySet());
        List<String> diffs = new ArrayList<>();
        for (String k : keys) {
            ColumnShape a = l.get(k);
            ColumnShape b = r.get(k);
            if (!Objects.equals(a, b)) {
                diffs.add(k + ": " + (a == null ? "<missing>" : a.describe()) + " vs " + (b == null ? "<missing>" : b.describe()));
            }
        }
        return diffs;
    }

    /**
     * Differences in keys, ignoring constraint/index names: primary key columns, foreign keys
     * ({@code (cols) -> table(cols) ON DELETE rule}) and unique column sets (unique constraints plus
     * unique, non-partial, non-primary indexes). One line per difference, e.g.
     * {@code orders: FOREIGN KEY (customer_id) -> customer(id) ON DELETE CASCADE: present vs <missing>}.
     * {@code flyway_schema_history} is ignored.
     */
    public static List<String> diffKeyShapes(Catalog left, Catalog right) {
        Map<String, Set<String>> l = left.keyShapes();
        Map<String, Set<String>> r = right.keyShapes();
        Set<String> tables = new TreeSet<>(l.keySet());
        tables.addAll(r.keySet());
        List<String> diffs = new ArrayList<>();
        for (String t : tables) {
            Set<String> a = l.getOrDefault(t, Set.of());
            Set<String> b = r.getOrDefault(t, Set.of());
            for (String k : a) {
                if (!b.contains(k)) {
                    diffs.add(t + ": " + k + ": present vs <missing>");
                }
            }
            for (String k : b) {
                if (!a.contains(k)) {
                    diffs.add(t + ": " + k + ": <missing> vs present");
                }
            }
        }
        return diffs;
    }

    private Map<String, Set<String>> keyShapes() {
        Map<String, Set<String>> shapes = new TreeMap<>();
        for (Table t : tables) {
            if (t.name().equalsIgnoreCase(Migrations.HISTORY_TABLE)) {
                continue;
            }
            Set<String> s = new TreeSet<>();
            if (!t.primaryKey().isEmpty()) {
                s.add("PRIMARY KEY " + paren(t.primaryKey()));
            }
            for (ForeignKey fk : t.foreignKeys()) {
                s.add("FOREIGN KEY " + paren(fk.columns()) + " -> " + fk.referencedTable() + paren(fk.referencedColumns())
                        + " ON DELETE " + fk.onDelete());
            }
            for (UniqueConstraint u : t.uniques()) {
                s.add("UNIQUE " + paren(u.columns()));
            }
            for (Index i : t.indexes()) {
                if (i.unique() && !i.primary() && i.predicate() == null && !i.columns().contains(null)) {
                    s.add("UNIQUE " + paren(i.columns()));
                }
            }
            shapes.put(t.name(), s);
        }
        return shapes;
    }

    private static String paren(List<String> cols) {
        return "(" + String.join(", ", cols) + ")";
    }

    private static Map<String, ColumnShape> byKey(List<ColumnShape> shapes) {
        Map<String, ColumnShape> m = new TreeMap<>();
        for (ColumnShape s : shapes) {
            m.put(s.table() + "." + s.column(), s);
        }
        return m;
    }

    static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list == null ? List.of() : list);
        copy.sort(Comparator.nullsFirst(order));
        return List.copyOf(copy);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Catalog[").append(engine).append("]\n");
        for (Table t : tables) {
            sb.append(t).append('\n');
        }
        for (Sequence s : sequences) {
            sb.append(s).append('\n');
        }
        if (!extensions.isEmpty()) {
            sb.append("extensions ").append(extensions).append('\n');
        }
        for (String f : functions) {
            sb.append("function ").append(f).append('\n');
        }
        return sb.toString();
    }

    /**
     * A table.
     *
     * @param name        table name as stored by the engine
     * @param comment     table comment, null if none
     * @param columns     columns, sorted by name
     * @param primaryKey  primary key columns in key order, empty if none
     * @param foreignKeys sorted by name
     * @param uniques     unique constraints (not unique indexes), sorted by name
     * @param checks      check constraints, sorted by name
     * @param indexes     all indexes including those backing PK/unique constraints, sorted by name
     * @param exclusions  exclusion constraints (PostgreSQL), sorted by name
     * @param triggers    sorted by name
     */
    public record Table(String name, String comment, List<Column> columns, List<String> primaryKey,
                        List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                        List<Index> indexes, List<ExclusionConstraint> exclusions, List<Trigger> triggers) {
        public Table {
            columns = sorted(columns, Comparator.comparing(Column::name));
            primaryKey = List.copyOf(primaryKey);
            foreignKeys = sorted(foreignKeys, Comparator.comparing(ForeignKey::name));
            uniques = sorted(uniques, Comparator.comparing(UniqueConstraint::name));
            checks = sorted(checks, Comparator.comparing(CheckConstraint::name));
            indexes = sorted(indexes, Comparator.comparing(Index::name));
            exclusions = sorted(exclusions, Comparator.comparing(ExclusionConstraint::name));
            triggers = sorted(triggers, Comparator.comparing(Trigger::name));
        }

        /** The column with this name, or an {@link AssertionError}. */
        public Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no column " + this.name + "." + name + " in "
                            + columns.stream().map(Column::name).collect(Collectors.toList())));
        }

        /** The foreign key with this name, or an {@link AssertionError}. */
        public ForeignKey foreignKey(String name) {
            return foreignKeys.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no foreign key " + name + " on " + this.name + " in " + foreignKeys));
        }

        /** The index with this name, or an {@link AssertionError}. */
        public Index index(String name) {
            return indexes.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no index " + name + " on " + this.name + " in " + indexes));
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("table ").append(name);
            if (comment != null) {
                sb.append(" -- ").append(comment);
            }
            for (Column c : columns) {
                sb.append("\n  ").append(c);
            }
            if (!primaryKey.isEmpty()) {
                sb.append("\n  PRIMARY KEY ").append(paren(primaryKey));
            }
            List<Object> rest = new ArrayList<>();
            rest.addAll(foreignKeys);
            rest.addAll(uniques);
            rest.addAll(checks);
            rest.addAll(exclusions);
            rest.addAll(indexes);
            rest.addAll(triggers);
            for (Object o : rest) {
                sb.append("\n  ").append(o);
            }
            return sb.toString();
        }
    }

    /**
     * A column.
     *
     * @param name                   column name
     * @param dataType               engine's full type: PostgreSQL {@code format_type} (e.g.
     *                               {@code character varying(255)}, {@code numeric(38,2)},
     *                               {@code timestamp(6) with time zone}); MariaDB {@code COLUMN_TYPE}
     *                               (e.g. {@code varchar(255)}, {@code decimal(38,2)}); SQLite the
     *                               declared type as written
     * @param characterMaximumLength for character types, else null
     * @param numericPrecision       for exact numeric types (numeric/decimal) with a declared
     *                               precision, else null
     * @param numericScale           with numericPrecision, else null
     * @param datetimePrecision      fractional-seconds precision of temporal types, else null
     * @param nullable               false if NOT NULL; on SQLite also for an {@code INTEGER PRIMARY KEY}
     *                               (rowid alias) but not for other primary key columns, which SQLite lets be NULL
     * @param defaultValue           default expression as the engine reports it, null if none
     * @param comment                column comment, null if none
     * @param identity               PostgreSQL {@code ALWAYS}/{@code BY DEFAULT}, MariaDB
     *                               {@code AUTO_INCREMENT}, SQLite {@code AUTOINCREMENT}/{@code ROWID}
     *                               for an integer primary key; null otherwise
     */
    public record Column(String name, String dataType, Integer characterMaximumLength, Integer numericPrecision,
                         Integer numericScale, Integer datetimePrecision, boolean nullable, String defaultValue,
                         String comment, String identity) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(name).append(' ').append(dataType).append(nullable ? " NULL" : " NOT NULL");
            if (defaultValue != null) {
                sb.append(" DEFAULT ").append(defaultValue);
            }
            if (identity != null) {
                sb.append(" IDENTITY ").append(identity);
            }
            if (comment != null) {
                sb.append(" -- ").append(comment);
            }
            return sb.toString();
        }
    }

    /**
     * A foreign key.
     *
     * @param onDelete  {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
     * @param onUpdate  same values as onDelete
     * @param validated false for a PostgreSQL {@code NOT VALID} constraint not yet validated
     */
    public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                             String onDelete, String onUpdate, boolean validated) {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }

        @Override
        public String toString() {
            return "CONSTRAINT " + name + " FOREIGN KEY " + paren(columns) + " REFERENCES " + referencedTable
                    + paren(referencedColumns) + " ON DELETE " + onDelete + " ON UPDATE " + onUpdate
                    + (validated ? "" : " NOT VALID");
        }
    }

    /**
     * A unique constraint.
     *
     * @param definition PostgreSQL {@code pg_get_constraintdef} (shows e.g. {@code NULLS NOT DISTINCT}); else
     *                   {@code UNIQUE (cols)}
     */
    public record UniqueConstraint(String name, List<String> columns, String definition) {
        public UniqueConstraint {
            columns = List.copyOf(columns);
        }

        @Override
        public String toString() {
            return "CONSTRAINT " + name + " " + definition;
        }
    }

    /**
     * A check constraint.
     *
     * @param definition PostgreSQL {@code pg_get_constraintdef} (e.g. {@code CHECK ((price >= (0)::numeric))});
     *                   MariaDB/SQLite {@code CHECK (<clause as stored>)}
     */
    public record CheckConstraint(String name, String definition) {
        @Override
        public String toString() {
            return "CONSTRAINT " + name + " " + definition;
        }
    }

    /** A PostgreSQL exclusion constraint with its {@code pg_get_constraintdef}. */
    public record ExclusionConstraint(String name, String definition) {
        @Override
        public String toString() {
            return "CONSTRAINT " + name + " " + definition;
        }
    }

    /**
     * An index.
     *
     * @param columns    key columns in order; an element is null for an expression key
     * @param unique     unique index
     * @param primary    backs the primary key
     * @param valid      false for a PostgreSQL index left invalid (e.g. a failed {@code CONCURRENTLY} build)
     * @param predicate  partial-index {@code WHERE} clause, null if none
     * @param definition PostgreSQL {@code pg_get_indexdef} (e.g.
     *                   {@code CREATE INDEX ix ON public.t USING btree (a)}); MariaDB/SQLite a synthesised or
     *                   stored {@code CREATE ... INDEX} text
     * @param comment    PostgreSQL {@code COMMENT ON INDEX}, null if none (and on other engines)
     */
    public record Index(String name, List<String> columns, boolean unique, boolean primary, boolean valid,
                        String predicate, String definition, String comment) {
        public Index {
            columns = java.util.Collections.unmodifiableList(new ArrayList<>(columns));
        }

        /** An index without a comment. */
        public Index(String name, List<String> columns, boolean unique, boolean primary, boolean valid,
                     String predicate, String definition) {
            this(name, columns, unique, primary, valid, predicate, definition, null);
        }

        @Override
        public String toString() {
            return definition + (valid ? "" : " -- INVALID") + (comment == null ? "" : " -- " + comment);
        }
    }

    /**
     * A trigger.
     *
     * @param function   PostgreSQL trigger function name (schema-qualified if not in the current schema);
     *                   null elsewhere
     * @param definition PostgreSQL {@code pg_get_triggerdef}; MariaDB {@code <timing> <event> ... <statement>};
     *                   SQLite the stored {@code CREATE TRIGGER}
     */
    public record Trigger(String name, String table, String function, String definition) {
        @Override
        public String toString() {
            return definition;
        }
    }

    /** A sequence with its start and increment. */
    public record Sequence(String name, long start, long increment) {
        @Override
        public String toString() {
            return "sequence " + name + " start " + start + " increment " + increment;
        }
    }

    /**
     * Engine-independent-ish shape of a column for comparisons: normalised base type plus
     * length/precision/scale and nullability (no defaults, comments or names of constraints).
     *
     * @param type      lower-case base type without modifiers, with PostgreSQL's long names shortened:
     *                  {@code varchar}, {@code char}, {@code numeric}, {@code timestamp},
     *                  {@code timestamptz}, {@code time}, {@code timetz}, {@code bit}, {@code varbit},
     *                  others as {@code format_type}/MariaDB {@code DATA_TYPE}/SQLite declared base type
     * @param length    character length, else null
     * @param precision numeric precision, or fractional-seconds precision for temporal types, else null
     * @param scale     numeric scale, else null
     */
    public record ColumnShape(String table, String column, String type, Integer length, Integer precision,
                              Integer scale, boolean nullable) {

        static ColumnShape of(Engine engine, String table, Column c) {
            String base = baseType(engine, c.dataType());
            Integer precision = c.numericPrecision() != null ? c.numericPrecision() : c.datetimePrecision();
            return new ColumnShape(table, c.name(), base, c.characterMaximumLength(), precision,
                    c.numericPrecision() != null ? c.numericScale() : null, c.nullable());
        }

        static String baseType(Engine engine, String dataType) {
            String t = dataType.toLowerCase(java.util.Locale.ROOT).replaceAll("\\([^)]*\\)", "")
                    .replaceAll("\\s+", " ").trim();
            if (engine == Engine.MARIADB) {
                t = t.replace(" unsigned", "").replace(" zerofill", "").trim();
            }
            switch (t) {
                case "character varying":
                    return "varchar";
                case "character":
                    return "char";
                case "timestamp without time zone":
                    return "timestamp";
                case "timestamp with time zone":
                    return "timestamptz";
                case "time without time zone":
                    return "time";
                case "time with time zone":
                    return "timetz";
                case "bit varying":
                    return "varbit";
                case "decimal":
                    return engine == Engine.POSTGRESQL ? "numeric" : t;
                default:
                    return t;
            }
        }

        /** The type as SQL-ish text plus nullability, e.g. {@code numeric(38,2) NOT NULL}, {@code timestamptz(6) NULL}. */
        public String describe() {
            StringBuilder sb = new StringBuilder(type);
            if (length != null) {
                sb.append('(').append(length).append(')');
            } else if (precision != null && scale != null) {
                sb.append('(').append(precision).append(',').append(scale).append(')');
            } else if (precision != null) {
                sb.append('(').append(precision).append(')');
            }
            return sb.append(nullable ? " NULL" : " NOT NULL").toString();
        }

        @Override
        public String toString() {
            return table + "." + column + " " + describe();
        }
    }
}
