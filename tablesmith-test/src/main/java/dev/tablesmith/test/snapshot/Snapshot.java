package dev.tablesmith.test.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * {@code tablesmith-snapshot.json} as written by the processor (format 1): the schema as of the
 * newest migration in dialect-neutral terms, and the migrations that built it. Types are the
 * snapshot's own text ({@code varchar(255)}, {@code decimal(10,2)}, {@code timestamp_tz(6)},
 * {@code array<varchar(255)>}, {@code custom:TEXT}); defaults, checks and predicates are SQL as the
 * entities declare it.
 */
public record Snapshot(List<Migration> migrations, List<Table> tables, List<Sequence> sequences) {
    public static final int FORMAT = 1;
    public static final String FILE_NAME = "tablesmith-snapshot.json";

    public Snapshot {
        migrations = List.copyOf(migrations);
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** One migration and the SHA-256 of each of its files. */
    public record Migration(String version, String name, List<FileChecksum> files) {
        public Migration {
            files = List.copyOf(files);
        }
    }

    public record FileChecksum(String file, String sha256) {
    }

    /**
     * A table.
     *
     * @param kind       {@code entity}, {@code join} or {@code collection}
     * @param primaryKey null if none
     */
    public record Table(String name, String kind, String comment, boolean deprecated, List<Column> columns,
                        PrimaryKey primaryKey, List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques,
                        List<CheckConstraint> checks, List<ExclusionConstraint> exclusions, List<Index> indexes,
                        List<Trigger> triggers) {
        public Table {
            columns = List.copyOf(columns);
            foreignKeys = List.copyOf(foreignKeys);
            uniques = List.copyOf(uniques);
            checks = List.copyOf(checks);
            exclusions = List.copyOf(exclusions);
            indexes = List.copyOf(indexes);
            triggers = List.copyOf(triggers);
        }

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /**
     * A column.
     *
     * @param type         the snapshot's type text
     * @param defaultValue SQL, null if none
     * @param identity     {@code by_default}, or null
     */
    public record Column(String name, String type, boolean nullable, String defaultValue, String identity,
                         String comment, boolean deprecated) {
    }

    public record PrimaryKey(String name, List<String> columns) {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }
    }

    /** @param onDelete {@code no_action}, {@code restrict}, {@code cascade}, {@code set_null} or {@code set_default} */
    public record ForeignKey(String name, List<String> columns, String references, List<String> referencedColumns,
                             String onDelete) {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    public record UniqueConstraint(String name, List<String> columns) {
        public UniqueConstraint {
            columns = List.copyOf(columns);
        }
    }

    public record CheckConstraint(String name, String expression) {
    }

    /** @param elements {@code <expression> WITH <operator>} each */
    public record ExclusionConstraint(String name, String using, List<ExclusionElement> elements, String where) {
        public ExclusionConstraint {
            elements = List.copyOf(elements);
        }
    }

    public record ExclusionElement(String expression, String operator) {
    }

    /**
     * An index.
     *
     * @param using access method ({@code btree} when the snapshot says none)
     */
    public record Index(String name, List<IndexElement> elements, boolean unique, String using, List<String> include,
                        String where, String comment) {
        public Index {
            elements = List.copyOf(elements);
            include = List.copyOf(include);
        }
    }

    /** @param nulls {@code FIRST}, {@code LAST} or null for the default */
    public record IndexElement(String column, String expression, String opclass, boolean descending, String nulls) {
    }

    /** A trigger that keeps a column current on every update ({@code updated_at}). */
    public record Trigger(String name, String column) {
    }

    public record Sequence(String name, long start, long increment) {
    }
}
