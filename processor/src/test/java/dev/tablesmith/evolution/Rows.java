package dev.tablesmith.evolution;

import dev.tablesmith.evolution.ModelSpec.ColumnSpec;
import dev.tablesmith.evolution.ModelSpec.FkSpec;
import dev.tablesmith.evolution.ModelSpec.IndexKind;
import dev.tablesmith.evolution.ModelSpec.TableSpec;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Renames;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Rows in the evolving database: inserted before each step (valid for every foreign key, check and
 * unique the model has), read back as text, and compared after the step through its renames.
 */
final class Rows {
    /** Table → id → column → value as text (null for NULL). */
    record Snapshot(Map<String, Map<String, Map<String, String>>> tables) {}

    private final Random random;
    private final Target target;
    private int counter;

    Rows(Random random) {
        this(random, Target.POSTGRESQL);
    }

    Rows(Random random, Target target) {
        this.random = random;
        this.target = target;
    }

    /** Inserts one or two rows into every table; tables with a NOT NULL foreign key last. */
    void insert(DataSource db, ModelSpec model) throws SQLException {
        List<TableSpec> ordered = new ArrayList<>(model.tables);
        ordered.sort(Comparator.comparing(t -> t.fks.stream().anyMatch(f -> !t.column(f.column).orElseThrow().nullable)));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (TableSpec t : ordered) {
                int n = 1 + random.nextInt(2);
                for (int i = 0; i < n; i++) {
                    String sql = insertStatement(s, t);
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(e.getMessage() + "\n  in " + sql, e);
                    }
                }
            }
        }
    }

    private String insertStatement(Statement s, TableSpec t) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        switch (t.idKind) {
            case EXPLICIT -> {
                columns.add("id");
                values.add(Long.toString(1_000_000L + next()));
            }
            case SEQUENCE -> {
                columns.add("id");
                values.add(target == Target.POSTGRESQL ? "nextval('" + t.name + "_seq')"
                        : target.nextId(t.name, 2_000_000L + next()));
            }
            case IDENTITY -> {
                // the identity fills it
            }
        }
        for (ColumnSpec c : t.columns) {
            String value;
            FkSpec fk = t.fk(c.name).orElse(null);
            if (fk != null) {
                List<String> ids = ids(s, fk.refTable);
                value = ids.isEmpty() || c.nullable && random.nextInt(4) == 0 ? "NULL" : pick(ids);
            } else if (c.nullable && random.nextInt(4) == 0) {
                value = "NULL";
            } else if (c.defaultValue != null && !isUnique(t, c) && random.nextInt(4) == 0) {
                continue;
            } else {
                value = target.literal(c.type, next());
            }
            columns.add(c.name);
            values.add(value);
        }
        return columns.isEmpty() ? target.insertDefaults(t.name)
                : "INSERT INTO " + t.name + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values) + ")";
    }

    private int next() {
        if (++counter >= 30_000) {
            throw new IllegalStateException("more values than a SMALLINT holds; lower the step count");
        }
        return counter;
    }

    private static boolean isUnique(TableSpec t, ColumnSpec c) {
        return t.uniques.stream().anyMatch(u -> u.contains(c.name))
                || t.indexes.stream().anyMatch(i -> i.kind == IndexKind.UNIQUE && i.columns.contains(c.name));
    }

    private static List<String> ids(Statement s, String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Every row of every table of the model, values as PostgreSQL writes them as text. */
    static Snapshot read(DataSource db, ModelSpec model) throws SQLException {
        return read(db, model, Target.POSTGRESQL);
    }

    /** Every row of every table of the model, values as text the way {@link Target#text} reads them. */
    static Snapshot read(DataSource db, ModelSpec model, Target target) throws SQLException {
        Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (TableSpec t : model.tables) {
                List<String> cols = new ArrayList<>(List.of("id"));
                List<String> selected = new ArrayList<>(List.of(target.text("id", ColumnType.of(ColumnType.Kind.BIGINT))));
                t.columns.forEach(col -> {
                    cols.add(col.name);
                    selected.add(target.text(col.name, col.type));
                });
                Map<String, Map<String, String>> rows = new TreeMap<>();
                try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", selected) + " FROM " + t.name)) {
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i < cols.size(); i++) {
                            row.put(cols.get(i), rs.getString(i + 1));
                        }
                        rows.put(rs.getString(1), row);
                    }
                }
                tables.put(t.name, rows);
            }
        }
        return new Snapshot(tables);
    }

    /**
     * What became of the rows before a step: each must still be there under its (possibly new)
     * table name with the same values in every column that survived (possibly renamed).
     *
     * @return one line per lost row or changed value; empty when all is well
     */
    static List<String> lost(Snapshot before, Snapshot after, Renames renames, ModelSpec next) {
        Map<String, String> newTableOf = new HashMap<>();
        renames.tables().forEach((newName, old) -> newTableOf.put(old, newName));
        List<String> problems = new ArrayList<>();
        for (var table : before.tables().entrySet()) {
            String old = table.getKey();
            String name = newTableOf.getOrDefault(old, renames.tables().containsKey(old) ? null : old);
            TableSpec spec = name == null ? null : next.table(name).orElse(null);
            if (spec == null) {
                continue; // dropped
            }
            Map<String, String> newColumnOf = new HashMap<>();
            renames.columnsOf(name).forEach((newCol, oldCol) -> newColumnOf.put(oldCol, newCol));
            Map<String, Map<String, String>> now = after.tables().getOrDefault(name, Map.of());
            for (var row : table.getValue().entrySet()) {
                Map<String, String> current = now.get(row.getKey());
                if (current == null) {
                    problems.add(old + " id " + row.getKey() + " is gone (table now " + name + ")");
                    continue;
                }
                for (var value : row.getValue().entrySet()) {
                    String col = newColumnOf.getOrDefault(value.getKey(),
                            renames.columnsOf(name).containsKey(value.getKey()) ? null : value.getKey());
                    if (col == null || spec.column(col).isEmpty()) {
                        continue; // dropped
                    }
                    if (!Objects.equals(value.getValue(), current.get(col))) {
                        problems.add(name + " id " + row.getKey() + " " + col + ": " + value.getValue() + " became "
                                + current.get(col));
                    }
                }
            }
        }
        return problems;
    }
}
