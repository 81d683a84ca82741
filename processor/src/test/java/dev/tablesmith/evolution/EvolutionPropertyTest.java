package dev.tablesmith.evolution;

import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.Script;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The evolution engine, proven on PostgreSQL with random models and random evolution steps. For
 * every step of every try:
 * <ul>
 *   <li>rows are inserted first, and after the step's up scripts every one of them is still there
 *       with the values of the columns that survived;</li>
 *   <li>the database migrated step by step has exactly the catalog of a fresh database created from
 *       the same model in one go (tables, columns with type, nullability, default and comment, keys,
 *       foreign keys with ON DELETE, uniques, checks, indexes with comments, triggers, functions,
 *       sequences) — the catalog is compared, never the SQL text;</li>
 *   <li>the step's down scripts, run last first, give back exactly the catalog before the step; the
 *       up scripts then run again and the run goes on.</li>
 * </ul>
 *
 * <p>Counts: {@code -Dtablesmith.evolution.tries} (default 30) and
 * {@code -Dtablesmith.evolution.steps} (default 10, after the initial create): 300 evolution steps. The
 * seeds come from a fixed master seed, so every build runs the same tries;
 * {@code -Dtablesmith.evolution.master=random} (or another number) explores new ones. A failure
 * names its seed, and {@code -Dtablesmith.evolution.seed=<seed>} replays exactly that try.
 */
class EvolutionPropertyTest {
    private static final PostgresDialect DIALECT = new PostgresDialect();

    @TestFactory
    Stream<DynamicTest> randomEvolutionsMatchFreshCreatesAndUndo() {
        int steps = Integer.getInteger("tablesmith.evolution.steps", 10);
        String replay = System.getProperty("tablesmith.evolution.seed", "");
        long[] seeds;
        if (!replay.isBlank()) {
            seeds = new long[] {Long.parseLong(replay.trim())};
        } else {
            // the same tries on every build, so CI is repeatable; -Dtablesmith.evolution.master=random explores
            String master0 = System.getProperty("tablesmith.evolution.master", "20261202");
            Random master = master0.equals("random") ? new Random() : new Random(Long.parseLong(master0));
            seeds = new long[Integer.getInteger("tablesmith.evolution.tries", 30)];
            Arrays.setAll(seeds, i -> master.nextLong());
        }
        return Arrays.stream(seeds).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> run(seed, steps)));
    }

    private static void run(long seed, int steps) throws Exception {
        PostgresServer server = PostgresServer.shared();
        String chainName = server.createDatabase("evolution");
        String freshName = server.createDatabase("evolution_fresh");
        try {
            new Run(seed, server.dataSource(chainName), server.dataSource(freshName)).go(steps);
        } finally {
            drop(server, chainName);
            drop(server, freshName);
        }
    }

    /** One try: a seed, the database migrated step by step, and one created fresh at each step. */
    private static final class Run {
        final long seed;
        final DataSource chain;
        final DataSource fresh;
        final Random random;
        final Generator generator;
        final Rows rows;
        final List<String> history = new ArrayList<>();

        Run(long seed, DataSource chain, DataSource fresh) {
            this.seed = seed;
            this.chain = chain;
            this.fresh = fresh;
            this.random = new Random(seed);
            this.generator = new Generator(random);
            this.rows = new Rows(random);
        }

        void go(int steps) throws Exception {
            ModelSpec model = generator.initialModel();
            Snapshot snapshot = Snapshot.EMPTY;
            Generator.Step first = new Generator.Step(model, Renames.NONE, List.of("initial create"));
            ModelSpec current = new ModelSpec();
            Generator.Step step = first;
            // the catalog before a step is the one after the previous step (rows do not change it;
            // a re-applied up that differed would show in the next comparison with a fresh create)
            Catalog catalog = catalog(chain);
            for (int k = 0; k <= steps; k++) {
                if (k > 0) {
                    rows.insert(chain, current);
                    step = generator.nextStep(current, Rows.read(chain, current).tables());
                }
                history.add("step " + k + ": " + step.actions());
                snapshot = apply(k, snapshot, catalog, current, step);
                current = step.model();
                catalog = after;
            }
        }

        /** The catalog after the last step's up. */
        Catalog after;

        /** Runs one step with all its checks; returns the snapshot after it. */
        Snapshot apply(int k, Snapshot snapshot, Catalog before, ModelSpec previous, Generator.Step step)
                throws Exception {
            Schema target = step.model().toSchema();
            MigrationPlanner.Plan plan = MigrationPlanner.plan(snapshot, target, step.renames(), DIALECT,
                    Integer.toString(k + 1), null).orElseThrow(() -> failure(k, "the planner found no changes", null));
            try {
                Rows.Snapshot rowsBefore = Rows.read(chain, previous);

                up(chain, plan.scripts());
                expectNoLoss(k, "after the up scripts", rowsBefore, step, plan);
                after = catalog(chain);

                resetSchema(fresh);
                MigrationPlanner.Plan create = MigrationPlanner.plan(Snapshot.EMPTY, target, Renames.NONE, DIALECT,
                        "1", null).orElseThrow();
                up(fresh, create.scripts());
                expectSame(k, "migrated step by step", after, "created fresh", catalog(fresh), plan);

                if (!MigrationPlanner.changes(plan.next(), target, Renames.NONE).isEmpty()) {
                    throw failure(k, "the snapshot after the step still differs from the model: "
                            + MigrationPlanner.changes(plan.next(), target, Renames.NONE), plan);
                }

                down(chain, plan.scripts());
                expectSame(k, "after the down scripts", catalog(chain), "before the step", before, plan);

                up(chain, plan.scripts());
                expectNoLoss(k, "after up, down and up again", rowsBefore, step, plan);
            } catch (SQLException | IllegalStateException e) {
                throw failure(k, e.getMessage(), plan);
            }
            return plan.next();
        }

        void expectNoLoss(int k, String when, Rows.Snapshot before, Generator.Step step, MigrationPlanner.Plan plan)
                throws SQLException {
            List<String> lost = Rows.lost(before, Rows.read(chain, step.model()), step.renames(), step.model());
            if (!lost.isEmpty()) {
                throw failure(k, "rows changed " + when + ":\n  " + String.join("\n  ", lost), plan);
            }
        }

        void expectSame(int k, String leftName, Catalog left, String rightName, Catalog right, MigrationPlanner.Plan plan) {
            if (!left.equals(right)) {
                throw failure(k, "catalog " + leftName + " differs from " + rightName + ":\n"
                        + CatalogDiff.lines(leftName, left, rightName, right), plan);
            }
        }

        AssertionError failure(int k, String what, MigrationPlanner.Plan plan) {
            StringBuilder sb = new StringBuilder("step ").append(k).append(" of seed ").append(seed)
                    .append(" (replay: -Dtablesmith.evolution.seed=").append(seed)
                    .append(" -Dtablesmith.evolution.steps=").append(k).append("): ").append(what)
                    .append("\nhistory:\n  ").append(String.join("\n  ", history));
            if (plan != null) {
                for (Script s : plan.scripts()) {
                    sb.append("\n---- ").append(s.upFile()).append(s.transactional() ? "" : " (no transaction)")
                            .append('\n').append(s.up()).append("---- ").append(s.downFile()).append('\n').append(s.down());
                }
            }
            return new AssertionError(sb.toString());
        }
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

    private static Catalog catalog(DataSource db) {
        return Catalog.read(db);
    }

    private static void resetSchema(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    private static void drop(PostgresServer server, String database) {
        try (Connection c = server.admin().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("dropping " + database + " failed: " + e.getMessage());
        }
    }
}
