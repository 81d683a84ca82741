package dev.tablesmith.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.diff.Change;
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
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.SqliteDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the random evolution test ({@code SqliteEvolutionPropertyTest}) found on SQLite, each on the
 * smallest schema that shows it, planned with {@link MigrationPlanner} and run on a real file.
 */
class SqliteEvolutionFindingsTest {
    private static final SqliteDialect DIALECT = new SqliteDialect();

    @TempDir
    Path dir;

    private static Table folder(String name, ReferentialAction onDelete, boolean identity) {
        Table.Builder b = new Table.Builder(name);
        Column id = Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false);
        b.columns.add(identity ? id.withIdentity(Column.Identity.BY_DEFAULT) : id);
        b.columns.add(Column.of("parent_id", ColumnType.of(ColumnType.Kind.BIGINT), true));
        b.primaryKey = new PrimaryKey(name + "_pkey", List.of("id"));
        b.foreignKeys.add(new ForeignKey(name + "_parent_id_fkey", List.of("parent_id"), name, List.of("id"), onDelete));
        b.indexes.add(new Index("idx_" + name + "_parent_id", List.of(IndexElement.column("parent_id")), false,
                IndexMethod.BTREE, List.of(), null, null));
        return b.build();
    }

    private static void up(DataSource db, MigrationPlanner.Plan plan) {
        for (Script s : plan.scripts()) {
            Migrations.execute(db, s.up(), s.transactional());
        }
    }

    private static void down(DataSource db, MigrationPlanner.Plan plan) {
        for (int i = plan.scripts().size() - 1; i >= 0; i--) {
            Migrations.execute(db, plan.scripts().get(i).down(), plan.scripts().get(i).transactional());
        }
    }

    /** The differ renames an identity's implicit {@code <table>_id_seq} with its table; SQLite's rowid has none. */
    @Test
    void renamingATableWithAnIdentityRenamesNoSequence() throws Exception {
        Schema before = new Schema(List.of(folder("folder", ReferentialAction.SET_NULL, true)), List.of());
        assertEquals("-- folder_id_seq is an identity's sequence: SQLite's rowid has none to rename.",
                DIALECT.render(new Change.RenameSequence("folder_id_seq", "payment_id_seq"), before));
        Schema withSequence = new Schema(List.of(), List.of(new Sequence("folder_seq", 1, 50)));
        assertEquals("ALTER TABLE folder_seq RENAME TO payment_seq;",
                DIALECT.render(new Change.RenameSequence("folder_seq", "payment_seq"), withSequence));

        DataSource db = SqliteDatabase.create(dir.resolve("rename.db"));
        MigrationPlanner.Plan create = MigrationPlanner.plan(Snapshot.EMPTY, before, Renames.NONE, DIALECT, "1", null)
                .orElseThrow();
        up(db, create);
        Schema renamed = new Schema(List.of(folder("payment", ReferentialAction.SET_NULL, true)), List.of());
        MigrationPlanner.Plan rename = MigrationPlanner.plan(create.next(), renamed,
                new Renames(Map.of("payment", "folder"), Map.of()), DIALECT, "2", null).orElseThrow();
        Catalog catalogBefore = Catalog.read(db);
        up(db, rename); // failed with "no such table: folder_id_seq"
        assertTrue(Catalog.read(db).table("payment").isPresent());
        down(db, rename);
        assertEquals(catalogBefore, Catalog.read(db));
    }

    /** DROP TABLE deletes the rows first, which a key to the table itself ON DELETE RESTRICT refuses. */
    @Test
    void aTableWhoseRowsReferenceEachOtherOnDeleteRestrictIsDropped() throws Exception {
        Table.Builder k = new Table.Builder("keep");
        k.columns.add(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        k.primaryKey = new PrimaryKey("keep_pkey", List.of("id"));
        Table keep = k.build();
        Schema with = new Schema(List.of(keep, folder("folder", ReferentialAction.RESTRICT, false)), List.of());
        DataSource db = SqliteDatabase.create(dir.resolve("drop.db"));
        MigrationPlanner.Plan create = MigrationPlanner.plan(Snapshot.EMPTY, with, Renames.NONE, DIALECT, "1", null)
                .orElseThrow();
        up(db, create);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO folder (id, parent_id) VALUES (1, NULL), (2, 1)");
        }
        Catalog catalogBefore = Catalog.read(db);
        MigrationPlanner.Plan drop = MigrationPlanner.plan(create.next(), new Schema(List.of(keep), List.of()),
                Renames.NONE, DIALECT, "2", null).orElseThrow();
        assertFalse(drop.scripts().get(0).transactional(), "PRAGMA foreign_keys is ignored inside a transaction");
        up(db, drop); // failed: FOREIGN KEY constraint failed
        assertFalse(Catalog.read(db).table("folder").isPresent());
        down(db, drop);
        assertEquals(catalogBefore, Catalog.read(db));
        // foreign keys are on again
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO folder (id, parent_id) VALUES (3, 99)"));
        }
        // a key that cascades needs nothing of this
        assertTrue(DIALECT.isTransactional(new Change.DropTable(folder("folder", ReferentialAction.CASCADE, false))));
    }

    /**
     * The catalog compares what a table means, not how SQLite stored its text: foreign keys in another
     * order of declaration, and names that ALTER TABLE RENAME rewrote in quotes, read the same.
     */
    @Test
    void theCatalogReadsForeignKeysAndRenamedNamesAsAFreshCreateHasThem() throws Exception {
        DataSource migrated = SqliteDatabase.create(dir.resolve("migrated.db"));
        DataSource fresh = SqliteDatabase.create(dir.resolve("fresh.db"));
        try (Connection c = migrated.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t0 (id INTEGER PRIMARY KEY, a BIGINT REFERENCES t0 (id), b BIGINT REFERENCES t0 (id))");
            s.execute("CREATE INDEX idx_t_a ON t0 (a)");
            s.execute("ALTER TABLE t0 RENAME TO t");
        }
        try (Connection c = fresh.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, b BIGINT REFERENCES t (id), a BIGINT REFERENCES t (id))");
            s.execute("CREATE INDEX idx_t_a ON t (a)");
        }
        Catalog m = Catalog.read(migrated);
        assertEquals(Catalog.read(fresh).tables().get(0).indexes(), m.tables().get(0).indexes());
        assertEquals(Catalog.read(fresh).tables().get(0).foreignKeys(), m.tables().get(0).foreignKeys());
        assertEquals("t_fk_a", m.tables().get(0).foreignKeys().get(0).name());
    }
}
