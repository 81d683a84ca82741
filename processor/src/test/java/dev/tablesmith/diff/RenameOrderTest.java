package dev.tablesmith.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.Script;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.PrimaryKey;
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
 * Found by the evolution property test: the changes of a renamed table carry its new name, so the
 * rename must run before them (it used to run after the drops, which then named a table that did
 * not exist yet), and the down must rename back last.
 */
class RenameOrderTest {
    static Table table(String name, String column) {
        Table.Builder b = new Table.Builder(name);
        b.columns.add(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false));
        b.columns.add(Column.of(column, ColumnType.varchar(20), true));
        b.primaryKey = new PrimaryKey(name + "_pkey", List.of("id"));
        b.uniqueConstraints.add(new UniqueConstraint(name + "_" + column + "_x_unique", List.of(column, "id")));
        b.indexes.add(new Index("idx_" + name + "_" + column, List.of(IndexElement.column(column)), false,
                IndexMethod.HASH, List.of(), null, null));
        return b.build();
    }

    static List<String> statements(String sql) {
        return Arrays.stream(sql.split(";")).map(String::strip)
                .map(s -> s.lines().filter(l -> !l.startsWith("--")).reduce("", (a, l) -> a + l).strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    static Script plan(Schema from, Schema to, Renames renames) {
        List<Script> scripts = MigrationPlanner.plan(new Snapshot(List.of(), from), to, renames, new PostgresDialect(),
                "2", "step").orElseThrow().scripts();
        assertEquals(1, scripts.size());
        return scripts.get(0);
    }

    @Test
    void aRenamedTableIsRenamedBeforeItsOtherChangesAndBackAfterThem() {
        Script s = plan(new Schema(List.of(table("tenant", "code")), List.of()),
                new Schema(List.of(table("ticket", "code")), List.of()), new Renames(Map.of("ticket", "tenant"), Map.of()));
        List<String> up = statements(s.up());
        List<String> down = statements(s.down());
        assertEquals("ALTER TABLE tenant RENAME TO ticket", up.get(0), s.up());
        assertEquals("ALTER TABLE ticket RENAME TO tenant", down.get(down.size() - 1), s.down());
    }

    @Test
    void aRenamedColumnIsRenamedBeforeTheChangesThatNameIt() {
        Script s = plan(new Schema(List.of(table("tenant", "code")), List.of()),
                new Schema(List.of(table("tenant", "label")), List.of()),
                new Renames(Map.of(), Map.of("tenant", Map.of("label", "code"))));
        List<String> up = statements(s.up());
        List<String> down = statements(s.down());
        assertEquals("ALTER TABLE tenant RENAME COLUMN code TO label", up.get(0), s.up());
        assertEquals("ALTER TABLE tenant RENAME COLUMN label TO code", down.get(down.size() - 1), s.down());
    }
}
