package dev.tablesmith.testkit;

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

import static dev.tablesmith.testkit.PostgresCatalogReader.query;

/**
 * Reads a SQLite database from {@code sqlite_master} and pragmas. SQLite keeps no names for foreign
 * keys (they are reported as {@code <table>_fk_<columns>}) and no catalog of checks: CHECK clauses are
 * parsed out of the stored {@code CREATE TABLE} text (unnamed ones become {@code <table>_check<n>}).
 */
final class SqliteCatalogReader {

    private SqliteCatalogReader() {
    }

    private static final Pattern TYPE = Pattern.compile("\\s*([^(]*)(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(.*)");
    private static final Set<String> CHARACTER_TYPES = Set.of("char", "varchar", "character", "character varying",
            "nchar", "nvarchar", "varying character", "native character");
    private static final Set<String> EXACT_NUMERIC = Set.of("numeric", "decimal");
    private static final Set<String> TEMPORAL = Set.of("timestamp", "time", "datetime");

    static Catalog read(Connection c) throws SQLException {
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
            String createSql = tableSql.get(t.name);
            TreeMap<Integer, String> pk = new TreeMap<>();
            List<Object[]> cols = new ArrayList<>();
            query(c, "PRAGMA table_info(" + q + ")", rs -> {
                cols.add(new Object[] {rs.getString("name"), rs.getString("type"), rs.getInt("notnull") != 0,
                        rs.getString("dflt_value")});
                if (rs.getInt("pk") > 0) {
                    pk.put(rs.getInt("pk"), rs.getString("name"));
                }
            });
            t.primaryKey = new ArrayList<>(pk.values());
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
                t.columns.add(new Catalog.Column(name, declared, length, precision, scale, datetime,
                        !(Boolean) col[2] && !rowid, (String) col[3], null, identity));
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
                // named by their columns, not by SQLite's ordinal, which follows the order of declaration
                t.foreignKeys.add(new Catalog.ForeignKey(t.name + "_fk_" + String.join("_", from), from, refTable, to,
                        fk.getValue().get(0)[3], fk.getValue().get(0)[4], true));
            }
            List<Object[]> idx = new ArrayList<>();
            query(c, "PRAGMA index_list(" + q + ")", rs -> idx.add(new Object[] {rs.getString("name"),
                    rs.getInt("unique") != 0, rs.getString("origin"), rs.getInt("partial") != 0}));
            for (Object[] i : idx) {
                String name0 = (String) i[0];
                boolean unique = (Boolean) i[1];
                String origin = (String) i[2];
                List<String> keyCols = new ArrayList<>();
                query(c, "PRAGMA index_xinfo(" + quote(name0) + ")", rs -> {
                    if (rs.getInt("key") != 0) {
                        keyCols.add(rs.getInt("cid") == -2 ? null : rs.getString("name"));
                    }
                });
                String name = name0;
                String sql = unquoteIdentifiers(indexSql.get(name0));
                if (sql == null && name.startsWith("sqlite_autoindex_")) {
                    // sqlite_autoindex_<table>_<n> counts the constraints in the order they were
                    // declared, which a rebuild may change: named by what they are instead
                    name = t.name + ("pk".equals(origin) ? "_pkey" : "_unique_" + String.join("_", keyCols));
                }
                String predicate = null;
                if ((Boolean) i[3] && sql != null) {
                    int w = sql.toUpperCase(Locale.ROOT).lastIndexOf(" WHERE ");
                    predicate = w < 0 ? null : sql.substring(w + 7).trim();
                }
                String def = sql != null ? sql // automatic indexes of PK/UNIQUE constraints have no SQL
                        : ("pk".equals(origin) ? "PRIMARY KEY" : unique ? "UNIQUE" : "INDEX")
                                + " (" + String.join(", ", keyCols) + ") -- " + name;
                t.indexes.add(new Catalog.Index(name, keyCols, unique, "pk".equals(origin), true, predicate, def));
                if ("u".equals(origin)) {
                    t.uniques.add(new Catalog.UniqueConstraint(name, keyCols, "UNIQUE (" + String.join(", ", keyCols) + ")"));
                }
            }
            if (createSql != null) {
                t.checks.addAll(checks(t.name, unquoteIdentifiers(createSql)));
            }
        }
        query(c, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'", rs -> {
            TableParts t = tables.get(rs.getString("tbl_name"));
            if (t != null) {
                t.triggers.add(new Catalog.Trigger(rs.getString("name"), t.name, null,
                        unquoteIdentifiers(rs.getString("sql"))));
            }
        });
        return new Catalog(Engine.SQLITE, tables.values().stream().map(TableParts::build).toList(), List.of(), List.of());
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

    /**
     * The SQL text with {@code "name"} written {@code name} where the name needs no quotes: SQLite's
     * ALTER TABLE RENAME rewrites the names it changes in stored index, trigger and check text in
     * quotes, which does not change what they mean.
     */
    static String unquoteIdentifiers(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') { // a string literal is copied as it is
                int j = i + 1;
                while (j < n && (sql.charAt(j) != '\'' || j + 1 < n && sql.charAt(j + 1) == '\'')) {
                    j += sql.charAt(j) == '\'' ? 2 : 1;
                }
                out.append(sql, i, Math.min(j + 1, n));
                i = j;
            } else if (ch == '"') {
                int end = sql.indexOf('"', i + 1);
                String name = end < 0 ? "" : sql.substring(i + 1, end);
                if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    out.append(name);
                    i = end;
                } else {
                    out.append(ch);
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Finds {@code [CONSTRAINT name] CHECK (...)} clauses in a CREATE TABLE text, outside strings and comments. */
    static List<Catalog.CheckConstraint> checks(String table, String sql) {
        List<Catalog.CheckConstraint> out = new ArrayList<>();
        List<String> words = new ArrayList<>(); // previous code words, for CONSTRAINT <name>
        int n = sql.length();
        int i = 0;
        int unnamed = 0;
        while (i < n) {
            char ch = sql.charAt(i);
            if (sql.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                char close = ch == '[' ? ']' : ch;
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                            j += 2; // doubled quote
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                words.add(unquote(sql.substring(i, Math.min(j + 1, n))));
                i = j + 1;
            } else if (Character.isLetter(ch) || ch == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                String word = sql.substring(i, j);
                i = j;
                if (word.equalsIgnoreCase("CHECK")) {
                    int open = sql.indexOf('(', i);
                    int end = matchingParen(sql, open);
                    String name = words.size() >= 2 && words.get(words.size() - 2).equalsIgnoreCase("CONSTRAINT")
                            ? words.get(words.size() - 1) : table + "_check" + (++unnamed);
                    out.add(new Catalog.CheckConstraint(name, "CHECK " + sql.substring(open, end + 1)));
                    i = end + 1;
                    words.clear();
                } else {
                    words.add(word);
                }
            } else {
                if (ch == ',' || ch == '(' || ch == ')') {
                    words.clear();
                }
                i++;
            }
        }
        return out;
    }

    private static String unquote(String quoted) {
        if (quoted.length() >= 2) {
            return quoted.substring(1, quoted.length() - 1);
        }
        return quoted;
    }

    private static int matchingParen(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                i = sql.indexOf('\'', i + 1);
                while (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i = sql.indexOf('\'', i + 2);
                }
                if (i < 0) {
                    break;
                }
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced CHECK clause in " + sql);
    }
}
