package dev.tablesmith.evolution;

import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ColumnType.Kind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The column types the generator uses, their defaults, the widenings it applies, and row values.
 * A value is made from a number that is never reused in one run, so values of a column are
 * distinct (a unique constraint can be added later), never negative and never empty (a check
 * {@code >= 0} or {@code char_length(..) > 0} can be added later), and short enough for the
 * narrowest length the column ever had (downs narrow again).
 */
final class Values {
    private Values() {}

    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final List<Kind> KINDS = List.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT, Kind.DECIMAL, Kind.VARCHAR,
            Kind.TEXT, Kind.BOOLEAN, Kind.DATE, Kind.TIMESTAMP_TZ, Kind.UUID, Kind.JSON);

    static ColumnType randomType(Random r) {
        Kind kind = KINDS.get(r.nextInt(KINDS.size()));
        return switch (kind) {
            case VARCHAR -> ColumnType.varchar(16 + r.nextInt(4) * 8);
            case DECIMAL -> ColumnType.decimal(10 + r.nextInt(3) * 2, 2);
            case TIMESTAMP_TZ -> ColumnType.temporal(Kind.TIMESTAMP_TZ, r.nextBoolean() ? 6 : 3);
            default -> ColumnType.of(kind);
        };
    }

    static String describe(ColumnType t) {
        return DIALECT.type(t);
    }

    /** A default expression of the type that passes the generator's checks. */
    static String randomDefault(ColumnType t, Random r) {
        return switch (t.kind()) {
            case SMALLINT -> r.nextBoolean() ? "1" : "0";
            case INTEGER -> r.nextBoolean() ? "0" : "7";
            case BIGINT -> "42";
            case DECIMAL -> r.nextBoolean() ? "0" : "1.50";
            case VARCHAR -> r.nextBoolean() ? "'none'" : "'it''s'";
            case TEXT -> "'n/a'";
            case BOOLEAN -> r.nextBoolean() ? "false" : "true";
            case DATE -> "CURRENT_DATE";
            case TIMESTAMP_TZ -> r.nextBoolean() ? "now()" : "CURRENT_TIMESTAMP";
            case UUID -> "gen_random_uuid()";
            case JSON -> "'{}'::jsonb";
            default -> throw new IllegalArgumentException(t.toString());
        };
    }

    /** A wider type that keeps every value and its text, or null when the generator has none. */
    static ColumnType widened(ColumnType t, Random r) {
        return switch (t.kind()) {
            case SMALLINT -> ColumnType.of(Kind.INTEGER);
            case INTEGER -> ColumnType.of(Kind.BIGINT);
            case VARCHAR -> r.nextBoolean() ? ColumnType.of(Kind.TEXT) : ColumnType.varchar(t.length() + 10);
            case DECIMAL -> ColumnType.decimal(t.precision() + 4, t.scale());
            case TIMESTAMP_TZ -> t.precision() != null && t.precision() < 6 ? ColumnType.temporal(Kind.TIMESTAMP_TZ, 6) : null;
            default -> null;
        };
    }

    static boolean checkable(ColumnType t) {
        return Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT, Kind.DECIMAL, Kind.VARCHAR, Kind.TEXT).contains(t.kind());
    }

    static boolean uniqueable(ColumnType t) {
        return t.kind() != Kind.BOOLEAN && t.kind() != Kind.JSON;
    }

    static boolean btreeable(ColumnType t) {
        return t.kind() != Kind.JSON;
    }

    static boolean hashable(ColumnType t) {
        return Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT, Kind.VARCHAR, Kind.TEXT, Kind.UUID).contains(t.kind());
    }

    static boolean brinable(ColumnType t) {
        return Set.of(Kind.INTEGER, Kind.BIGINT, Kind.DATE, Kind.TIMESTAMP_TZ).contains(t.kind());
    }

    /** The SQL literal of value number {@code n} (below 30000) for the type. */
    static String literal(ColumnType t, int n) {
        String text = switch (t.kind()) {
            // the same number for every integer kind: a widened column's old and new values never collide
            case SMALLINT, INTEGER, BIGINT -> Integer.toString(n);
            case DECIMAL -> n + ".25";
            case VARCHAR, TEXT -> (n % 5 == 0 ? "o'v" : "v") + n;
            case BOOLEAN -> Boolean.toString(n % 2 == 0);
            case DATE -> LocalDate.of(2020, 1, 1).plusDays(n).toString();
            case TIMESTAMP_TZ -> timestamp(n) + "+00";
            case UUID -> uuid(n).toString();
            case JSON -> "{\"n\": " + n + "}";
            default -> throw new IllegalArgumentException(t.toString());
        };
        return "'" + text.replace("'", "''") + "'";
    }

    /** The timestamp of value number {@code n}, without offset (UTC). */
    static String timestamp(int n) {
        return LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(n * 61L).format(TIMESTAMP);
    }

    static UUID uuid(int n) {
        return new UUID(0x5eedL, n);
    }
}
