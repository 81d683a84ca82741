package dev.tablesmith.test.catalog;

import static dev.tablesmith.test.catalog.Rows.blankToNull;
import static dev.tablesmith.test.catalog.Rows.intOrNull;
import static dev.tablesmith.test.catalog.Rows.query;
import static dev.tablesmith.test.catalog.Rows.stringArray;

import dev.tablesmith.test.catalog.Rows.TableParts;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the current schema of a PostgreSQL database from {@code pg_catalog} (and {@code information_schema} for sizes). */
final class PostgresCatalogReader {
    private PostgresCatalogReader() {
    }

    private static final String TABLES = """
            SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class') AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
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
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            """;

    private static final String CONSTRAINTS = """
            SELECT con.oid, con.conrelid AS rel, con.conname, con.contype, pg_get_constraintdef(con.oid) AS def,
                   pg_get_expr(con.conbin, con.conrelid) AS expr,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols,
                   CASE WHEN fn.nspname = current_schema() THEN fc.relname::text
                        ELSE fn.nspname || '.' || fc.relname END AS reftable,
                   ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS refcols,
                   con.confdeltype, con.confupdtype, con.convalidated,
                   (SELECT am.amname FROM pg_class ic JOIN pg_am am ON am.oid = ic.relam WHERE ic.oid = con.conindid) AS method,
                   (SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i WHERE i.indexrelid = con.conindid) AS pred
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE n.nspname = current_schema()
            """;

    private static final String EXCLUSION_ELEMENTS = """
            SELECT con.oid, k.ord, pg_get_indexdef(con.conindid, k.ord::int, true) AS expr, op.oprname
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL unnest(con.conexclop) WITH ORDINALITY k(opoid, ord)
            JOIN pg_operator op ON op.oid = k.opoid
            WHERE n.nspname = current_schema() AND con.contype = 'x'
            ORDER BY con.oid, k.ord
            """;

    private static final String INDEXES = """
            SELECT i.indexrelid, i.indrelid AS rel, ic.relname, i.indisunique, i.indisprimary, i.indisvalid,
                   pg_get_expr(i.indpred, i.indrelid) AS pred, pg_get_indexdef(i.indexrelid) AS def,
                   obj_description(i.indexrelid, 'pg_class') AS comment, am.amname,
                   (SELECT con.conname FROM pg_constraint con WHERE con.conindid = i.indexrelid
                           AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')) AS constraint_name
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema()
            """;

    /** Every column of every index, key parts first, then INCLUDE columns. */
    private static final String INDEX_COLUMNS = """
            SELECT i.indexrelid, k.k AS pos, k.k < i.indnkeyatts AS is_key,
                   (SELECT a.attname::text FROM pg_attribute a
                    WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k.k] AND i.indkey[k.k] <> 0) AS attname,
                   pg_get_indexdef(i.indexrelid, k.k + 1, true) AS element,
                   i.indoption[k.k] AS options, oc.opcname, oc.opcdefault
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL generate_series(0, i.indnatts - 1) AS k(k)
            LEFT JOIN pg_opclass oc ON k.k < i.indnkeyatts AND oc.oid = i.indclass[k.k]
            WHERE n.nspname = current_schema()
            ORDER BY i.indexrelid, k.k
            """;

    private static final String TRIGGERS = """
            SELECT t.tgrelid AS rel, t.tgname, c.relname, t.tgtype, t.tgenabled,
                   CASE WHEN pn.nspname = current_schema() THEN p.proname::text
                        ELSE pn.nspname || '.' || p.proname END AS function,
                   pg_get_triggerdef(t.oid) AS def
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_proc p ON p.oid = t.tgfoid
            JOIN pg_namespace pn ON pn.oid = p.pronamespace
            WHERE n.nspname = current_schema() AND NOT t.tgisinternal
            """;

    private static final String FUNCTIONS = """
            SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                              AND d.objid = p.oid AND d.deptype = 'e')
            """;

    private static final String SEQUENCES = """
            SELECT c.relname, s.seqstart, s.seqincrement,
                   EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                           AND d.deptype = 'i') AS identity
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema()
            """;

    static DatabaseCatalog read(Connection c) throws SQLException {
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
            t.columns.add(new DatabaseCatalog.Column(rs.getString("attname"), rs.getString("type"),
                    intOrNull(rs, "character_maximum_length"),
                    numeric ? intOrNull(rs, "numeric_precision") : null,
                    numeric ? intOrNull(rs, "numeric_scale") : null,
                    temporal ? intOrNull(rs, "datetime_precision") : null,
                    rs.getBoolean("nullable"), def, rs.getString("comment"), identity, null));
        });
        Map<Long, List<DatabaseCatalog.ExclusionElement>> exclusionElements = new LinkedHashMap<>();
        query(c, EXCLUSION_ELEMENTS, rs -> exclusionElements.computeIfAbsent(rs.getLong("oid"), k -> new ArrayList<>())
                .add(new DatabaseCatalog.ExclusionElement(rs.getString("expr"), rs.getString("oprname"))));
        query(c, CONSTRAINTS, rs -> {
            TableParts t = tables.get(rs.getLong("rel"));
            if (t == null) {
                return;
            }
            String name = rs.getString("conname");
            String def = rs.getString("def");
            List<String> cols = stringArray(rs, "cols");
            switch (rs.getString("contype")) {
                case "p" -> t.primaryKey = new DatabaseCatalog.PrimaryKey(name, cols);
                case "f" -> t.foreignKeys.add(new DatabaseCatalog.ForeignKey(name, cols, rs.getString("reftable"),
                        stringArray(rs, "refcols"), rule(rs.getString("confdeltype")), rule(rs.getString("confupdtype")),
                        rs.getBoolean("convalidated")));
                case "u" -> t.uniques.add(new DatabaseCatalog.UniqueConstraint(name, cols, def));
                case "c" -> t.checks.add(new DatabaseCatalog.CheckConstraint(name, def, rs.getString("expr"),
                        rs.getBoolean("convalidated")));
                case "x" -> t.exclusions.add(new DatabaseCatalog.ExclusionConstraint(name, def, rs.getString("method"),
                        exclusionElements.getOrDefault(rs.getLong("oid"), List.of()), rs.getString("pred")));
                default -> {
                    // NOT NULL (PostgreSQL 18's 'n') is the column's nullability; constraint triggers are not ours
                }
            }
        });
        Map<Long, List<DatabaseCatalog.IndexElement>> keys = new LinkedHashMap<>();
        Map<Long, List<String>> include = new LinkedHashMap<>();
        query(c, INDEX_COLUMNS, rs -> {
            long index = rs.getLong("indexrelid");
            String column = rs.getString("attname");
            if (!rs.getBoolean("is_key")) {
                include.computeIfAbsent(index, k -> new ArrayList<>()).add(column);
                return;
            }
            int options = rs.getInt("options");
            keys.computeIfAbsent(index, k -> new ArrayList<>()).add(new DatabaseCatalog.IndexElement(column,
                    column == null ? rs.getString("element") : null, (options & 1) != 0, (options & 2) != 0,
                    rs.getString("opcname"), rs.getBoolean("opcdefault"), null));
        });
        query(c, INDEXES, rs -> {
            TableParts t = tables.get(rs.getLong("rel"));
            if (t != null) {
                long oid = rs.getLong("indexrelid");
                t.indexes.add(new DatabaseCatalog.Index(rs.getString("relname"), keys.getOrDefault(oid, List.of()),
                        include.getOrDefault(oid, List.of()), rs.getBoolean("indisunique"), rs.getBoolean("indisprimary"),
                        rs.getBoolean("indisvalid"), rs.getString("pred"), rs.getString("def"), rs.getString("comment"),
                        rs.getString("amname"), rs.getString("constraint_name")));
            }
        });
        query(c, TRIGGERS, rs -> {
            TableParts t = tables.get(rs.getLong("rel"));
            if (t != null) {
                int type = rs.getInt("tgtype");
                t.triggers.add(new DatabaseCatalog.Trigger(rs.getString("tgname"), rs.getString("relname"),
                        rs.getString("function"), rs.getString("def"), timing(type), events(type), (type & 1) != 0,
                        !"D".equals(rs.getString("tgenabled"))));
            }
        });
        List<DatabaseCatalog.Sequence> sequences = new ArrayList<>();
        query(c, SEQUENCES, rs -> sequences.add(new DatabaseCatalog.Sequence(rs.getString("relname"),
                rs.getLong("seqstart"), rs.getLong("seqincrement"), rs.getBoolean("identity"))));
        List<String> extensions = new ArrayList<>();
        query(c, "SELECT extname FROM pg_extension", rs -> extensions.add(rs.getString(1)));
        List<String> functions = new ArrayList<>();
        query(c, FUNCTIONS, rs -> functions.add(rs.getString(1)));
        return new DatabaseCatalog(Engine.POSTGRESQL, tables.values().stream().map(TableParts::build).toList(),
                sequences, extensions, functions);
    }

    /** pg_trigger.tgtype: bit 1 BEFORE, bit 6 INSTEAD, else AFTER. */
    private static String timing(int type) {
        return (type & 64) != 0 ? "INSTEAD OF" : (type & 2) != 0 ? "BEFORE" : "AFTER";
    }

    private static String events(int type) {
        List<String> events = new ArrayList<>();
        if ((type & 4) != 0) {
            events.add("INSERT");
        }
        if ((type & 16) != 0) {
            events.add("UPDATE");
        }
        if ((type & 8) != 0) {
            events.add("DELETE");
        }
        if ((type & 32) != 0) {
            events.add("TRUNCATE");
        }
        return String.join(" OR ", events);
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
}
