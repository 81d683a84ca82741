package dev.tablesmith.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.dialect.Dialects;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A table whose schema changed is moved, with the foreign keys that reference it, not dropped and re-created. */
class MoveTableTest {
    static Table table(String name, String entity, ForeignKey... fks) {
        Table.Builder b = new Table.Builder(name);
        b.entity = entity;
        b.columns.add(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        b.primaryKey = new PrimaryKey(dev.tablesmith.model.QualifiedNames.local(name) + "_pkey", List.of("id"));
        if (fks.length > 0) {
            b.columns.add(Column.of("order_id", ColumnType.of(ColumnType.Kind.BIGINT), true));
            b.foreignKeys.addAll(List.of(fks));
        }
        return b.build();
    }

    @Test
    void aNewSchemaIsAMove() {
        Schema before = new Schema(List.of(table("orders", "app.Order"), table("refunds", "app.Refund",
                new ForeignKey("refunds_order_id_fkey", List.of("order_id"), "orders", List.of("id"), null))), List.of());
        Schema after = new Schema(List.of(table("sales.orders", "app.Order"), table("refunds", "app.Refund",
                new ForeignKey("refunds_order_id_fkey", List.of("order_id"), "sales.orders", List.of("id"), null))),
                List.of());
        List<Change> changes = ChangeOrder.order(SchemaDiff.diff(before, after, new Renames(Map.of(), Map.of())));
        assertEquals(List.of(new Change.MoveTable("orders", "sales.orders")), changes);
        assertEquals(after, SchemaChanges.apply(before, changes));
        assertEquals("ALTER TABLE orders SET SCHEMA sales;",
                Dialects.byId("postgresql").orElseThrow().render(changes.get(0), before));
        assertEquals("RENAME TABLE orders TO sales.orders;",
                Dialects.byId("mysql").orElseThrow().render(changes.get(0), before));
        // back into the default schema, whose name only the database knows
        assertEquals("DO $$ BEGIN EXECUTE format('ALTER TABLE sales.orders SET SCHEMA %I', current_schema()); END $$;",
                Dialects.byId("postgresql").orElseThrow().render(changes.get(0).reverse(), after));
    }

    @Test
    void aMoveAndARenameAreBoth() {
        Schema before = new Schema(List.of(table("sales.orders", "app.Order")), List.of());
        Schema after = new Schema(List.of(table("archive.old_orders", "app.Order")), List.of());
        List<Change> changes = ChangeOrder.order(SchemaDiff.diff(before, after,
                new Renames(Map.of("archive.old_orders", "archive.orders"), Map.of())));
        assertEquals(new Change.MoveTable("sales.orders", "archive.orders"), changes.get(0));
        assertEquals(new Change.RenameTable("archive.orders", "archive.old_orders"), changes.get(1));
        assertEquals("ALTER TABLE archive.orders RENAME TO old_orders;",
                Dialects.byId("postgresql").orElseThrow().render(changes.get(1), null));
    }
}
