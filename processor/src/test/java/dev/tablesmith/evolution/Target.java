package dev.tablesmith.evolution;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.mysql.MySqlDialect;
import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.dialect.sqlite.SqliteDialect;
import dev.tablesmith.evolution.ModelSpec.IndexKind;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ColumnType.Kind;
import dev.tablesmith.migration.Safety;
import dev.tablesmith.migration.Script;
import dev.tablesmith.squawk.SquawkJudgeTest;
import dev.tablesmith.testkit.Squawk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The database an evolution run targets: which of the generator's features its dialect writes as
 * declared (no {@code dialect-support} error or warning), and how rows are written and read there.
 * The PostgreSQL target allows everything and changes nothing, so its runs draw the same random
 * numbers as before targets existed; the others only remove options, after the draws PostgreSQL
 * makes too, or map a PostgreSQL default to its portable form.
 */
enum Target {
    POSTGRESQL(new PostgresDialect(), EnumSet.allOf(IndexKind.class), Set.of(), "char_length",
            Safety.Settings.safe("5s")),
    /** MariaDB: B-tree indexes on plain columns only; InnoDB cannot index TEXT or JSON whole. */
    MARIADB(new MySqlDialect(), EnumSet.of(IndexKind.BTREE, IndexKind.FK_SUPPORT, IndexKind.UNIQUE, IndexKind.PAIR),
            Set.of(Kind.TEXT, Kind.JSON), "char_length", Safety.Settings.PLAIN),
    /** SQLite: one index kind, but partial and expression indexes as declared; no operator classes, NULLS order, INCLUDE. */
    SQLITE(new SqliteDialect(), EnumSet.of(IndexKind.BTREE, IndexKind.FK_SUPPORT, IndexKind.UNIQUE, IndexKind.PAIR,
            IndexKind.PARTIAL, IndexKind.LOWER), Set.of(), "length", Safety.Settings.PLAIN);

    final Dialect dialect;
    private final Set<IndexKind> indexKinds;
    private final Set<Kind> unindexable;
    /** The function a check on a text column's length uses (SQLite has no {@code char_length}). */
    final String lengthFunction;

    /**
     * The forms the planner writes: on PostgreSQL the safe ones, as the processor does by default (so
     * the tries also prove them, and squawk judges them); the others keep the plain forms.
     */
    final Safety.Settings safety;

    Target(Dialect dialect, Set<IndexKind> indexKinds, Set<Kind> unindexable, String lengthFunction,
            Safety.Settings safety) {
        this.safety = safety;
        this.dialect = dialect;
        this.indexKinds = indexKinds;
        this.unindexable = unindexable;
        this.lengthFunction = lengthFunction;
    }

    boolean writes(IndexKind kind) {
        return indexKinds.contains(kind);
    }

    /** Whether an index or unique constraint may name a column of this type. */
    boolean indexable(ColumnType type) {
        return !unindexable.contains(type.kind());
    }

    /** The generator's (PostgreSQL) default as this database takes it; the dialect translates {@code now()}. */
    String portableDefault(ColumnType type, String postgres) {
        return switch (this) {
            case POSTGRESQL, MARIADB -> postgres; // MySqlDialect maps gen_random_uuid() and '{}'::jsonb itself
            case SQLITE -> switch (type.kind()) {
                case UUID -> "randomblob(16)"; // the 16 bytes Hibernate stores for a UUID on SQLite
                case JSON -> "'{}'";
                default -> postgres;
            };
        };
    }

    /** The SQL literal of value number {@code n} for the type. */
    String literal(ColumnType type, int n) {
        if (this == POSTGRESQL) {
            return Values.literal(type, n);
        }
        return switch (type.kind()) {
            case BOOLEAN -> n % 2 == 0 ? "1" : "0"; // MariaDB's BIT and SQLite's 0/1, as Hibernate writes them
            case TIMESTAMP_TZ -> "'" + Values.timestamp(n) + "'"; // no offset: DATETIME and SQLite's text hold UTC
            case UUID -> this == SQLITE ? "X'" + Values.uuid(n).toString().replace("-", "") + "'" : Values.literal(type, n);
            default -> Values.literal(type, n);
        };
    }

    /** A select expression that reads the column as comparable text. */
    String text(String column, ColumnType type) {
        return switch (this) {
            case POSTGRESQL -> column + "::text";
            // DATETIME(3) widened to (6) shows more zeros; the values have whole seconds
            case MARIADB -> switch (type.kind()) {
                case BOOLEAN -> "CAST(" + column + " + 0 AS CHAR)";
                case TIMESTAMP_TZ -> "DATE_FORMAT(" + column + ", '%Y-%m-%d %H:%i:%s')";
                default -> "CAST(" + column + " AS CHAR)";
            };
            // hex(NULL) is '': NULL must stay NULL, the generator sets NOT NULL only where no value is
            case SQLITE -> type.kind() == Kind.UUID ? "CASE WHEN " + column + " IS NULL THEN NULL ELSE hex(" + column
                    + ") END" : "CAST(" + column + " AS TEXT)";
        };
    }

    /** The value for the id of a table whose ids come from its sequence. */
    String nextId(String table, long explicit) {
        return switch (this) {
            case POSTGRESQL -> "nextval('" + table + "_seq')";
            case MARIADB -> "NEXTVAL(" + table + "_seq)";
            // Hibernate's one-row table: the application reads and bumps it; any unused id does here
            case SQLITE -> Long.toString(explicit);
        };
    }

    String insertDefaults(String table) {
        return this == MARIADB ? "INSERT INTO " + table + " () VALUES ()" : "INSERT INTO " + table + " DEFAULT VALUES";
    }

    /**
     * squawk's findings on the scripts a try planned, judged as Flyway runs them; none on targets
     * other than PostgreSQL (squawk lints PostgreSQL only).
     */
    List<String> judge(List<Script> scripts) throws IOException, InterruptedException {
        if (this != POSTGRESQL) {
            return List.of();
        }
        Path dir = Files.createTempDirectory("tablesmith-evolution-squawk-");
        try {
            List<Path> files = new ArrayList<>();
            for (Script s : scripts) {
                files.add(Files.writeString(dir.resolve(s.upFile()), s.up(), StandardCharsets.UTF_8));
                files.add(Files.writeString(dir.resolve(s.downFile()), s.down(), StandardCharsets.UTF_8));
                if (!s.transactional()) {
                    Files.writeString(dir.resolve(s.confFile()), Script.NON_TRANSACTIONAL_CONF, StandardCharsets.UTF_8);
                }
            }
            List<String> out = new ArrayList<>();
            for (Squawk.Finding f : SquawkJudgeTest.judge(files)) {
                String name = f.file().getFileName().toString();
                out.add(f + "\n" + Files.readString(dir.resolve(name)));
            }
            return out;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
