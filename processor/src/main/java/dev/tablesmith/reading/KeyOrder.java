package dev.tablesmith.reading;

import dev.tablesmith.model.ColumnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order Hibernate 6.6 gives the columns of a composite primary key (its
 * {@code ColumnOrderingStrategyStandard}): by the column's size in bytes, at least 4, then whether
 * it is over 2048 bytes, then by name. So {@code (aliases_order, post_id)}: an INTEGER before a
 * BIGINT; {@code (friends_id, parent_id)}: two BIGINTs by name. A foreign key to such a key lists
 * its columns in the same order. Writing the key as Hibernate does keeps a schema Tablesmith wrote
 * and one Hibernate created the same; a foreign key the key does not lead with gets its own index
 * ({@link Conventions}).
 */
final class KeyOrder {
    private KeyOrder() {}

    /** Hibernate's {@code Size.DEFAULT_LENGTH}: a VARCHAR or VARBINARY of it counts as the dialect's longest. */
    private static final int DEFAULT_LENGTH = 255;
    /** PostgreSQL's longest VARCHAR, standing in for "the dialect's maximum". */
    private static final int MAX_LENGTH = 10_485_760;
    private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

    /** The items sorted as Hibernate sorts their columns. */
    static <T> List<T> sort(List<T> items, Function<T, String> name, Function<T, ColumnType> type) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.<T>comparingInt(i -> Math.max(bytes(type.apply(i)), 4))
                .thenComparing(i -> bytes(type.apply(i)) > 2048)
                .thenComparing(name));
        return sorted;
    }

    /** Hibernate's estimate of a column's physical size. */
    static int bytes(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN, TINYINT -> 1;
            case SMALLINT -> 2;
            // Hibernate's float and double are SqlTypes.FLOAT with a precision of 24 or 53 bits,
            // which its estimate turns into 1 or 2 bytes (so they sort as 4)
            case REAL, DOUBLE, INTEGER, DATE, TIME, TIME_TZ -> 4;
            case BIGINT, TIMESTAMP, TIMESTAMP_TZ, INTERVAL -> 8;
            case DECIMAL -> (int) Math.ceil(type.precision() / DECIMAL_DIGITS_PER_BYTE);
            case CHAR, VARCHAR, BINARY, FIXED_BINARY -> type.length() == null || type.length() == DEFAULT_LENGTH
                    ? MAX_LENGTH : type.length();
            case UUID -> 16;
            case INET -> 19;
            case TEXT, CLOB, BLOB, JSON, XML, ARRAY, CUSTOM -> Integer.MAX_VALUE;
        };
    }
}
