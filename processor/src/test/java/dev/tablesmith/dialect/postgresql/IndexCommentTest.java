package dev.tablesmith.dialect.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.diff.Change;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by the evolution property test: an index added to an existing table (and the index a down
 * re-creates) lost its comment, which only {@code CREATE TABLE} wrote.
 */
class IndexCommentTest {
    @Test
    void anAddedIndexKeepsItsComment() {
        Index index = new Index("idx_parcel_sku", List.of(IndexElement.column("sku")), false, IndexMethod.BTREE,
                List.of(), null, "looked up by the vendor's code");
        assertEquals("""
                CREATE INDEX idx_parcel_sku ON parcel (sku);
                COMMENT ON INDEX idx_parcel_sku IS 'looked up by the vendor''s code';""",
                new PostgresDialect().render(new Change.AddIndex("parcel", index, false), null));
    }

    @Test
    void anAddedIndexWithoutCommentIsJustTheIndex() {
        Index index = new Index("idx_parcel_sku", List.of(IndexElement.column("sku")), false, IndexMethod.BTREE,
                List.of(), null, null);
        assertEquals("CREATE INDEX idx_parcel_sku ON parcel (sku);",
                new PostgresDialect().render(new Change.AddIndex("parcel", index, false), null));
    }
}
