package dev.tablesmith.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.tablesmith.testkit.TableParts.blankToNull;
import static dev.tablesmith.testkit.TableParts.intOrNull;
import static dev.tablesmith.testkit.TableParts.stringArray;

/**
 * Reads the user schemas of a PostgreSQL database from pg_catalog and information_schema: tables
 * and sequences of the current schema by their names, those of other schemas qualified
 * ({@code sales.orders}), as Tablesmith and Hibernate name them.
 */
final class PostgresCatalogReader {

    private PostgresCatalogReader() {
    }

    private static final String TABLES = """
            SELECT c.oid, CASE WHEN n.nspname = current_schema() THEN c.relname::text
                               ELSE n.nspname || '.' || c.relname END AS relname,
                   obj_description(c.oid, 'pg_class') AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' AND c.relkind IN ('r', 'p')
            """;

    private static final String COLUMNS = """
            SELECT a.attrelid AS rel, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
                   ic.data_type, ic.character_maximum_length, ic.numeric_precision, ic.numeric_scale,
                   ic.datetime_precision, NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS def,
                   col_description(a.attrelid, a.attnum) AS comment, a.attidentity, a.attgenerated
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN information_schema.columns ic
                   ON ic.table_schema = n.nspname AND ic.table_name = c.relname AND ic.column_name = a.attname
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            """;

    private static final String CONSTRAINTS = """
            SELECT con.conrelid AS rel, con.conname, con.contype, pg_get_constraintdef(con.oid) AS def,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols,
                   CASE WHEN fn.nspname = current_schema() THEN fc.relname::text
                        ELSE fn.nspname || '.' || fc.relname END AS reftable,
                   ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS refcols,
                   con.confdeltype, con.confupdtype, con.convalidated
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            """;

    private static final String INDEXES = """
            SELECT i.indrelid AS rel, ic.relname, i.indisunique, i.indisprimary, i.indisvalid,
                   pg_get_expr(i.indpred, i.indrelid) AS pred, pg_get_indexdef(i.indexrelid) AS def,
                   obj_description(i.indexrelid, 'pg_class') AS comment,
                   ARRAY(SELECT (SELECT a.attname::text FROM pg_attribute a
                                 WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k] AND i.indkey[k] <> 0)
                         FROM generate_series(0, i.indnkeyatts - 1) k ORDER BY k) AS cols
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            """;

    private static final String TRIGGERS = """
            SELECT t.tgrelid AS rel, t.tgname,
                   CASE WHEN n.nspname = current_schema() THEN c.relname::text
                        ELSE n.nspname || '.' || c.relname END AS relname,
                   CASE WHEN pn.nspname = current_schema() THEN p.proname::text
                        ELSE pn.nspname || '.' || p.proname END AS function,
                   pg_get_triggerdef(t.oid) AS def
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_proc p ON p.oid = t.tgfoid
            JOIN pg_namespace pn ON pn.oid = p.pronamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' AND NOT t.tgisinternal
            """;

    private static final String FUNCTIONS = """
            SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                              AND d.objid = p.oid AND d.deptype = 'e')
            """;

    private static final String SEQUENCES = """
            SELECT CASE WHEN schemaname = current_schema() THEN sequencename::text
                        ELSE schemaname || '.' || sequencename END AS sequencename, start_value, increment_by
            FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
            """;

    static Catalog read(Connection c) throws SQLException {
        Map<Long, TableParts> tables = new LinkedHashMap<>();
        query(c, TABLES, rs -> tables.put(rs.getLong("oid"), new TableParts(rs.getString("relname"), rs.getString("comment"))));
        query(c, COLUMNS, rs -> {
            TableParts t = tables.get(rs.getLong("rel"));
            if (t == null) {
                return;
            }
            String dataType = rs.getString("data_type");
            boolean numeric = "numeric".equals(dataType);
            boolean temporal = dataType != null && (dataType.startsWith("time") || dataType.startsWith("interval"));
            String identity = switch (String.valueOf(rs.getString("attidentity"))) {
                case "a" -> "ALWAYS";
                case "d" -> "BY DEFAULT";
                default -> null;
            };
            String def = rs.getString("def");
            if ("s".equals(rs.getString("attgenerated")) && def != null) {
                def = "GENERATED ALWAYS AS (" + def + ") STORED";
            }
            t.columns.add(new Catalog.Column(rs.getString("attname"), rs.getString("type"),
                    intOrNull(rs, "character_maximum_length"),
                    numeric ? intOrNull(rs, "numeric_precision") : null,
                    numeric ? intOrNull(rs, "numeric_scale") : null,
                    temporal ? intOrNull(rs, "datetime_precision") : null,
                    rs.getBoolean("nullable"), def, rs.getString("comment"), identity));
        });
        query(c, CONSTRAINTS, rs -> {
            TableParts t = tables.get(rs.getLong("rel"));
            if (t == null) {
                return;
            }
            String name = rs.getString("conname");
            String def = rs.getString("def");
            List<String> cols = stringArray(rs, "cols");
            switch (rs.getString("contype")) {
                case "p" -> t.primaryKey = new ArrayList<>(cols);
                case "f" -> t.foreignKeys.add(new Catalog.ForeignKey(name, cols, rs.getString("reftable"),
                        stringArray(rs, "refcols"), rule(rs.getString("confdeltype")), rule(rs.getString("confupdtype")),
                        rs.getBoolean("convalidated")));
                case "u" -> t.uniques.add(new Catalog.UniqueConstraint(name, cols, def));
                case "c" -> t.checks.add(new Catalog.CheckConstraint(name, def));
                case "x" -> t.exclusions.add(new Catalog.ExclusionConstraint(name, def));
                default -> {
                    // NOT NULL (PG 18 'n') and constraint triggers are covered elsewhere
                }
            }
        });
        query(c, INDEXES, rs -> {
            TableParts t = tables.get(rs.getLong("rel"));
            if (t != null) {
                t.indexes.add(new Catalog.Index(rs.getString("relname"), stringArray(rs, "cols"),
                        rs.getBoolean("indisunique"), rs.getBoolean("indisprimary"), rs.getBoolean("indisvalid"),
                        rs.getString("pred"), rs.getString("def"), rs.getString("comment")));
            }
        });
        query(c, TRIGGERS, rs -> {
            TableParts t = tables.get(rs.getLong("rel"));
            if (t != null) {
                t.triggers.add(new Catalog.Trigger(rs.getString("tgname"), rs.getString("relname"),
                        rs.getString("function"), rs.getString("def")));
            }
        });
        List<Catalog.Sequence> sequences = new ArrayList<>();
        query(c, SEQUENCES, rs -> sequences.add(new Catalog.Sequence(rs.getString("sequencename"),
                rs.getLong("start_value"), rs.getLong("increment_by"))));
        List<String> extensions = new ArrayList<>();
        query(c, "SELECT extname FROM pg_extension", rs -> extensions.add(rs.getString(1)));
        List<String> functions = new ArrayList<>();
        query(c, FUNCTIONS, rs -> functions.add(rs.getString(1)));
        return new Catalog(Engine.POSTGRESQL, tables.values().stream().map(TableParts::build).toList(), sequences,
                extensions, functions);
    }

    private static String rule(String code) {
        return switch (String.valueOf(code)) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> blankToNull(code);
        };
    }

    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    static void query(Connection c, String sql, RowConsumer consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        }
    }
}
