package dev.tablesmith.test.catalog;

import static dev.tablesmith.test.catalog.Rows.query;

import dev.tablesmith.test.catalog.Rows.TableParts;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQLite database from {@code sqlite_master} and pragmas. SQLite keeps no catalog of
 * constraint names or checks: both are read from the stored {@code CREATE TABLE} text
 * ({@link SqliteTableText}); a key without a {@code CONSTRAINT <name>} is named
 * {@code <table>_fk_<columns>}, an unnamed check {@code <table>_check<n>}. The index SQLite makes
 * for a primary key or unique constraint ({@code sqlite_autoindex_<table>_<n>}, numbered in the
 * order of declaration, which a rebuild may change) is named {@code <table>_pkey} or
 * {@code <table>_unique_<columns>}.
 */
final class SqliteCatalogReader {
    private SqliteCatalogReader() {
    }

    private static final Pattern TYPE = Pattern.compile("\\s*([^(]*)(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(.*)");
    private static final Set<String> CHARACTER_TYPES = Set.of("char", "varchar", "character", "character varying",
            "nchar", "nvarchar", "varying character", "native character");
    private static final Set<String> EXACT_NUMERIC = Set.of("numeric", "decimal");
    private static final Set<String> TEMPORAL = Set.of("timestamp", "time", "datetime");
    private static final Pattern TRIGGER_TIMING = Pattern.compile(
            "(?is)\\bTRIGGER\\b.*?\\b(BEFORE|AFTER|INSTEAD\\s+OF)?\\s*\\b(INSERT|UPDATE|DELETE)\\b");

    static DatabaseCatalog read(Connection c) throws SQLException {
        Map<String, TableParts> tables = new LinkedHashMap<>();
        Map<String, String> tableSql = new LinkedHashMap<>();
        query(c, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'", rs -> {
            tables.put(rs.getString("name"), new TableParts(rs.getString("name"), null));
            tableSql.put(rs.getString("name"), rs.getString("sql"));
        });
        Map<String, String> indexSql = new LinkedHashMap<>();
        query(c, "SELECT name, sql FROM sqlite_master WHERE type = 'index'", rs -> indexSql.put(rs.getString("name"), rs.getString("sql")));
        for (TableParts t : tables.values()) {
            String q = quote(t.name);
            String createSql = SqliteTableText.unquoteIdentifiers(tableSql.get(t.name));
            List<SqliteTableText.NamedConstraint> named = createSql == null ? List.of()
                    : SqliteTableText.namedConstraints(createSql);
            TreeMap<Integer, String> pk = new TreeMap<>();
            List<Object[]> cols = new ArrayList<>();
            query(c, "PRAGMA table_info(" + q + ")", rs -> {
                cols.add(new Object[] {rs.getString("name"), rs.getString("type"), rs.getInt("notnull") != 0,
                        rs.getString("dflt_value")});
                if (rs.getInt("pk") > 0) {
                    pk.put(rs.getInt("pk"), rs.getString("name"));
                }
            });
            List<String> pkColumns = new ArrayList<>(pk.values());
            if (!pkColumns.isEmpty()) {
                t.primaryKey = new DatabaseCatalog.PrimaryKey(nameOf(named, "PRIMARY KEY", pkColumns, null), pkColumns);
            }
            for (Object[] col : cols) {
                String name = (String) col[0];
                String declared = col[1] == null ? "" : (String) col[1];
                boolean rowid = pk.size() == 1 && pk.containsValue(name) && declared.equalsIgnoreCase("INTEGER");
                String identity = rowid
                        ? (createSql != null && createSql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT") ? "AUTOINCREMENT" : "ROWID")
                        : null;
                Matcher m = TYPE.matcher(declared);
                Integer length = null;
                Integer precision = null;
                Integer scale = null;
                Integer datetime = null;
                if (m.matches()) {
                    String base = (m.group(1) + " " + m.group(4)).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    Integer a = m.group(2) == null ? null : Integer.valueOf(m.group(2));
                    Integer b = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                    if (CHARACTER_TYPES.contains(base)) {
                        length = a;
                    } else if (EXACT_NUMERIC.contains(base)) {
                        precision = a;
                        scale = a == null ? null : (b == null ? 0 : b);
                    } else if (TEMPORAL.stream().anyMatch(base::startsWith)) {
                        datetime = a;
                    }
                }
                t.columns.add(new DatabaseCatalog.Column(name, declared, length, precision, scale, datetime,
                        !(Boolean) col[2] && !rowid, (String) col[3], null, identity, null));
            }
            Map<Integer, List<String[]>> fks = new TreeMap<>();
            query(c, "PRAGMA foreign_key_list(" + q + ")", rs -> fks.computeIfAbsent(rs.getInt("id"), k -> new ArrayList<>())
                    .add(new String[] {rs.getString("from"), rs.getString("table"), rs.getString("to"),
                            rs.getString("on_delete"), rs.getString("on_update")}));
            for (Map.Entry<Integer, List<String[]>> fk : fks.entrySet()) {
                List<String> from = new ArrayList<>();
                List<String> to = new ArrayList<>();
                String refTable = fk.getValue().get(0)[1];
                for (String[] r : fk.getValue()) {
                    from.add(r[0]);
                    to.add(r[2]);
                }
                if (to.contains(null)) { // REFERENCES t without columns: the referenced primary key
                    to = primaryKeyOf(c, refTable);
                }
                t.foreignKeys.add(new DatabaseCatalog.ForeignKey(
                        nameOf(named, "FOREIGN KEY", from, t.name + "_fk_" + String.join("_", from)), from, refTable, to,
                        fk.getValue().get(0)[3], fk.getValue().get(0)[4], true));
            }
            List<Object[]> idx = new ArrayList<>();
            query(c, "PRAGMA index_list(" + q + ")", rs -> idx.add(new Object[] {rs.getString("name"),
                    rs.getInt("unique") != 0, rs.getString("origin"), rs.getInt("partial") != 0}));
            for (Object[] i : idx) {
                String name0 = (String) i[0];
                boolean unique = (Boolean) i[1];
                String origin = (String) i[2];
                String sql = SqliteTableText.unquoteIdentifiers(indexSql.get(name0));
                List<String> expressions = sql == null ? List.of() : SqliteTableText.indexElements(sql);
                List<DatabaseCatalog.IndexElement> elements = new ArrayList<>();
                List<String> keyCols = new ArrayList<>();
                query(c, "PRAGMA index_xinfo(" + quote(name0) + ")", rs -> {
                    if (rs.getInt("key") != 0) {
                        String column = rs.getInt("cid") == -2 ? null : rs.getString("name");
                        int position = elements.size();
                        String expression = column == null && position < expressions.size() ? expressions.get(position) : null;
                        elements.add(new DatabaseCatalog.IndexElement(column, expression, rs.getInt("desc") != 0, false,
                                null, true, null));
                        keyCols.add(column);
                    }
                });
                String name = name0;
                String constraint = null;
                if ("pk".equals(origin) || "u".equals(origin)) {
                    constraint = "pk".equals(origin)
                            ? t.primaryKey == null || t.primaryKey.name() == null ? t.name + "_pkey" : t.primaryKey.name()
                            : nameOf(named, "UNIQUE", keyCols, t.name + "_unique_" + String.join("_", keyCols));
                }
                if (sql == null && name.startsWith("sqlite_autoindex_")) {
                    name = t.name + ("pk".equals(origin) ? "_pkey" : "_unique_" + String.join("_", keyCols));
                }
                String predicate = null;
                if ((Boolean) i[3] && sql != null) {
                    predicate = SqliteTableText.indexPredicate(sql);
                }
                String def = sql != null ? sql // the indexes of PRIMARY KEY and UNIQUE constraints have no SQL
                        : ("pk".equals(origin) ? "PRIMARY KEY" : unique ? "UNIQUE" : "INDEX")
                                + " (" + String.join(", ", keyCols) + ") -- " + name;
                t.indexes.add(new DatabaseCatalog.Index(name, elements, List.of(), unique, "pk".equals(origin), true,
                        predicate, def, null, "btree", constraint));
                if ("u".equals(origin)) {
                    t.uniques.add(new DatabaseCatalog.UniqueConstraint(constraint, keyCols,
                            "UNIQUE (" + String.join(", ", keyCols) + ")"));
                }
            }
            if (createSql != null) {
                t.checks.addAll(SqliteTableText.checks(t.name, createSql));
            }
        }
        query(c, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'", rs -> {
            TableParts t = tables.get(rs.getString("tbl_name"));
            if (t != null) {
                String sql = SqliteTableText.unquoteIdentifiers(rs.getString("sql"));
                Matcher m = TRIGGER_TIMING.matcher(sql == null ? "" : sql);
                boolean found = m.find();
                String timing = !found || m.group(1) == null ? "BEFORE" // SQLite's default
                        : m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
                t.triggers.add(new DatabaseCatalog.Trigger(rs.getString("name"), t.name, null, sql, timing,
                        found ? m.group(2).toUpperCase(Locale.ROOT) : null, true, true));
            }
        });
        return new DatabaseCatalog(Engine.SQLITE, tables.values().stream().map(TableParts::build).toList(), List.of(),
                List.of(), List.of());
    }

    /** The name of the {@code CONSTRAINT <name> <kind> (columns)} with these columns, else the fallback. */
    private static String nameOf(List<SqliteTableText.NamedConstraint> named, String kind, List<String> columns,
                                 String fallback) {
        return named.stream().filter(n -> n.kind().equals(kind) && n.columns().equals(columns))
                .map(SqliteTableText.NamedConstraint::name).findFirst().orElse(fallback);
    }

    private static List<String> primaryKeyOf(Connection c, String table) throws SQLException {
        TreeMap<Integer, String> pk = new TreeMap<>();
        query(c, "PRAGMA table_info(" + quote(table) + ")", rs -> {
            if (rs.getInt("pk") > 0) {
                pk.put(rs.getInt("pk"), rs.getString("name"));
            }
        });
        return new ArrayList<>(pk.values());
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
