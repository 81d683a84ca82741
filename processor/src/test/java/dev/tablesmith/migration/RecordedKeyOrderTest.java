package dev.tablesmith.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.reading.Conventions;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RecordedKeyOrder}: an existing key is not rebuilt for its column order alone. */
class RecordedKeyOrderTest {
    private static Table joinTable(String name, String... key) {
        List<Column> columns = List.of(Column.of("product_id", ColumnType.of(ColumnType.Kind.BIGINT), false),
                Column.of("category_id", ColumnType.of(ColumnType.Kind.BIGINT), false),
                Column.of("position", ColumnType.of(ColumnType.Kind.INTEGER), false));
        return new Table(name, null, TableKind.ENTITY, null, columns, new PrimaryKey(name + "_pkey", List.of(key)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }

    private static List<String> key(Schema s, String table) {
        return s.table(table).orElseThrow().primaryKey().columns();
    }

    @Test
    void onlyTheOrderDifferingKeepsTheRecordedOrder() {
        Schema recorded = new Schema(List.of(joinTable("product_categories", "product_id", "category_id")), List.of());
        Schema model = new Schema(List.of(joinTable("product_categories", "category_id", "product_id")), List.of());
        assertEquals(List.of("product_id", "category_id"),
                key(RecordedKeyOrder.keep(model, recorded, true), "product_categories"));
    }

    @Test
    void theGeneratedForeignKeyIndexesFollowTheKeptKey() {
        Table recordedTable = joinTable("product_categories", "product_id", "category_id");
        Schema recorded = new Schema(List.of(Conventions.apply(withKeys(recordedTable), true, new HashMap<>())), List.of());
        Table modelTable = joinTable("product_categories", "category_id", "product_id");
        Schema model = new Schema(List.of(Conventions.apply(withKeys(modelTable), true, new HashMap<>())), List.of());
        assertEquals(List.of("idx_product_categories_product_id"), indexNames(model));
        Schema kept = RecordedKeyOrder.keep(model, recorded, true);
        assertEquals(List.of("idx_product_categories_category_id"), indexNames(kept));
        assertEquals(recorded, kept, "nothing left to migrate");
    }

    private static Table withKeys(Table t) {
        Table.Builder b = t.toBuilder();
        b.foreignKeys.add(new ForeignKey("product_categories_product_id_fkey", List.of("product_id"), "products",
                List.of("id"), ReferentialAction.NO_ACTION));
        b.foreignKeys.add(new ForeignKey("product_categories_category_id_fkey", List.of("category_id"), "categories",
                List.of("id"), ReferentialAction.NO_ACTION));
        return b.build();
    }

    private static List<String> indexNames(Schema s) {
        return s.table("product_categories").orElseThrow().indexes().stream().map(Index::name).toList();
    }

    @Test
    void otherColumnsOrANewTableTakeTheModelsKey() {
        Schema recorded = new Schema(List.of(joinTable("product_categories", "product_id", "category_id")), List.of());
        Schema wider = new Schema(List.of(joinTable("product_categories", "category_id", "product_id", "position"),
                joinTable("tags", "category_id", "product_id")), List.of());
        Schema kept = RecordedKeyOrder.keep(wider, recorded, true);
        assertEquals(List.of("category_id", "product_id", "position"), key(kept, "product_categories"));
        assertEquals(List.of("category_id", "product_id"), key(kept, "tags"));
    }
}
