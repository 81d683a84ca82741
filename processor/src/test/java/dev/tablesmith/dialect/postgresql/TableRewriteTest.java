package dev.tablesmith.dialect.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.model.ColumnType.Kind;
import dev.tablesmith.model.ColumnType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which type changes PostgreSQL does in place (catalog only) and which rewrite the table. */
class TableRewriteTest {
    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("longer varchar", ColumnType.varchar(50), ColumnType.varchar(80), false),
                Arguments.of("shorter varchar", ColumnType.varchar(80), ColumnType.varchar(50), true),
                Arguments.of("varchar to text", ColumnType.varchar(80), ColumnType.of(Kind.TEXT), false),
                Arguments.of("text to varchar", ColumnType.of(Kind.TEXT), ColumnType.varchar(80), true),
                Arguments.of("more numeric precision", ColumnType.decimal(10, 2), ColumnType.decimal(12, 2), false),
                Arguments.of("less numeric precision", ColumnType.decimal(12, 2), ColumnType.decimal(10, 2), true),
                Arguments.of("other numeric scale", ColumnType.decimal(10, 2), ColumnType.decimal(12, 4), true),
                Arguments.of("int to bigint", ColumnType.of(Kind.INTEGER), ColumnType.of(Kind.BIGINT), true),
                Arguments.of("more fractional seconds", ColumnType.temporal(Kind.TIMESTAMP_TZ, 3),
                        ColumnType.temporal(Kind.TIMESTAMP_TZ, 6), false),
                Arguments.of("fewer fractional seconds", ColumnType.of(Kind.TIMESTAMP),
                        ColumnType.temporal(Kind.TIMESTAMP, 0), true),
                Arguments.of("timestamp to timestamptz", ColumnType.of(Kind.TIMESTAMP), ColumnType.of(Kind.TIMESTAMP_TZ),
                        true),
                Arguments.of("longer char (blank-padded)", ColumnType.chars(2), ColumnType.chars(3), true),
                Arguments.of("type family change", ColumnType.varchar(36), ColumnType.of(Kind.UUID), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void rewrites(String what, ColumnType from, ColumnType to, boolean rewrites) {
        assertEquals(rewrites, new PostgresDialect().tableRewrite(from, to).isPresent(), what);
    }
}
