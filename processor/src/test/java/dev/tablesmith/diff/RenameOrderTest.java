package dev.tablesmith.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.Script;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.snapshot.Snapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by the evolution property test. Constraints and indexes whose names follow a renamed table
 * or column are dropped and added again; the drops must name the table and columns as they are
 * before the rename and run before it, the adds the new names after it. The down then re-creates
 * the old objects after renaming back. (The drops used to name the new table before the rename,
 * and the down re-created an index on a column that had not been renamed back yet.)
 */
class RenameOrderTest {
    static Table table(String name, String column) {
        return table(name, column, IndexMethod.HASH);
    }

    static Table table(String name, String column, IndexMethod method) {
        Table.Builder b = new Table.Builder(name);
        b.columns.add(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        b.columns.add(Column.of(column, ColumnType.varchar(20), true));
        b.uniqueConstraints.add(new UniqueConstraint(name + "_" + column + "_x_unique", List.of(column, "id")));
        b.indexes.add(new Index("idx_" + name + "_" + column, List.of(IndexElement.column(column)), false,
                method, List.of(), null, null));
        return b.build();
    }

    static List<String> statements(String sql) {
        // comment lines first: their text may hold a ';'
        String code = String.join("\n", sql.lines().filter(l -> !l.startsWith("--")).toList());
        return Arrays.stream(code.split(";"))
                .map(s -> String.join(" ", s.lines().toList()).strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    static Script plan(Schema from, Schema to, Renames renames) {
        List<Script> scripts = MigrationPlanner.plan(new Snapshot(List.of(), from), to, renames, new PostgresDialect(),
                "2", "step").orElseThrow().scripts();
        assertEquals(1, scripts.size());
        return scripts.get(0);
    }

    /**
     * Statements before {@code rename} mention only {@code before}, those after it only
     * {@code after} (renames in place of what follows the name excepted: they name both).
     */
    static void assertAround(String sql, String rename, String before, String after) {
        List<String> statements = statements(sql);
        int at = statements.indexOf(rename);
        assertFalse(at < 0, "no " + rename + " in\n" + sql);
        for (int i = 0; i < statements.size(); i++) {
            String s = statements.get(i);
            if (s.contains(" RENAME ")) {
                continue;
            }
            if (i < at) {
                assertFalse(s.contains(after), s + " runs before " + rename + "\n" + sql);
            } else if (i > at) {
                assertFalse(s.contains(before), s + " runs after " + rename + "\n" + sql);
            }
        }
    }

    @Test
    void objectsOfARenamedTableAreDroppedBeforeTheRenameAndAddedAfterIt() {
        // the index changes too, so it is dropped and added rather than renamed
        Script s = plan(new Schema(List.of(table("tenant", "code", IndexMethod.HASH)), List.of()),
                new Schema(List.of(table("ticket", "code", IndexMethod.BTREE)), List.of()),
                new Renames(Map.of("ticket", "tenant"), Map.of()));
        assertAround(s.up(), "ALTER TABLE tenant RENAME TO ticket", "tenant", "ticket");
        assertAround(s.down(), "ALTER TABLE ticket RENAME TO tenant", "ticket", "tenant");
    }

    @Test
    void aTableDroppedNextToARenamedOneIsRecreatedByTheDownWithTheNameOfThatMoment() {
        Table.Builder basket = table("basket", "code").toBuilder();
        basket.columns.add(Column.of("vendor_id", ColumnType.of(ColumnType.Kind.BIGINT), true));
        basket.foreignKeys.add(new dev.tablesmith.model.ForeignKey("basket_vendor_id_fkey", List.of("vendor_id"),
                "vendor", List.of("id"), null));
        Script s = plan(new Schema(List.of(basket.build(), table("vendor", "code")), List.of()),
                new Schema(List.of(table("shipment", "code")), List.of()),
                new Renames(Map.of("shipment", "vendor"), Map.of()));
        List<String> down = statements(s.down());
        int create = down.indexOf(down.stream().filter(st -> st.startsWith("CREATE TABLE basket")).findFirst()
                .orElseThrow(() -> new AssertionError("no CREATE TABLE basket in\n" + s.down())));
        int renameBack = down.indexOf("ALTER TABLE shipment RENAME TO vendor");
        assertFalse(create > renameBack, s.down());
        assertFalse(!down.get(create).contains("REFERENCES shipment (id)"), s.down());
    }

    @Test
    void aNewColumnOrTableMayTakeTheNameOfARenamedOne() {
        Table.Builder after = table("tenant", "label").toBuilder();
        after.columns.add(Column.of("code", ColumnType.of(ColumnType.Kind.INTEGER), true));
        List<Change> changes = SchemaDiff.diff(new Schema(List.of(table("tenant", "code")), List.of()),
                new Schema(List.of(after.build(), table("vendor", "code")), List.of()),
                new Renames(Map.of(), Map.of("tenant", Map.of("label", "code"))));
        assertFalse(!changes.contains(new Change.RenameColumn("tenant", "code", "label")), changes.toString());
        assertFalse(!changes.contains(new Change.AddColumn("tenant", Column.of("code", ColumnType.of(ColumnType.Kind.INTEGER),
                true))), changes.toString());

        List<Change> tables = SchemaDiff.diff(new Schema(List.of(table("tenant", "code")), List.of()),
                new Schema(List.of(table("ticket", "code"), table("tenant", "label")), List.of()),
                new Renames(Map.of("ticket", "tenant"), Map.of()));
        assertFalse(!tables.contains(new Change.RenameTable("tenant", "ticket")), tables.toString());
        assertFalse(!tables.contains(new Change.CreateTable(table("tenant", "label"))), tables.toString());
    }

    @Test
    void objectsOfARenamedColumnAreDroppedBeforeTheRenameAndAddedAfterIt() {
        Script s = plan(new Schema(List.of(table("tenant", "code")), List.of()),
                new Schema(List.of(table("tenant", "label")), List.of()),
                new Renames(Map.of(), Map.of("tenant", Map.of("label", "code"))));
        assertAround(s.up(), "ALTER TABLE tenant RENAME COLUMN code TO label", "code", "label");
        assertAround(s.down(), "ALTER TABLE tenant RENAME COLUMN label TO code", "label", "code");
    }
}
