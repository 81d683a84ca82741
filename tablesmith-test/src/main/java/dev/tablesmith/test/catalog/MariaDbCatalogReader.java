package dev.tablesmith.test.catalog;

import static dev.tablesmith.test.catalog.Rows.blankToNull;
import static dev.tablesmith.test.catalog.Rows.intOrNull;
import static dev.tablesmith.test.catalog.Rows.query;

import dev.tablesmith.test.catalog.Rows.TableParts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the current database of a MariaDB (or MySQL) server from {@code information_schema}. */
final class MariaDbCatalogReader {
    private MariaDbCatalogReader() {
    }

    private static final Set<String> CHARACTER_TYPES = Set.of("char", "varchar", "binary", "varbinary");
    private static final Set<String> TEMPORAL_TYPES = Set.of("datetime", "timestamp", "time");
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)\\bon update (\\S+)");

    static DatabaseCatalog read(Connection c) throws SQLException {
        Map<String, TableParts> tables = new LinkedHashMap<>();
        List<String> sequenceNames = new ArrayList<>();
        query(c, "SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE()", rs -> {
                    String type = rs.getString("TABLE_TYPE");
                    if ("BASE TABLE".equals(type)) {
                        tables.put(rs.getString("TABLE_NAME"),
                                new TableParts(rs.getString("TABLE_NAME"), blankToNull(rs.getString("TABLE_COMMENT"))));
                    } else if ("SEQUENCE".equals(type)) {
                        sequenceNames.add(rs.getString("TABLE_NAME"));
                    }
                });
        query(c, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, "
                + "NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_COMMENT, EXTRA "
                + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()", rs -> {
                    TableParts t = tables.get(rs.getString("TABLE_NAME"));
                    if (t == null) {
                        return;
                    }
                    String dataType = rs.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
                    boolean nullable = "YES".equals(rs.getString("IS_NULLABLE"));
                    String def = rs.getString("COLUMN_DEFAULT");
                    if (def != null && nullable && def.equalsIgnoreCase("NULL")) {
                        def = null; // MariaDB reports an explicit or implicit NULL default as the text NULL
                    }
                    String extra = String.valueOf(rs.getString("EXTRA"));
                    Matcher onUpdate = ON_UPDATE.matcher(extra);
                    t.columns.add(new DatabaseCatalog.Column(rs.getString("COLUMN_NAME"), rs.getString("COLUMN_TYPE"),
                            CHARACTER_TYPES.contains(dataType) ? intOrNull(rs, "CHARACTER_MAXIMUM_LENGTH") : null,
                            "decimal".equals(dataType) ? intOrNull(rs, "NUMERIC_PRECISION") : null,
                            "decimal".equals(dataType) ? intOrNull(rs, "NUMERIC_SCALE") : null,
                            TEMPORAL_TYPES.contains(dataType) ? intOrNull(rs, "DATETIME_PRECISION") : null,
                            nullable, def, blankToNull(rs.getString("COLUMN_COMMENT")),
                            extra.toLowerCase(Locale.ROOT).contains("auto_increment") ? "AUTO_INCREMENT" : null,
                            onUpdate.find() ? onUpdate.group(1).toLowerCase(Locale.ROOT) : null));
                });
        Map<String, List<String[]>> keyColumns = new LinkedHashMap<>(); // table.constraint -> [col, refcol]
        query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_COLUMN_NAME "
                + "FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() "
                + "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION", rs -> keyColumns
                .computeIfAbsent(rs.getString("TABLE_NAME") + "." + rs.getString("CONSTRAINT_NAME"), k -> new ArrayList<>())
                .add(new String[] {rs.getString("COLUMN_NAME"), rs.getString("REFERENCED_COLUMN_NAME")}));
        query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE')", rs -> {
                    TableParts t = tables.get(rs.getString("TABLE_NAME"));
                    if (t == null) {
                        return;
                    }
                    String name = rs.getString("CONSTRAINT_NAME");
                    List<String> cols = column(keyColumns.getOrDefault(t.name + "." + name, List.of()), 0);
                    if ("PRIMARY KEY".equals(rs.getString("CONSTRAINT_TYPE"))) {
                        t.primaryKey = new DatabaseCatalog.PrimaryKey(name, cols);
                    } else {
                        t.uniques.add(new DatabaseCatalog.UniqueConstraint(name, cols, "UNIQUE (" + String.join(", ", cols) + ")"));
                    }
                });
        query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, UPDATE_RULE, DELETE_RULE "
                + "FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()", rs -> {
                    TableParts t = tables.get(rs.getString("TABLE_NAME"));
                    if (t == null) {
                        return;
                    }
                    String name = rs.getString("CONSTRAINT_NAME");
                    List<String[]> cols = keyColumns.getOrDefault(t.name + "." + name, List.of());
                    t.foreignKeys.add(new DatabaseCatalog.ForeignKey(name, column(cols, 0), rs.getString("REFERENCED_TABLE_NAME"),
                            column(cols, 1), rs.getString("DELETE_RULE"), rs.getString("UPDATE_RULE"), true));
                });
        query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                + "WHERE CONSTRAINT_SCHEMA = DATABASE()", rs -> {
                    TableParts t = tables.get(rs.getString("TABLE_NAME"));
                    if (t != null) {
                        String clause = rs.getString("CHECK_CLAUSE");
                        t.checks.add(new DatabaseCatalog.CheckConstraint(rs.getString("CONSTRAINT_NAME"),
                                "CHECK (" + clause + ")", clause, true));
                    }
                });
        Map<String, List<String[]>> indexRows = new LinkedHashMap<>(); // table \0 index -> rows
        query(c, "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE, COLLATION, INDEX_COMMENT "
                + "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                + "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", rs -> indexRows
                .computeIfAbsent(rs.getString("TABLE_NAME") + "\0" + rs.getString("INDEX_NAME"), k -> new ArrayList<>())
                .add(new String[] {rs.getString("NON_UNIQUE"), rs.getString("COLUMN_NAME"), rs.getString("SUB_PART"),
                        rs.getString("INDEX_TYPE"), rs.getString("COLLATION"), rs.getString("INDEX_COMMENT")}));
        indexRows.forEach((key, rows) -> {
            String table = key.substring(0, key.indexOf('\0'));
            String index = key.substring(key.indexOf('\0') + 1);
            TableParts t = tables.get(table);
            if (t == null) {
                return;
            }
            boolean unique = "0".equals(rows.get(0)[0]);
            boolean primary = "PRIMARY".equals(index);
            List<DatabaseCatalog.IndexElement> elements = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (String[] r : rows) {
                Integer prefix = r[2] == null ? null : Integer.valueOf(r[2]);
                elements.add(new DatabaseCatalog.IndexElement(r[1], null, "D".equals(r[4]), false, null, true, prefix));
                parts.add(r[1] + (r[2] == null ? "" : "(" + r[2] + ")"));
            }
            String type = rows.get(0)[3];
            String def = (primary ? "PRIMARY KEY" : "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + index + " ON " + table)
                    + " USING " + type + " (" + String.join(", ", parts) + ")";
            // MariaDB's catalog lists every unique index as a UNIQUE constraint, however it was made
            t.indexes.add(new DatabaseCatalog.Index(index, elements, List.of(), unique, primary, true, null, def,
                    blankToNull(rows.get(0)[5]), type == null ? null : type.toLowerCase(Locale.ROOT),
                    primary || unique ? index : null));
        });
        query(c, "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT "
                + "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()", rs -> {
                    TableParts t = tables.get(rs.getString("EVENT_OBJECT_TABLE"));
                    if (t != null) {
                        t.triggers.add(new DatabaseCatalog.Trigger(rs.getString("TRIGGER_NAME"), t.name, null,
                                "CREATE TRIGGER " + rs.getString("TRIGGER_NAME") + " " + rs.getString("ACTION_TIMING") + " "
                                        + rs.getString("EVENT_MANIPULATION") + " ON " + t.name + " FOR EACH ROW "
                                        + rs.getString("ACTION_STATEMENT"),
                                rs.getString("ACTION_TIMING"), rs.getString("EVENT_MANIPULATION"), true, true));
                    }
                });
        List<DatabaseCatalog.Sequence> sequences = new ArrayList<>();
        for (String s : sequenceNames) {
            // a SELECT reads a MariaDB sequence's definition without advancing it
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT start_value, increment FROM `" + s.replace("`", "``") + "`")) {
                if (rs.next()) {
                    sequences.add(new DatabaseCatalog.Sequence(s, rs.getLong(1), rs.getLong(2), false));
                }
            }
        }
        return new DatabaseCatalog(Engine.MARIADB, tables.values().stream().map(TableParts::build).toList(), sequences,
                List.of(), List.of());
    }

    private static List<String> column(List<String[]> rows, int i) {
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(r[i]);
        }
        return out;
    }
}
