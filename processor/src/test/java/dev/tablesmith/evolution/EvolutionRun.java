package dev.tablesmith.evolution;

import dev.tablesmith.evolution.ModelSpec.TableSpec;
import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.Script;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.Migrations;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;

/**
 * One random evolution try on a database other than PostgreSQL, with the checks of
 * {@link PostgresEvolutionPropertyTest}: for every step rows go in, the planned up scripts keep them, the
 * catalog equals a fresh create's, the downs give back the catalog before the step, and the ups
 * run again keeping the rows. The generator makes only what the target's dialect writes as
 * declared. Besides, the catalog read after each up must show every table and column of the
 * model, so the comparisons cannot pass by comparing two empty readings.
 */
final class EvolutionRun {
    /** The two databases of a try: the one migrated step by step and one re-created for each step. */
    interface Databases extends AutoCloseable {
        DataSource chain();

        /** An empty database for the fresh create of this step (the previous one may be gone). */
        DataSource emptyFresh() throws Exception;

        @Override
        void close();
    }

    /**
     * The tries of one target as dynamic tests: {@code -Dtablesmith.evolution.<name>.tries},
     * {@code .steps}, {@code .master} ({@code random} explores) and {@code .seed} (replays one).
     */
    static Stream<DynamicTest> tries(String name, int defaultTries, int defaultSteps, long defaultMaster,
            Target target, java.util.function.Supplier<Databases> databases) {
        String prefix = "tablesmith.evolution." + name + ".";
        int steps = Integer.getInteger(prefix + "steps", defaultSteps);
        String replay = System.getProperty(prefix + "seed", "");
        long[] seeds;
        if (!replay.isBlank()) {
            seeds = new long[] {Long.parseLong(replay.trim())};
        } else {
            String master0 = System.getProperty(prefix + "master", Long.toString(defaultMaster));
            Random master = master0.equals("random") ? new Random() : new Random(Long.parseLong(master0));
            seeds = new long[Integer.getInteger(prefix + "tries", defaultTries)];
            Arrays.setAll(seeds, i -> master.nextLong());
        }
        return Arrays.stream(seeds).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            try (Databases dbs = databases.get()) {
                new EvolutionRun(prefix, seed, target, dbs).go(steps);
            }
        }));
    }

    private final String prefix;
    private final long seed;
    private final Target target;
    private final Databases dbs;
    private final DataSource chain;
    private final Generator generator;
    private final Rows rows;
    private final List<String> history = new ArrayList<>();
    /** Every script the try planned, for the outside judge ({@link Target#judge}). */
    private final List<Script> planned = new ArrayList<>();
    /** The catalog after the last step's up. */
    private Catalog after;

    private EvolutionRun(String prefix, long seed, Target target, Databases dbs) {
        this.prefix = prefix;
        this.seed = seed;
        this.target = target;
        this.dbs = dbs;
        this.chain = dbs.chain();
        Random random = new Random(seed);
        this.generator = new Generator(random, target);
        this.rows = new Rows(random, target);
    }

    private void go(int steps) throws Exception {
        Snapshot snapshot = Snapshot.EMPTY;
        Generator.Step step = new Generator.Step(generator.initialModel(), Renames.NONE, List.of("initial create"));
        ModelSpec current = new ModelSpec();
        Catalog catalog = Catalog.read(chain);
        for (int k = 0; k <= steps; k++) {
            if (k > 0) {
                rows.insert(chain, current);
                step = generator.nextStep(current, Rows.read(chain, current, target).tables());
            }
            history.add("step " + k + ": " + step.actions());
            snapshot = apply(k, snapshot, catalog, current, step);
            current = step.model();
            catalog = after;
        }
        List<String> findings = target.judge(planned);
        if (!findings.isEmpty()) {
            throw failure(steps, "squawk reports on the planned migrations:\n  " + String.join("\n  ", findings), null);
        }
    }

    private Snapshot apply(int k, Snapshot snapshot, Catalog before, ModelSpec previous, Generator.Step step)
            throws Exception {
        Schema target = step.model().toSchema();
        MigrationPlanner.Plan plan = MigrationPlanner.plan(snapshot, target, step.renames(), this.target.dialect,
                Integer.toString(k + 1), null, this.target.safety)
                .orElseThrow(() -> failure(k, "the planner found no changes", null));
        planned.addAll(plan.scripts());
        try {
            Rows.Snapshot rowsBefore = Rows.read(chain, previous, this.target);

            up(chain, plan.scripts());
            expectNoLoss(k, "after the up scripts", rowsBefore, step, plan);
            after = Catalog.read(chain);
            expectModelShown(k, after, step.model(), plan);

            DataSource fresh = dbs.emptyFresh();
            MigrationPlanner.Plan create = MigrationPlanner.plan(Snapshot.EMPTY, target, Renames.NONE,
                    this.target.dialect, "1", null).orElseThrow();
            up(fresh, create.scripts());
            expectSame(k, "migrated step by step", after, "created fresh", Catalog.read(fresh), plan);

            if (!MigrationPlanner.changes(plan.next(), target, Renames.NONE).isEmpty()) {
                throw failure(k, "the snapshot after the step still differs from the model: "
                        + MigrationPlanner.changes(plan.next(), target, Renames.NONE), plan);
            }

            down(chain, plan.scripts());
            expectSame(k, "after the down scripts", Catalog.read(chain), "before the step", before, plan);

            up(chain, plan.scripts());
            expectNoLoss(k, "after up, down and up again", rowsBefore, step, plan);
        } catch (SQLException | IllegalStateException e) {
            throw failure(k, e.getMessage(), plan);
        }
        return plan.next();
    }

    /** Every table of the model with exactly its columns, and its foreign keys, in what was read. */
    private void expectModelShown(int k, Catalog catalog, ModelSpec model, MigrationPlanner.Plan plan) {
        for (TableSpec t : model.tables) {
            Catalog.Table read = catalog.table(t.name).orElseThrow(() -> failure(k, "the catalog read has no table "
                    + t.name + ":\n" + catalog, plan));
            Set<String> expected = new TreeSet<>(Set.of("id"));
            t.columns.forEach(c -> expected.add(c.name));
            Set<String> columns = read.columns().stream().map(Catalog.Column::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!columns.equals(expected) || read.foreignKeys().size() != t.fks.size()) {
                throw failure(k, "the catalog read shows " + t.name + " as " + columns + " with "
                        + read.foreignKeys().size() + " foreign keys, the model has " + expected + " with "
                        + t.fks.size(), plan);
            }
        }
    }

    private void expectNoLoss(int k, String when, Rows.Snapshot before, Generator.Step step, MigrationPlanner.Plan plan)
            throws SQLException {
        List<String> lost = Rows.lost(before, Rows.read(chain, step.model(), target), step.renames(), step.model());
        if (!lost.isEmpty()) {
            throw failure(k, "rows changed " + when + ":\n  " + String.join("\n  ", lost), plan);
        }
    }

    private void expectSame(int k, String leftName, Catalog left, String rightName, Catalog right,
            MigrationPlanner.Plan plan) {
        if (!left.equals(right)) {
            throw failure(k, "catalog " + leftName + " differs from " + rightName + ":\n"
                    + CatalogDiff.lines(leftName, left, rightName, right), plan);
        }
    }

    private AssertionError failure(int k, String what, MigrationPlanner.Plan plan) {
        StringBuilder sb = new StringBuilder("step ").append(k).append(" of seed ").append(seed)
                .append(" (replay: -D").append(prefix).append("seed=").append(seed)
                .append(" -D").append(prefix).append("steps=").append(k).append("): ").append(what)
                .append("\nhistory:\n  ").append(String.join("\n  ", history));
        if (plan != null) {
            for (Script s : plan.scripts()) {
                sb.append("\n---- ").append(s.upFile()).append(s.transactional() ? "" : " (no transaction)")
                        .append('\n').append(s.up()).append("---- ").append(s.downFile()).append('\n').append(s.down());
            }
        }
        return new AssertionError(sb.toString());
    }

    private static void up(DataSource db, List<Script> scripts) {
        for (Script s : scripts) {
            Migrations.execute(db, s.up(), s.transactional());
        }
    }

    private static void down(DataSource db, List<Script> scripts) {
        for (int i = scripts.size() - 1; i >= 0; i--) {
            Migrations.execute(db, scripts.get(i).down(), scripts.get(i).transactional());
        }
    }
}
