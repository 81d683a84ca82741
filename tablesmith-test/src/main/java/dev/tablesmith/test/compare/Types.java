package dev.tablesmith.test.compare;

import dev.tablesmith.test.catalog.Engine;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types between the snapshot's dialect-neutral kinds ({@code varchar(255)},
 * {@code timestamp_tz(6)}) and an engine's own types. {@link #written} is what Tablesmith's dialect
 * writes for a kind (its {@code type()}); {@link #neutral} maps an engine type back to the kinds it
 * can stand for, choosing the one the snapshot names when the engine type is shared (MariaDB's
 * {@code DATETIME(6)} is both {@code timestamp(6)} and {@code timestamp_tz(6)}). A snapshot type
 * compares as what survives that round trip ({@link #stored}): on SQLite {@code timestamp_tz(6)}
 * is {@code timestamp_tz}, as SQLite keeps no precision.
 */
public final class Types {
    private Types() {
    }

    private static final Pattern KIND = Pattern.compile("([a-z_]+)(?:\\((\\d+)(?:,(\\d+))?\\))?");
    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\((\\d+)(?:,(\\d+))?\\)(.*)");

    /** The snapshot type as the engine keeps it, in the snapshot's terms. */
    public static String stored(Engine engine, String snapshotType) {
        return neutral(engine, canonical(engine, written(engine, snapshotType)), snapshotType);
    }

    /**
     * The engine type in the snapshot's terms: of the kinds it can stand for, {@code hint} (the
     * snapshot's type) or one of the same kind if among them, else the first.
     */
    public static String neutral(Engine engine, String canonicalEngineType, String hint) {
        List<String> candidates = candidates(engine, canonicalEngineType);
        if (hint != null) {
            for (String c : candidates) {
                if (c.equals(hint) || c.equals("array<*>") && hint.startsWith("array<")) {
                    return hint;
                }
            }
            String kind = kind(hint);
            for (String c : candidates) {
                if (kind(c).equals(kind) && !c.equals("array<*>")) {
                    return c;
                }
            }
        }
        String first = candidates.get(0);
        return first.equals("array<*>") ? "blob" : first;
    }

    /** {@code varchar} of {@code varchar(255)}, {@code array} of {@code array<...>}, {@code custom} of {@code custom:x}. */
    static String kind(String neutral) {
        if (neutral.startsWith("custom:")) {
            return "custom";
        }
        if (neutral.startsWith("array<")) {
            return "array";
        }
        int open = neutral.indexOf('(');
        return open < 0 ? neutral : neutral.substring(0, open);
    }

    // ---------------------------------------------------------------- what the dialects write

    /** What Tablesmith's dialect for the engine writes for a snapshot type (its {@code type()}). */
    public static String written(Engine engine, String neutral) {
        if (neutral.startsWith("custom:")) {
            return neutral.substring("custom:".length());
        }
        if (neutral.startsWith("array<") && neutral.endsWith(">")) {
            String element = neutral.substring(6, neutral.length() - 1);
            return switch (engine) {
                case POSTGRESQL -> written(engine, element) + "[]";
                case MARIADB -> "JSON"; // no arrays; the processor refuses them (dialect-support)
                case SQLITE -> "BLOB";
            };
        }
        Matcher m = KIND.matcher(neutral);
        if (!m.matches()) {
            return neutral;
        }
        String kind = m.group(1);
        Integer a = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer b = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return switch (engine) {
            case POSTGRESQL -> postgres(kind, a, b, neutral);
            case MARIADB -> mariaDb(kind, a, b, neutral);
            case SQLITE -> sqlite(kind, a, b, neutral);
        };
    }

    private static String postgres(String kind, Integer a, Integer b, String neutral) {
        String fraction = a == null || a == 6 ? "" : "(" + a + ")";
        return switch (kind) {
            case "boolean" -> "BOOLEAN";
            case "smallint" -> "SMALLINT";
            case "integer" -> "INTEGER";
            case "bigint" -> "BIGINT";
            case "real" -> "REAL";
            case "double" -> "DOUBLE PRECISION";
            case "decimal" -> "NUMERIC(" + a + ", " + b + ")";
            case "char" -> "CHAR(" + a + ")";
            case "varchar" -> "VARCHAR(" + a + ")";
            case "text" -> "TEXT";
            case "clob", "blob" -> "OID";
            case "binary" -> "BYTEA";
            case "date" -> "DATE";
            case "time" -> "TIME" + fraction;
            case "time_tz" -> "TIME" + fraction + " WITH TIME ZONE";
            case "timestamp" -> "TIMESTAMP" + fraction;
            case "timestamp_tz" -> "TIMESTAMP" + fraction + " WITH TIME ZONE";
            case "interval" -> "INTERVAL SECOND(6)";
            case "uuid" -> "UUID";
            case "json" -> "JSONB";
            default -> neutral;
        };
    }

    private static String mariaDb(String kind, Integer a, Integer b, String neutral) {
        int fraction = a == null ? 6 : a;
        return switch (kind) {
            case "boolean" -> "BIT";
            case "smallint" -> "SMALLINT";
            case "integer" -> "INT";
            case "bigint" -> "BIGINT";
            case "real" -> "FLOAT";
            case "double" -> "DOUBLE";
            case "decimal" -> "DECIMAL(" + a + ", " + b + ")";
            case "char" -> "CHAR(" + a + ")";
            case "varchar" -> "VARCHAR(" + a + ")";
            case "text", "clob" -> "LONGTEXT";
            case "binary" -> "VARBINARY(" + (a == null ? 255 : a) + ")";
            case "blob" -> "LONGBLOB";
            case "date" -> "DATE";
            case "time", "time_tz" -> "TIME(" + fraction + ")";
            case "timestamp", "timestamp_tz" -> "DATETIME(" + fraction + ")";
            case "interval" -> "DECIMAL(21, 0)";
            case "uuid" -> "UUID";
            case "json" -> "JSON";
            default -> neutral;
        };
    }

    private static String sqlite(String kind, Integer a, Integer b, String neutral) {
        return switch (kind) {
            case "boolean" -> "BOOLEAN";
            case "smallint" -> "SMALLINT";
            case "integer" -> "INTEGER";
            case "bigint" -> "BIGINT";
            case "real", "double" -> "FLOAT";
            case "decimal" -> "NUMERIC(" + a + ", " + b + ")";
            case "char" -> "CHAR(" + a + ")";
            case "varchar" -> "VARCHAR(" + a + ")";
            case "text", "clob" -> "CLOB";
            case "binary", "blob", "uuid" -> "BLOB";
            case "date" -> "DATE";
            case "time", "time_tz" -> a == null ? "TIME" : "TIME(" + a + ")";
            case "timestamp", "timestamp_tz" -> "TIMESTAMP";
            case "interval" -> "NUMERIC(21, 0)";
            case "json" -> "JSON";
            default -> neutral;
        };
    }

    // ---------------------------------------------------------------- the engines' own spelling

    /**
     * An engine type in one spelling: lower case, single spaces, no spaces in {@code (10,2)}, and
     * the engine's synonyms resolved (PostgreSQL {@code varchar} = {@code character varying},
     * {@code int8} = {@code bigint}; MariaDB's display widths {@code int(11)} dropped).
     */
    public static String canonical(Engine engine, String type) {
        String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*,\\s*", ",").replaceAll("\\s*\\)", ")");
        return switch (engine) {
            case POSTGRESQL -> postgresCanonical(t);
            case MARIADB -> mariaDbCanonical(t);
            case SQLITE -> t;
        };
    }

    private static String postgresCanonical(String t) {
        if (t.endsWith("[]")) {
            return postgresCanonical(t.substring(0, t.length() - 2).trim()) + "[]";
        }
        Matcher sized = SIZED.matcher(t);
        String base = t;
        String args = null;
        String rest = "";
        if (sized.matches()) {
            base = sized.group(1).trim();
            args = sized.group(3) == null ? sized.group(2) : sized.group(2) + "," + sized.group(3);
            rest = sized.group(4).trim();
        }
        String zone = base.startsWith("time") ? zone(base.contains(" with ") || base.endsWith("tz") || rest.startsWith("with ")) : "";
        if (base.startsWith("timestamp") || base.equals("timestamptz")) {
            return "timestamp" + fraction(args) + zone;
        }
        if (base.startsWith("time") && !base.startsWith("timestamp")) {
            return "time" + fraction(args) + zone;
        }
        String suffix = args == null ? "" : "(" + args + ")";
        return switch (base) {
            case "varchar", "character varying" -> "character varying" + suffix;
            case "char", "character", "bpchar" -> "character" + (args == null ? "(1)" : suffix);
            case "int", "int4", "integer", "serial", "serial4" -> "integer";
            case "int2", "smallint", "smallserial", "serial2" -> "smallint";
            case "int8", "bigint", "bigserial", "serial8" -> "bigint";
            case "bool", "boolean" -> "boolean";
            case "float8", "float", "double precision" -> "double precision";
            case "float4", "real" -> "real";
            case "decimal", "numeric" -> "numeric" + (args != null && !args.contains(",") ? "(" + args + ",0)" : suffix);
            default -> base + suffix + (rest.isEmpty() ? "" : " " + rest);
        };
    }

    private static String zone(boolean with) {
        return with ? " with time zone" : " without time zone";
    }

    /** PostgreSQL's default (and most) fractional digits are 6: {@code (6)} and none are the same. */
    private static String fraction(String args) {
        return args == null || args.equals("6") ? "" : "(" + args + ")";
    }

    private static String mariaDbCanonical(String t) {
        String unsigned = t.contains(" unsigned") ? " unsigned" : "";
        t = t.replace(" unsigned", "").replace(" zerofill", "").trim();
        Matcher sized = SIZED.matcher(t);
        String base = t;
        String args = null;
        if (sized.matches()) {
            base = sized.group(1).trim();
            args = sized.group(3) == null ? sized.group(2) : sized.group(2) + "," + sized.group(3);
        }
        String suffix = args == null ? "" : "(" + args + ")";
        return switch (base) {
            case "int", "integer" -> "int" + unsigned;
            case "smallint", "mediumint", "bigint" -> base + unsigned;
            case "tinyint" -> ("1".equals(args) ? "tinyint(1)" : "tinyint") + unsigned;
            case "bool", "boolean" -> "tinyint(1)";
            case "bit" -> "bit(" + (args == null ? "1" : args) + ")";
            case "real", "double", "double precision" -> "double" + unsigned;
            case "numeric", "decimal", "dec", "fixed" -> "decimal" + (args == null ? "(10,0)"
                    : args.contains(",") ? suffix : "(" + args + ",0)") + unsigned;
            case "datetime", "time", "timestamp" -> base + (args == null || args.equals("0") ? "" : suffix);
            case "character varying" -> "varchar" + suffix;
            case "char", "character" -> "char" + (args == null ? "(1)" : suffix);
            default -> base + suffix + unsigned;
        };
    }

    /** The snapshot types an engine type (canonical) can stand for, the likeliest first. */
    static List<String> candidates(Engine engine, String canonical) {
        return switch (engine) {
            case POSTGRESQL -> postgresCandidates(canonical);
            case MARIADB -> mariaDbCandidates(canonical);
            case SQLITE -> sqliteCandidates(canonical);
        };
    }

    private static List<String> postgresCandidates(String t) {
        if (t.endsWith("[]")) {
            return postgresCandidates(t.substring(0, t.length() - 2)).stream().map(e -> "array<" + e + ">").toList();
        }
        Matcher sized = SIZED.matcher(t);
        String base = sized.matches() ? sized.group(1).trim() : t;
        String a = sized.matches() ? sized.group(2) : null;
        String b = sized.matches() ? sized.group(3) : null;
        String rest = sized.matches() ? sized.group(4).trim() : "";
        if (t.startsWith("timestamp") || t.startsWith("time")) {
            boolean tz = t.contains("with time zone");
            String kind = (t.startsWith("timestamp") ? "timestamp" : "time") + (tz ? "_tz" : "");
            return List.of(kind + "(" + (a == null ? "6" : a) + ")");
        }
        if (t.startsWith("interval")) {
            return List.of("interval");
        }
        return switch (base) {
            case "boolean", "smallint", "integer", "bigint", "real", "text", "date", "uuid" -> rest.isEmpty()
                    ? List.of(t) : List.of("custom:" + t);
            case "double precision" -> List.of("double");
            case "numeric" -> a != null && b != null ? List.of("decimal(" + a + "," + b + ")") : List.of("custom:" + t);
            case "character" -> List.of("char(" + a + ")");
            case "character varying" -> a != null ? List.of("varchar(" + a + ")") : List.of("custom:" + t);
            case "oid" -> List.of("blob", "clob");
            case "bytea" -> List.of("binary");
            case "jsonb" -> List.of("json");
            default -> List.of("custom:" + t);
        };
    }

    private static List<String> mariaDbCandidates(String t) {
        Matcher sized = SIZED.matcher(t);
        String base = sized.matches() ? sized.group(1).trim() : t;
        String a = sized.matches() ? sized.group(2) : null;
        String b = sized.matches() ? sized.group(3) : null;
        String fraction = a == null ? "0" : a;
        return switch (base) {
            case "bit" -> "1".equals(a) ? List.of("boolean") : List.of("custom:" + t);
            case "smallint", "bigint", "date", "uuid", "json" -> List.of(t);
            case "int" -> List.of("integer");
            case "float" -> List.of("real");
            case "double" -> List.of("double");
            case "decimal" -> "21".equals(a) && "0".equals(b) ? List.of("decimal(21,0)", "interval")
                    : List.of("decimal(" + a + "," + b + ")");
            case "char" -> List.of("char(" + a + ")");
            case "varchar" -> List.of("varchar(" + a + ")");
            case "longtext" -> List.of("text", "clob");
            case "varbinary" -> "255".equals(a) ? List.of("binary") : List.of("custom:" + t);
            case "longblob" -> List.of("blob");
            case "time" -> List.of("time(" + fraction + ")", "time_tz(" + fraction + ")");
            case "datetime" -> List.of("timestamp(" + fraction + ")", "timestamp_tz(" + fraction + ")");
            default -> List.of("custom:" + t);
        };
    }

    private static List<String> sqliteCandidates(String t) {
        Matcher sized = SIZED.matcher(t);
        String base = sized.matches() ? sized.group(1).trim() : t;
        String a = sized.matches() ? sized.group(2) : null;
        String b = sized.matches() ? sized.group(3) : null;
        return switch (base) {
            case "boolean", "smallint", "integer", "bigint", "date", "json" -> a == null ? List.of(t) : List.of("custom:" + t);
            case "float" -> List.of("double", "real");
            case "numeric" -> a != null && b != null
                    ? "21".equals(a) && "0".equals(b) ? List.of("decimal(21,0)", "interval") : List.of("decimal(" + a + "," + b + ")")
                    : List.of("custom:" + t);
            case "char" -> a != null ? List.of("char(" + a + ")") : List.of("custom:" + t);
            case "varchar" -> a != null ? List.of("varchar(" + a + ")") : List.of("custom:" + t);
            case "clob" -> List.of("text", "clob");
            case "blob" -> List.of("blob", "binary", "uuid", "array<*>");
            case "time" -> a == null ? List.of("time", "time_tz") : List.of("time(" + a + ")", "time_tz(" + a + ")");
            case "timestamp" -> List.of("timestamp", "timestamp_tz");
            default -> List.of("custom:" + t);
        };
    }
}
