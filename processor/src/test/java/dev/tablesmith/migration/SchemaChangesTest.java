package dev.tablesmith.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.dialect.ChangeKindCases;
import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.diff.SchemaChanges;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Renames;
import dev.tablesmith.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SchemaChanges} replays a plan: for every evolution step (with its safe forms), the
 * planned changes take the base schema to the step's schema, and their inverses, last first, take
 * it back. This is the schema the script writer hands a dialect at each change, which SQLite's
 * table rebuild writes out in full. Lists are compared by name: their order is the declaration's.
 */
class SchemaChangesTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.tablesmith.dialect.ChangeKindCases#steps")
    void replayingThePlanGivesTheNextSchemaAndItsInverseTheBase(ChangeKindCases.Step step) {
        Schema base = ChangeKindCases.base();
        Schema next = step.next().apply(base);
        MigrationPlanner.Plan first = MigrationPlanner.plan(Snapshot.EMPTY, base, Renames.NONE, new PostgresDialect(),
                "1", "base", step.settings()).orElseThrow();
        List<Change> changes = MigrationPlanner.plan(first.next(), next, step.renames(), new PostgresDialect(), "2",
                step.name(), step.settings()).orElseThrow().changes();

        assertEquals(normal(next), normal(SchemaChanges.apply(base, changes)), "up");
        List<Change> inverse = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            inverse.add(changes.get(i).reverse());
        }
        assertEquals(normal(base), normal(SchemaChanges.apply(next, inverse)), "down");
    }

    static Schema normal(Schema s) {
        return new Schema(s.tables().stream().map(t -> new Table(t.name(), t.entity(), t.kind(), t.comment(),
                sorted(t.columns(), Column::name), t.primaryKey(), sorted(t.foreignKeys(), f -> f.name()),
                sorted(t.uniqueConstraints(), u -> u.name()), sorted(t.checks(), c -> c.name()),
                sorted(t.exclusions(), e -> e.name()), sorted(t.indexes(), i -> i.name()),
                sorted(t.triggers(), r -> r.name()), t.deprecated())).toList(), s.sequences());
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> name) {
        return list.stream().sorted(Comparator.comparing(name)).toList();
    }
}
