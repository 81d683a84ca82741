package dev.tablesmith.dialect.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.diff.Change;
import dev.tablesmith.diff.SchemaDiff;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by the evolution property test: widening {@code VARCHAR(20) DEFAULT 'none'} to
 * {@code TEXT} left the default typed {@code 'none'::character varying}, where a fresh create has
 * {@code 'none'::text}; a default that does not cast would have stopped the change. The default is
 * now dropped before the type change and set again after it, in the up and in the down.
 */
class TypeChangeDefaultTest {
    static Schema schema(ColumnType type) {
        Table.Builder b = new Table.Builder("parcel");
        b.columns.add(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        b.columns.add(Column.of("remark", type, true).withDefault("'none'"));
        return new Schema(List.of(b.build()), List.of());
    }

    @Test
    void aTypeChangeSetsTheDefaultAgainOnTheNewType() {
        List<Change> changes = SchemaDiff.diff(schema(ColumnType.varchar(20)), schema(ColumnType.of(ColumnType.Kind.TEXT)),
                Renames.NONE);
        assertEquals(1, changes.size(), changes.toString());
        PostgresDialect dialect = new PostgresDialect();
        assertEquals("""
                ALTER TABLE parcel ALTER COLUMN remark DROP DEFAULT;
                ALTER TABLE parcel ALTER COLUMN remark TYPE TEXT USING remark::TEXT;
                ALTER TABLE parcel ALTER COLUMN remark SET DEFAULT 'none';""", dialect.render(changes.get(0), null));
        assertEquals("""
                ALTER TABLE parcel ALTER COLUMN remark DROP DEFAULT;
                ALTER TABLE parcel ALTER COLUMN remark TYPE VARCHAR(20) USING remark::VARCHAR(20);
                ALTER TABLE parcel ALTER COLUMN remark SET DEFAULT 'none';""", dialect.render(changes.get(0).reverse(), null));
    }

    @Test
    void withoutADefaultATypeChangeIsOneStatement() {
        assertEquals("ALTER TABLE parcel ALTER COLUMN remark TYPE TEXT USING remark::TEXT;", new PostgresDialect().render(
                new Change.AlterColumnType("parcel", "remark", ColumnType.varchar(20), ColumnType.of(ColumnType.Kind.TEXT)), null));
    }
}
