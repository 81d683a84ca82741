package dev.tablesmith.test.compare;

import dev.tablesmith.test.catalog.Engine;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column default as Tablesmith's dialect writes it for an engine: PostgreSQL takes the entity's
 * SQL as it is; MySQL/MariaDB and SQLite translate {@code now()}-style defaults and parenthesise
 * expressions (the dialects' {@code defaultValue}).
 */
final class Defaults {
    private Defaults() {
    }

    private static final Pattern POSTGRES_CAST = Pattern.compile("('(?:[^']|'')*')::[a-z ]+(\\(\\d+\\))?");
    private static final Pattern MYSQL_LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?|'([^']|'')*'|true|false|null");
    private static final Pattern SQLITE_LITERAL = Pattern.compile(
            "[-+]?\\d+(\\.\\d+)?|'([^']|'')*'|(?i:true|false|null|current_timestamp|current_date|current_time)");
    static final String SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')";

    static String written(Engine engine, String sql, String neutralType) {
        return switch (engine) {
            case POSTGRESQL -> sql;
            case MARIADB -> mysql(sql, neutralType);
            case SQLITE -> sqlite(sql);
        };
    }

    private static String mysql(String sql, String type) {
        String s = sql.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        String kind = Types.kind(type);
        boolean temporal = kind.equals("timestamp") || kind.equals("timestamp_tz");
        if (temporal && lower.matches("now\\(\\s*\\d*\\s*\\)|current_timestamp(\\(\\s*\\d*\\s*\\))?|localtimestamp")) {
            int open = type.indexOf('(');
            String fraction = open < 0 ? "6" : type.substring(open + 1, type.length() - 1);
            return "CURRENT_TIMESTAMP(" + fraction + ")";
        }
        Matcher cast = POSTGRES_CAST.matcher(lower);
        if (cast.matches()) {
            return s.substring(0, cast.end(1));
        }
        if (lower.equals("gen_random_uuid()")) {
            return "(UUID())";
        }
        if (kind.equals("boolean") && (lower.equals("true") || lower.equals("false"))) {
            return lower.equals("true") ? "1" : "0";
        }
        if (MYSQL_LITERAL.matcher(lower).matches()) {
            return s;
        }
        return s.startsWith("(") && s.endsWith(")") ? s : "(" + s + ")";
    }

    private static String sqlite(String sql) {
        String d = sql.trim();
        if (d.equalsIgnoreCase("now()") || d.equalsIgnoreCase("current_timestamp")
                || d.equalsIgnoreCase("clock_timestamp()") || d.equalsIgnoreCase("statement_timestamp()")) {
            return "(" + SQLITE_NOW + ")";
        }
        return SQLITE_LITERAL.matcher(d).matches() ? d : "(" + d + ")";
    }
}
