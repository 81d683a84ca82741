package dev.tablesmith.dialect.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.Script;
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
import dev.tablesmith.model.Table;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the random evolution test ({@code MariaDbEvolutionPropertyTest}) found on MariaDB, each on
 * the smallest schema that shows it, planned with {@link MigrationPlanner} and run on the engine.
 */
class MySqlEvolutionFindingsTest {
    private static final MySqlDialect DIALECT = new MySqlDialect();

    private static Schema schema(boolean index) {
        return schema(index, "orders", "settings");
    }

    private static Schema schema(boolean index, String ordersName, String json) {
        Table.Builder users = new Table.Builder("users");
        users.columns.add(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        users.primaryKey = new PrimaryKey("users_pkey", List.of("id"));
        Table.Builder orders = new Table.Builder(ordersName);
        orders.columns.add(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        orders.columns.add(Column.of("user_id", ColumnType.of(ColumnType.Kind.BIGINT), true));
        orders.columns.add(Column.of(json, ColumnType.of(ColumnType.Kind.JSON), true));
        orders.primaryKey = new PrimaryKey(ordersName + "_pkey", List.of("id"));
        orders.foreignKeys.add(new ForeignKey(ordersName + "_user_id_fkey", List.of("user_id"), "users", List.of("id"),
                ReferentialAction.NO_ACTION));
        if (index) {
            orders.indexes.add(new Index("idx_orders_user_id", List.of(IndexElement.column("user_id")), false,
                    IndexMethod.BTREE, List.of(), null, "supports foreign key orders_user_id_fkey"));
        }
        return new Schema(List.of(users.build(), orders.build()), List.of());
    }

    private static void run(DataSource db, List<Script> scripts, boolean up) {
        for (int i = 0; i < scripts.size(); i++) {
            Script s = scripts.get(up ? i : scripts.size() - 1 - i);
            Migrations.execute(db, up ? s.up() : s.down(), s.transactional());
        }
    }

    private static Catalog fresh(Schema schema) {
        DataSource db = MariaDbServer.shared().newDatabase("findings_fresh");
        run(db, MigrationPlanner.plan(Snapshot.EMPTY, schema, Renames.NONE, DIALECT, "1", null).orElseThrow().scripts(),
                true);
        return Catalog.read(db);
    }

    /**
     * Dropping a foreign key's index makes MySQL keep one (the stand-in named as the key); adding an
     * index that covers the key again, also as that drop's down, drops the stand-in, as a fresh
     * create never has it. The down used to leave the stand-in behind.
     */
    @Test
    void anIndexAddedOverAForeignKeyReplacesItsStandIn() {
        DataSource db = MariaDbServer.shared().newDatabase("findings");
        MigrationPlanner.Plan create = MigrationPlanner.plan(Snapshot.EMPTY, schema(true), Renames.NONE, DIALECT, "1",
                null).orElseThrow();
        run(db, create.scripts(), true);
        Catalog before = Catalog.read(db);
        assertEquals(fresh(schema(true)), before);

        MigrationPlanner.Plan drop = MigrationPlanner.plan(create.next(), schema(false), Renames.NONE, DIALECT, "2",
                null).orElseThrow();
        run(db, drop.scripts(), true);
        assertEquals(fresh(schema(false)), Catalog.read(db));
        assertTrue(Catalog.read(db).requireTable("orders").indexes().stream()
                .anyMatch(i -> i.name().equals("orders_user_id_fkey")), "InnoDB's stand-in is the catalog's");

        run(db, drop.scripts(), false);
        assertEquals(before, Catalog.read(db));
        assertTrue(drop.scripts().get(0).down().contains(", DROP INDEX orders_user_id_fkey"),
                drop.scripts().get(0).down());

        // the same from a table created without the index: InnoDB made the stand-in itself
        DataSource plain = MariaDbServer.shared().newDatabase("findings_plain");
        MigrationPlanner.Plan createPlain = MigrationPlanner.plan(Snapshot.EMPTY, schema(false), Renames.NONE,
                DIALECT, "1", null).orElseThrow();
        run(plain, createPlain.scripts(), true);
        run(plain, MigrationPlanner.plan(createPlain.next(), schema(true), Renames.NONE, DIALECT, "2", null)
                .orElseThrow().scripts(), true);
        assertEquals(fresh(schema(true)), Catalog.read(plain));
    }

    /**
     * A key renamed with its table takes its stand-in index's name along, and a JSON column renamed
     * takes the name of MariaDB's implicit json_valid check along: a fresh create has both under the
     * new names. Both kept the old names before.
     */
    @Test
    void renamesTakeTheStandInIndexAndTheJsonCheckAlong() {
        DataSource db = MariaDbServer.shared().newDatabase("findings_rename");
        MigrationPlanner.Plan create = MigrationPlanner.plan(Snapshot.EMPTY, schema(false), Renames.NONE, DIALECT, "1",
                null).orElseThrow();
        run(db, create.scripts(), true);
        Catalog before = Catalog.read(db);
        Schema renamed = schema(false, "purchases", "prefs");
        MigrationPlanner.Plan rename = MigrationPlanner.plan(create.next(), renamed, new Renames(
                java.util.Map.of("purchases", "orders"), java.util.Map.of("purchases", java.util.Map.of("prefs", "settings"))),
                DIALECT, "2", null).orElseThrow();
        run(db, rename.scripts(), true);
        assertEquals(fresh(renamed), Catalog.read(db));
        run(db, rename.scripts(), false);
        assertEquals(before, Catalog.read(db));
    }

    /** The engine fact behind MySqlSupport's error for a check on a column an ON DELETE action writes. */
    @Test
    void mariaDbRefusesACheckOnAColumnAnOnDeleteActionWrites() throws SQLException {
        DataSource db = MariaDbServer.shared().newDatabase("findings_check");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String action : List.of("SET NULL", "CASCADE", "RESTRICT")) {
                String t = "t_" + action.replace(' ', '_').toLowerCase();
                s.execute("CREATE TABLE " + t + " (id BIGINT PRIMARY KEY, parent_id BIGINT NULL, CONSTRAINT "
                        + t + "_fkey FOREIGN KEY (parent_id) REFERENCES " + t + " (id) ON DELETE " + action + ")");
                String check = "ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_check CHECK (parent_id >= 0)";
                if (!action.equals("SET NULL")) { // CASCADE deletes rows, it does not write the column
                    s.execute(check);
                } else {
                    SQLException e = assertThrows(SQLException.class, () -> s.execute(check), action);
                    assertTrue(e.getMessage().contains("cannot be used in the CHECK clause"), e.getMessage());
                }
            }
        }
    }
}
