package dev.tablesmith.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.migration.Script;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by the evolution property test. Renaming an entity renames every name derived from its
 * table: the key, uniques, foreign keys, indexes, the {@code updated_at} trigger and the id
 * sequence. These used to be dropped and added again, which failed outright for a primary key
 * that other tables reference ("other objects depend on it"), and for the sequence silently
 * restarted the ids at 1 under existing rows (the next insert hit a duplicate key). They are now
 * renamed in place, and references from other tables stay as they are.
 */
class RenameInPlaceTest {
    static Table tenant(String name, boolean identity) {
        Table.Builder b = new Table.Builder(name);
        b.columns.add(new Column("id", ColumnType.of(ColumnType.Kind.BIGINT), false, null,
                identity ? Column.Identity.BY_DEFAULT : Column.Identity.NONE, null, false));
        b.columns.add(Column.of("code", ColumnType.varchar(20), true));
        b.columns.add(Column.of("parent_id", ColumnType.of(ColumnType.Kind.BIGINT), true));
        b.columns.add(new Column("updated_at", ColumnType.temporal(ColumnType.Kind.TIMESTAMP_TZ, 6), false, "now()",
                Column.Identity.NONE, null, false));
        b.primaryKey = new PrimaryKey(name + "_pkey", List.of("id"));
        b.uniqueConstraints.add(new UniqueConstraint(name + "_code_unique", List.of("code")));
        b.foreignKeys.add(new ForeignKey(name + "_parent_id_fkey", List.of("parent_id"), name, List.of("id"),
                ReferentialAction.SET_NULL));
        b.indexes.add(new Index("idx_" + name + "_parent_id", List.of(IndexElement.column("parent_id")), false,
                IndexMethod.BTREE, List.of(), null, "supports foreign key " + name + "_parent_id_fkey"));
        b.triggers.add(new Trigger("update_" + name + "_updated_at", "updated_at"));
        return b.build();
    }

    static Table invoice(String referenced) {
        Table.Builder b = new Table.Builder("invoice");
        b.columns.add(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        b.columns.add(Column.of("tenant_id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        b.primaryKey = new PrimaryKey("invoice_pkey", List.of("id"));
        b.foreignKeys.add(new ForeignKey("invoice_tenant_id_fkey", List.of("tenant_id"), referenced, List.of("id"),
                ReferentialAction.CASCADE));
        return b.build();
    }

    static Schema schema(String name, boolean identity) {
        return new Schema(List.of(tenant(name, identity), invoice(name)),
                identity ? List.of() : List.of(new Sequence(name + "_seq", 1, 50)));
    }

    @Test
    void aRenamedEntityRenamesItsKeyConstraintsIndexesTriggerAndSequence() {
        Script s = RenameOrderTest.plan(schema("tenant", false), schema("ticket", false),
                new Renames(Map.of("ticket", "tenant"), Map.of()));
        List<String> up = List.of(
                "ALTER TABLE tenant RENAME TO ticket",
                "ALTER TABLE ticket RENAME CONSTRAINT tenant_code_unique TO ticket_code_unique",
                "ALTER TABLE ticket RENAME CONSTRAINT tenant_parent_id_fkey TO ticket_parent_id_fkey",
                "ALTER TABLE ticket RENAME CONSTRAINT tenant_pkey TO ticket_pkey",
                "ALTER INDEX idx_tenant_parent_id RENAME TO idx_ticket_parent_id",
                "ALTER TRIGGER update_tenant_updated_at ON ticket RENAME TO update_ticket_updated_at",
                "ALTER SEQUENCE tenant_seq RENAME TO ticket_seq",
                "COMMENT ON INDEX idx_ticket_parent_id IS 'supports foreign key ticket_parent_id_fkey'");
        assertEquals(up, RenameOrderTest.statements(s.up()), s.up());
        List<String> down = RenameOrderTest.statements(s.down());
        assertEquals("ALTER TABLE ticket RENAME TO tenant", down.get(down.size() - 1), s.down());
        assertEquals("COMMENT ON INDEX idx_ticket_parent_id IS 'supports foreign key tenant_parent_id_fkey'",
                down.get(0), s.down());
    }

    @Test
    void anIdentityColumnKeepsItsSequenceNamedAfterTheTable() {
        Script s = RenameOrderTest.plan(schema("tenant", true), schema("ticket", true),
                new Renames(Map.of("ticket", "tenant"), Map.of()));
        List<String> up = RenameOrderTest.statements(s.up());
        assertEquals(1, up.stream().filter(st -> st.equals("ALTER SEQUENCE tenant_id_seq RENAME TO ticket_id_seq")).count(),
                s.up());
    }
}
