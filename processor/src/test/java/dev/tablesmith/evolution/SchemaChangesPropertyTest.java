package dev.tablesmith.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.diff.SchemaChanges;
import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.Safety;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link SchemaChanges} is the inverse view of the differ: a dialect that must restate a whole
 * table (SQLite's rebuild, MySQL's MODIFY COLUMN) learns the table from it at every change of a
 * script. So for random evolution steps (the property test's generator, no database needed):
 * applying a migration's changes to the schema before it gives the model, and applying the
 * reversed changes to the model gives the schema before it, with and without the safe forms.
 */
class SchemaChangesPropertyTest {
    private static final PostgresDialect DIALECT = new PostgresDialect();

    @TestFactory
    Stream<DynamicTest> changesReplayedOnTheSchemaGiveTheModelAndBack() {
        Random master = new Random(Long.getLong("tablesmith.schemachanges.seed", 20261202L));
        long[] seeds = new long[Integer.getInteger("tablesmith.schemachanges.tries", 60)];
        Arrays.setAll(seeds, i -> master.nextLong());
        return Arrays.stream(seeds).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> run(seed, 12)));
    }

    private static void run(long seed, int steps) {
        Generator generator = new Generator(new Random(seed));
        List<String> history = new ArrayList<>();
        Generator.Step step = new Generator.Step(generator.initialModel(), Renames.NONE, List.of("initial create"));
        Snapshot snapshot = Snapshot.EMPTY;
        for (int k = 0; k <= steps; k++) {
            if (k > 0) {
                step = generator.nextStep(step.model(), Map.of());
            }
            history.add("step " + k + ": " + step.actions());
            Schema target = step.model().toSchema();
            Snapshot before = snapshot;
            Snapshot next = null;
            for (Safety.Settings settings : List.of(Safety.Settings.PLAIN, Safety.Settings.safe("5s"))) {
                var planned = MigrationPlanner.plan(before, target, step.renames(), DIALECT,
                        Integer.toString(k + 1), null, settings);
                if (planned.isEmpty()) {
                    // a step that only moves a column (dropped and added back) is no change to the differ
                    next = before;
                    continue;
                }
                MigrationPlanner.Plan plan = planned.get();
                String where = "seed " + seed + ", " + settings + "\n" + String.join("\n", history) + "\nchanges: "
                        + plan.changes().stream().map(Change::description).toList();

                Schema up = SchemaChanges.apply(before.schema(), plan.changes());
                assertEquals(List.of(), describe(MigrationPlanner.changes(new Snapshot(List.of(), up), target,
                        Renames.NONE)), "the up changes replayed on the schema before do not give the model; " + where);

                List<Change> reversed = new ArrayList<>(plan.changes().stream().map(Change::reverse).toList());
                Collections.reverse(reversed);
                Schema down = SchemaChanges.apply(target, reversed);
                assertEquals(List.of(), describe(MigrationPlanner.changes(new Snapshot(List.of(), down),
                        before.schema(), Renames.NONE)),
                        "the down changes replayed on the model do not give the schema before; " + where);
                next = plan.next();
            }
            snapshot = next;
        }
    }

    private static List<String> describe(List<Change> changes) {
        return changes.stream().map(Change::description).toList();
    }
}
