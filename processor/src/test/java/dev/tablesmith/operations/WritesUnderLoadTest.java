package dev.tablesmith.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The safe forms under load, measured like a benchmark (printed figures, no timing assertion beyond
 * the ordering): a table filled with {@code -Dtablesmith.load.rows} rows (200,000 by default, so
 * {@code mvn verify} stays well under a minute; the README's figures come from a long run with
 * millions), a writer that inserts and updates continuously, and for each change its plain,
 * blocking form and its safe form as Tablesmith writes it (the statements of the goldens), while the
 * writer's longest stall (its slowest single statement) is recorded. The test asserts only that,
 * over all changes, the safe forms stall the writer far less than the plain ones (a generous
 * margin: a third), and that each safe form stalls it less than its plain form does.
 */
class WritesUnderLoadTest {
    static final int ROWS = Integer.getInteger("tablesmith.load.rows", 200_000);

    /** One change: how to apply it plainly, how Tablesmith applies it, and how to take it back. */
    record Change(String name, List<String> plain, List<String> safe, List<String> undo) {}

    static final List<Change> CHANGES = List.of(
            new Change("index", List.of("CREATE INDEX idx_items_n ON items (n)"),
                    List.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_items_n ON items (n)"),
                    List.of("DROP INDEX IF EXISTS idx_items_n")),
            new Change("unique", List.of("ALTER TABLE items ADD CONSTRAINT items_code_unique UNIQUE (code)"),
                    List.of("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS items_code_unique ON items (code)",
                            "ALTER TABLE items ADD CONSTRAINT items_code_unique UNIQUE USING INDEX items_code_unique"),
                    List.of("ALTER TABLE items DROP CONSTRAINT IF EXISTS items_code_unique")),
            new Change("foreign key", List.of("ALTER TABLE items ADD CONSTRAINT items_owner_id_fkey "
                    + "FOREIGN KEY (owner_id) REFERENCES owners (id)"),
                    List.of("ALTER TABLE items ADD CONSTRAINT items_owner_id_fkey FOREIGN KEY (owner_id) "
                            + "REFERENCES owners (id) NOT VALID",
                            "ALTER TABLE items VALIDATE CONSTRAINT items_owner_id_fkey"),
                    List.of("ALTER TABLE items DROP CONSTRAINT IF EXISTS items_owner_id_fkey")),
            new Change("check", List.of("ALTER TABLE items ADD CONSTRAINT items_n_non_negative CHECK (n >= 0)"),
                    List.of("ALTER TABLE items ADD CONSTRAINT items_n_non_negative CHECK (n >= 0) NOT VALID",
                            "ALTER TABLE items VALIDATE CONSTRAINT items_n_non_negative"),
                    List.of("ALTER TABLE items DROP CONSTRAINT IF EXISTS items_n_non_negative")),
            new Change("SET NOT NULL", List.of("ALTER TABLE items ALTER COLUMN label SET NOT NULL"),
                    List.of("ALTER TABLE items ADD CONSTRAINT items_label_not_null CHECK (label IS NOT NULL) NOT VALID",
                            "ALTER TABLE items VALIDATE CONSTRAINT items_label_not_null",
                            "ALTER TABLE items ALTER COLUMN label SET NOT NULL",
                            "ALTER TABLE items DROP CONSTRAINT IF EXISTS items_label_not_null"),
                    List.of("ALTER TABLE items ALTER COLUMN label DROP NOT NULL")),
            // plain: a volatile default rewrites the table; Tablesmith's column default is a constant (catalog only)
            new Change("add column with default", List.of("ALTER TABLE items ADD COLUMN flag BOOLEAN "
                    + "DEFAULT (random() < 2)"),
                    List.of("ALTER TABLE items ADD COLUMN flag BOOLEAN DEFAULT true"),
                    List.of("ALTER TABLE items DROP COLUMN IF EXISTS flag")),
            // plain: INTEGER to BIGINT rewrites the table; the widening table-rewrite lets pass is catalog only
            new Change("type widening", List.of("ALTER TABLE items ALTER COLUMN n TYPE BIGINT"),
                    List.of("ALTER TABLE items ALTER COLUMN code TYPE VARCHAR(80)"),
                    List.of("ALTER TABLE items ALTER COLUMN n TYPE INTEGER",
                            "ALTER TABLE items ALTER COLUMN code TYPE VARCHAR(40)")));

    @Test
    void safeFormsKeepWritesFlowing() throws Exception {
        DataSource db = PostgresServer.shared().newDatabase("load");
        fill(db);
        List<long[]> stalls = new ArrayList<>(); // per change: plain ms, safe ms
        try (Writer writer = new Writer(db)) {
            writer.measure(); // warm-up
            Thread.sleep(500);
            writer.measure();
            for (Change change : CHANGES) {
                long plain = stall(db, writer, change.plain());
                run(db, change.undo());
                long safe = stall(db, writer, change.safe());
                run(db, change.undo());
                stalls.add(new long[] {plain, safe});
            }
        }
        StringBuilder table = new StringBuilder("\n| change | plain form's stall | safe form's stall |\n| --- | ---: | ---: |\n");
        long plainTotal = 0;
        long safeTotal = 0;
        for (int i = 0; i < CHANGES.size(); i++) {
            table.append("| ").append(CHANGES.get(i).name()).append(" | ").append(stalls.get(i)[0]).append(" ms | ")
                    .append(stalls.get(i)[1]).append(" ms |\n");
            plainTotal += stalls.get(i)[0];
            safeTotal += stalls.get(i)[1];
        }
        System.out.println("Writer's longest stall, " + ROWS + " rows (lock_timeout 5s):" + table);
        for (int i = 0; i < CHANGES.size(); i++) {
            assertTrue(stalls.get(i)[1] < stalls.get(i)[0], CHANGES.get(i).name() + ": safe stalls less" + table);
        }
        assertTrue(safeTotal * 3 < plainTotal, "the safe forms stall the writer far less" + table);
    }

    private static void fill(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE owners (id BIGINT PRIMARY KEY)");
            s.execute("INSERT INTO owners SELECT g FROM generate_series(1, 1000) g");
            s.execute("CREATE TABLE items (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, owner_id BIGINT, "
                    + "n INTEGER, code VARCHAR(40), label VARCHAR(40), created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            s.execute("INSERT INTO items (owner_id, n, code, label) SELECT 1 + g % 1000, g % 5000, 'c' || g, "
                    + "'label ' || g FROM generate_series(1, " + ROWS + ") g");
            s.execute("VACUUM ANALYZE items");
        }
    }

    /** Applies the statements one by one in autocommit, as Flyway runs a script outside a transaction. */
    private static long stall(DataSource db, Writer writer, List<String> statements) throws Exception {
        writer.measure();
        run(db, statements);
        Thread.sleep(200); // the writer's statement that waited finishes and is counted
        return writer.measure();
    }

    private static void run(DataSource db, List<String> statements) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = '5s'");
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Inserts and updates rows without pause; {@link #measure} returns the slowest statement since the last call. */
    static final class Writer implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong slowestNanos = new AtomicLong();
        private final AtomicLong startedNanos = new AtomicLong();
        private final Thread thread;
        private volatile Exception failure;

        Writer(DataSource db) {
            thread = new Thread(() -> {
                try (Connection c = db.getConnection();
                        PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO items (owner_id, n, code, label) VALUES (?, ?, ?, ?)");
                        PreparedStatement update = c.prepareStatement("UPDATE items SET n = n + 1 WHERE id = ?")) {
                    long k = 0;
                    while (running.get()) {
                        k++;
                        long start = System.nanoTime();
                        startedNanos.set(start);
                        insert.setLong(1, 1 + k % 1000);
                        insert.setInt(2, (int) (k % 5000));
                        insert.setString(3, "w" + k + "-" + ThreadLocalRandom.current().nextLong());
                        insert.setString(4, "written " + k);
                        insert.executeUpdate();
                        update.setLong(1, 1 + ThreadLocalRandom.current().nextInt(ROWS));
                        update.executeUpdate();
                        startedNanos.set(0);
                        slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                    }
                } catch (SQLException e) {
                    failure = e;
                }
            }, "load-writer");
            thread.start();
        }

        /** The slowest insert-and-update since the last call, in ms (one still waiting counts as far as it got). */
        long measure() {
            if (failure != null) {
                throw new IllegalStateException("the writer failed", failure);
            }
            long waiting = startedNanos.get() == 0 ? 0 : System.nanoTime() - startedNanos.get();
            return Math.max(slowestNanos.getAndSet(0), waiting) / 1_000_000;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }
    }
}
