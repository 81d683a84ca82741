package dev.tablesmith.test.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The handbook's "Always analyze slow queries" as a test: every query the build declared
 * ({@code META-INF/tablesmith/queries.json}, written by the processor) is run with {@code EXPLAIN}
 * on a real PostgreSQL after rows are loaded, and every sequential scan of a table holding more
 * rows than a threshold is reported.
 *
 * <pre>{@code
 * flyway.migrate();   // db: a PostgreSQL database the test migrated
 * QueryPlans.loadRows(db, QueryPlans.declared(), 5_000);
 * QueryPlans.assertNoSequentialScans(db, QueryPlans.declared(), 1_000);
 * }</pre>
 *
 * <p>Plans are PostgreSQL's generic plans (prepared, {@code plan_cache_mode = force_generic_plan}):
 * the plan for unknown parameter values, so queries run as written, with {@code ?}, {@code ?1} and
 * {@code :name} parameters. Rows come from {@link #loadRows}, which fills the tables the queries
 * read and every table they reference with generated values, or from the test itself.
 */
public final class QueryPlans {
    public static final String RESOURCE = "META-INF/tablesmith/queries.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryPlans() {}

    /**
     * One declared query as the processor recorded it.
     *
     * @param sql the SQL it runs (JPQL translated), or null when it could not be read
     * @param statement {@code SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code OTHER}
     * @param tables the tables it reads, with the index Tablesmith expects to serve each (or null)
     */
    public record DeclaredQuery(String name, String declaredIn, String sql, String statement, Map<String, String> tables) {}

    /** A sequential scan of a table above the threshold, with the plan that shows it. */
    public record SequentialScan(String query, String table, long rows, String plan) {}

    /** The queries every {@code queries.json} on the class path declares, for PostgreSQL. */
    public static List<DeclaredQuery> declared() {
        return declared(Thread.currentThread().getContextClassLoader());
    }

    public static List<DeclaredQuery> declared(ClassLoader loader) {
        List<DeclaredQuery> out = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            for (URL url : Collections.list(urls)) {
                try (InputStream in = url.openStream()) {
                    out.addAll(parse(JSON.readTree(in), url.toString()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e, e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no " + RESOURCE + " on the class path: the processor writes it when the "
                    + "compiled sources declare queries (@NamedNativeQuery, @NamedQuery, @Query, @Sql)");
        }
        return out;
    }

    static List<DeclaredQuery> parse(JsonNode root, String where) {
        if (root.path("format").asInt() != 1) {
            throw new IllegalStateException(where + ": format " + root.path("format") + " is not 1");
        }
        if (!root.path("dialect").asText().equals("postgresql")) {
            return List.of(); // written for another database: EXPLAIN runs on PostgreSQL
        }
        List<DeclaredQuery> out = new ArrayList<>();
        for (JsonNode q : root.path("queries")) {
            Map<String, String> tables = new LinkedHashMap<>();
            for (JsonNode use : q.path("uses")) {
                tables.put(use.path("table").asText(), use.path("index").isNull() ? null : use.path("index").asText());
            }
            out.add(new DeclaredQuery(q.path("name").asText(), q.path("declaredIn").asText(),
                    q.path("sql").isNull() ? null : q.path("sql").asText(), q.path("statement").asText(null), tables));
        }
        return out;
    }

    /**
     * Fills every table the queries read, and every table those reference, with {@code rows}
     * generated rows each (parents first), then {@code ANALYZE}s them. Values follow the columns'
     * types and the constraints PostgreSQL reports: foreign keys point at the generated parents,
     * unique values are distinct, a column limited to a list of values ({@code CHECK (status IN
     * (...))}) cycles through it, points in time are an hour apart. A table it cannot fill fails the
     * test with the database's message; load such rows in the test instead.
     */
    public static void loadRows(DataSource db, List<DeclaredQuery> queries, int rows) {
        Set<String> wanted = new LinkedHashSet<>();
        queries.forEach(q -> wanted.addAll(q.tables().keySet()));
        try (Connection c = db.getConnection()) {
            new RowLoader(c, rows).load(wanted);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load rows: " + e.getMessage(), e);
        }
    }

    /** The sequential scans of tables holding more than {@code threshold} rows, over every query that can be explained. */
    public static List<SequentialScan> sequentialScans(DataSource db, List<DeclaredQuery> queries, long threshold) {
        List<SequentialScan> scans = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            for (DeclaredQuery q : queries) {
                if (q.sql() == null || "INSERT".equals(q.statement()) || "OTHER".equals(q.statement())) {
                    continue;
                }
                String plan;
                JsonNode root;
                try {
                    plan = explain(c, q.sql(), "FORMAT JSON");
                    root = JSON.readTree(plan);
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException("EXPLAIN of query " + q.name() + " (" + q.declaredIn() + ") failed: "
                            + e.getMessage() + "\n" + q.sql(), e);
                }
                List<String> scanned = new ArrayList<>();
                collectSeqScans(root, scanned);
                for (String table : scanned) {
                    long count = rows(c, table);
                    if (count > threshold) {
                        scans.add(new SequentialScan(q.name(), table, count, text(c, q.sql())));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return scans;
    }

    /** Fails naming every query that scans a table above the threshold, with its plan. */
    public static void assertNoSequentialScans(DataSource db, List<DeclaredQuery> queries, long threshold) {
        List<SequentialScan> scans = sequentialScans(db, queries, threshold);
        if (!scans.isEmpty()) {
            StringBuilder m = new StringBuilder("queries that read a whole table of more than " + threshold + " rows:\n");
            for (SequentialScan s : scans) {
                m.append("- ").append(s.query()).append(": Seq Scan on ").append(s.table()).append(" (").append(s.rows())
                        .append(" rows)\n").append(s.plan().indent(4));
            }
            throw new AssertionError(m.toString());
        }
    }

    private static void collectSeqScans(JsonNode node, List<String> out) {
        if (node.isArray()) {
            node.forEach(n -> collectSeqScans(n, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if ("Seq Scan".equals(node.path("Node Type").asText()) && node.has("Relation Name")) {
            out.add(node.path("Relation Name").asText());
        }
        node.fields().forEachRemaining(e -> collectSeqScans(e.getValue(), out));
    }

    private static long rows(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT reltuples::bigint FROM pg_class WHERE relname = ? AND relkind = 'r'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Math.max(0, rs.getLong(1)) : 0;
            }
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        return explain(c, sql, "FORMAT TEXT");
    }

    /**
     * The generic plan: the statement prepared with {@code $n} parameters (the driver would bind
     * them itself if the SQL were sent with them), planned for no particular values
     * ({@code plan_cache_mode = force_generic_plan}), and explained with every parameter NULL.
     */
    private static String explain(Connection c, String sql, String format) throws SQLException {
        String numbered = numbered(sql);
        int parameters = 0;
        Matcher m = Pattern.compile("\\$(\\d+)").matcher(numbered);
        while (m.find()) {
            parameters = Math.max(parameters, Integer.parseInt(m.group(1)));
        }
        StringBuilder plan = new StringBuilder();
        try (Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_generic_plan");
            s.execute("PREPARE tablesmith_explained AS " + numbered);
            try (ResultSet rs = s.executeQuery("EXPLAIN (" + format + ") EXECUTE tablesmith_explained"
                    + (parameters == 0 ? "" : "(" + String.join(", ", Collections.nCopies(parameters, "NULL")) + ")"))) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            } finally {
                s.execute("DEALLOCATE tablesmith_explained");
                s.execute("RESET plan_cache_mode");
            }
        }
        return plan.toString();
    }

    /**
     * JDBC's {@code ?}, JPA's {@code ?1} and {@code :name} as PostgreSQL's {@code $n}, outside string
     * literals, quoted names, comments and {@code ::} casts; the same name is the same number.
     */
    public static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> named = new LinkedHashMap<>();
        int next = 1;
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == ch) {
                        if (end + 1 < sql.length() && sql.charAt(end + 1) == ch) {
                            end += 2; // a doubled quote inside
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                out.append(sql, i, Math.min(end + 1, sql.length()));
                i = end + 1;
            } else if (ch == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end;
            } else if (ch == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (ch == '?' || ch == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                Matcher m = PARAMETER.matcher(sql).region(i, sql.length());
                m.lookingAt();
                String key = m.group();
                int number;
                if (key.equals("?")) {
                    number = next++;
                } else {
                    Integer known = named.get(key);
                    if (known == null) {
                        known = next++;
                        named.put(key, known);
                    }
                    number = known;
                }
                out.append('$').append(number);
                i = m.end();
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?\\d+|\\?|:[A-Za-z_][A-Za-z0-9_]*");

    /** Generated rows for a set of tables and the tables they reference, from PostgreSQL's catalog. */
    private static final class RowLoader {
        private final Connection c;
        private final int rows;
        private final Set<String> loaded = new LinkedHashSet<>();

        RowLoader(Connection c, int rows) {
            this.c = c;
            this.rows = rows;
        }

        void load(Set<String> tables) throws SQLException {
            for (String t : tables) {
                load(t, new LinkedHashSet<>());
            }
            try (Statement s = c.createStatement()) {
                for (String t : loaded) {
                    s.execute("ANALYZE " + t);
                }
            }
        }

        private void load(String table, Set<String> path) throws SQLException {
            if (loaded.contains(table) || !path.add(table)) {
                return;
            }
            Map<String, String[]> references = references(table);
            for (String[] ref : references.values()) {
                if (!ref[0].equals(table)) {
                    load(ref[0], path);
                }
            }
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            Map<String, List<String>> allowed = allowedValues(table);
            int ordinal = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type, udt_name, is_nullable, "
                    + "column_default, is_identity, character_maximum_length FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ordinal++;
                        String name = rs.getString(1);
                        if ("YES".equals(rs.getString(6))) {
                            continue; // identity: the database numbers the rows 1..n
                        }
                        String value;
                        if (references.containsKey(name)) {
                            String[] ref = references.get(name);
                            value = ref[0].equals(table) ? "NULL" : "((g - 1) % " + rows + ") + 1";
                        } else if (allowed.containsKey(name)) {
                            List<String> list = allowed.get(name);
                            value = "(ARRAY[" + String.join(", ", list) + "])[1 + g % " + list.size() + "]";
                        } else {
                            value = value(rs.getString(2), rs.getString(3), rs.getInt(7), ordinal);
                        }
                        if (value == null) {
                            if (rs.getString(5) != null || "YES".equals(rs.getString(4))) {
                                continue; // its default or NULL
                            }
                            throw new IllegalStateException("cannot generate values for " + table + "." + name + " ("
                                    + rs.getString(2) + "): load the rows of " + table + " in the test");
                        }
                        columns.add(name);
                        values.add(value);
                    }
                }
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                    + String.join(", ", values) + " FROM generate_series(1, " + rows + ") AS g";
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot generate rows for " + table + ": " + e.getMessage()
                        + "\n" + sql + "\nload the rows of " + table + " in the test", e);
            }
            loaded.add(table);
        }

        private static String value(String type, String udt, int length, int ordinal) {
            String t = type.toLowerCase(Locale.ROOT);
            String text = "left('v' || g || '-' || md5(g::text), " + (length > 0 ? length : 40) + ")";
            return switch (t) {
                case "smallint" -> "(g % 30000)::smallint + 1";
                case "integer", "bigint" -> "g";
                case "numeric", "real", "double precision" -> "(g % 1000) + 1.5";
                case "boolean" -> "g % 2 = 0";
                case "character varying", "character", "text" -> text;
                case "timestamp with time zone", "timestamp without time zone" ->
                        "timestamptz '2026-01-01 00:00:00+00' + g * interval '1 hour' + " + ordinal + " * interval '1 minute'";
                case "date" -> "date '2026-01-01' + g";
                case "uuid" -> "md5(g::text)::uuid";
                case "jsonb", "json" -> "'{}'";
                case "bytea" -> "decode(md5(g::text), 'hex')";
                case "array" -> "'{}'::" + udt.substring(1) + "[]";
                default -> null;
            };
        }

        /** Foreign key column to {referenced table, referenced column}, single-column keys. */
        private Map<String, String[]> references(String table) throws SQLException {
            Map<String, String[]> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.attname, cf.relname, af.attname FROM pg_constraint k "
                    + "JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class cf ON cf.oid = k.confrelid "
                    + "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
                    + "JOIN pg_attribute af ON af.attrelid = k.confrelid AND af.attnum = k.confkey[1] "
                    + "WHERE k.contype = 'f' AND t.relname = ? AND array_length(k.conkey, 1) = 1")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            return out;
        }

        private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

        /** Columns a one-column CHECK limits to a list of strings ({@code IN (...)}, {@code = ANY (ARRAY[...])}). */
        private Map<String, List<String>> allowedValues(String table) throws SQLException {
            Map<String, List<String>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.attname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
                    + "JOIN pg_class t ON t.oid = k.conrelid JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
                    + "WHERE k.contype = 'c' AND t.relname = ? AND array_length(k.conkey, 1) = 1")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String def = rs.getString(2);
                        if (!def.contains("ANY") && !def.contains(" IN ")) {
                            continue;
                        }
                        List<String> values = new ArrayList<>();
                        Matcher m = LITERAL.matcher(def);
                        while (m.find()) {
                            values.add("'" + m.group(1) + "'");
                        }
                        if (!values.isEmpty()) {
                            out.put(rs.getString(1), values);
                        }
                    }
                }
            }
            return out;
        }
    }
}
