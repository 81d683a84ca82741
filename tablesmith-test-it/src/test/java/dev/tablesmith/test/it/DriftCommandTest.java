package dev.tablesmith.test.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.test.Drift;
import dev.tablesmith.test.SchemaCheck;
import dev.tablesmith.test.snapshot.Snapshot;
import dev.tablesmith.test.snapshot.SnapshotReader;
import dev.tablesmith.testkit.Migrations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The drift command on the three engines: its exit codes (0 clean, 1 drift, 2 usage or connection
 * error), and that it cannot write: its connection refuses every write, and the check issues
 * nothing but catalog reads.
 */
class DriftCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run drift(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Drift.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Target.Database migrated(Target target) {
        Target.Database db = target.newDatabase("drift");
        Migrations.migrate(db.dataSource(), AccountsHistory.folder(target));
        return db;
    }

    private static String snapshot(Target target) {
        return AccountsHistory.folder(target).resolve(Snapshot.FILE_NAME).toString();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void zeroWhenCleanOneOnDrift(Target target) {
        Target.Database db = migrated(target);
        Run clean = drift("--url", db.url(), "--snapshot", snapshot(target), "--dialect", target.dialect);
        assertEquals(new Run(0, "No drift: the database matches " + snapshot(target) + " (2 tables).\n", ""), clean);

        Sql.run(db.dataSource(), "ALTER TABLE users ADD COLUMN fax VARCHAR(30)");
        Run drifted = drift("--url", db.url(), "--snapshot", AccountsHistory.folder(target).toString());
        assertEquals(new Run(1, "Drift: the database does not match " + AccountsHistory.folder(target)
                + " (1 difference):\n  users.fax: column not in snapshot\n", ""), drifted);

        // another history table named: Flyway's is then part of the schema, and drift
        Run history = drift("--url", db.url(), "--snapshot", snapshot(target), "--history-table", "schema_version");
        assertEquals(1, history.code());
        assertTrue(history.out().contains("\n  table flyway_schema_history: not in snapshot\n"), history.out());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void twoOnUsageAndConnectionErrors(Target target) {
        Target.Database db = migrated(target);
        Run noSnapshot = drift("--url", db.url());
        assertEquals(2, noSnapshot.code());
        assertTrue(noSnapshot.err().startsWith("Drift: --url and --snapshot are required\nusage: Drift --url"), noSnapshot.err());

        Run unknown = drift("--url", db.url(), "--snapshot", snapshot(target), "--force");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("Drift: unknown argument --force\n"), unknown.err());

        Run missingFile = drift("--url", db.url(), "--snapshot", "no/such/tablesmith-snapshot.json");
        assertEquals(2, missingFile.code());
        assertTrue(missingFile.err().startsWith("Drift: no snapshot file "), missingFile.err());

        Target other = target == Target.POSTGRESQL ? Target.SQLITE : Target.POSTGRESQL;
        Run wrongDialect = drift("--url", db.url(), "--snapshot", snapshot(target), "--dialect", other.dialect);
        assertEquals(2, wrongDialect.code());
        assertTrue(wrongDialect.err().contains(", not " + other.dialect + " (--dialect)"), wrongDialect.err());

        String unreachable = switch (target) {
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:1/nothing?user=x&password=secret";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:1/nothing?user=x&password=secret";
            case SQLITE -> "jdbc:sqlite:/nonexistent/dir/nothing.db"; // read-only opening creates nothing
        };
        Run noConnection = drift("--url", unreachable, "--snapshot", snapshot(target));
        assertEquals(2, noConnection.code(), noConnection.toString());
        assertTrue(noConnection.err().startsWith("Drift: cannot read the database at "), noConnection.err());
        assertTrue(!noConnection.err().contains("secret"), "the password is not printed: " + noConnection.err());
    }

    /** The drift command's connection cannot change the database, not even a table of its own. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void itsConnectionRefusesEveryWrite(Target target) throws SQLException {
        Target.Database db = migrated(target);
        for (String write : List.of("CREATE TABLE intruder (id INTEGER)", "INSERT INTO users (email, name) VALUES ('a@b.c', 'A')",
                "DROP TABLE user_preferences", "ALTER TABLE users ADD COLUMN fax VARCHAR(30)")) {
            try (Connection c = Drift.connect(db.url(), null, null); Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.execute(write), target + " let the drift connection run " + write);
            }
        }
        assertEquals(List.of(), SchemaCheck.of(db.dataSource()).migrations(AccountsHistory.folder(target)).differences());
        assertEquals("0", count(db, "users"));
    }

    /** Every statement the check issues, on a drifted database (so that PostgreSQL also compares with EXPLAIN), is a read. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void theCheckIssuesOnlyCatalogReads(Target target) throws Exception {
        Target.Database db = migrated(target);
        Sql.run(db.dataSource(), target == Target.MARIADB ? "DROP INDEX idx_users_phone ON users" : "DROP INDEX idx_users_phone");
        Snapshot snapshot = SnapshotReader.read(Files.readString(Path.of(snapshot(target))));
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        List<String> differences;
        try (Connection c = Drift.connect(db.url(), null, null)) {
            differences = SchemaCheck.differences(recording(c, statements), snapshot, Set.of(SchemaCheck.FLYWAY_HISTORY));
            c.rollback();
        }
        assertEquals(List.of("index idx_users_phone on users: missing in database"), differences);
        Pattern read = Pattern.compile("(?s)\\s*(SELECT|EXPLAIN \\(VERBOSE, COSTS OFF, FORMAT JSON\\) SELECT"
                + "|PRAGMA (table_info|foreign_key_list|index_list|index_xinfo)\\().*");
        assertTrue(statements.size() > 5, statements.toString());
        for (String sql : statements) {
            assertTrue(read.matcher(sql).matches(), target + " issued " + sql);
        }
        if (target == Target.POSTGRESQL) {
            assertTrue(statements.stream().anyMatch(s -> s.startsWith("EXPLAIN")), "the checks' text differs from PostgreSQL's");
        }
    }

    /**
     * PostgreSQL refuses the snapshot's check (its column was renamed): inside the drift command's
     * read-only transaction that EXPLAIN fails, is rolled back to its savepoint, and the check is
     * reported as different while the rest of the comparison goes on.
     */
    @org.junit.jupiter.api.Test
    void anExpressionThePostgresqlServerRefusesIsADifference() {
        Target.Database db = migrated(Target.POSTGRESQL);
        Sql.run(db.dataSource(), "ALTER TABLE users RENAME COLUMN name TO full_name");
        Run run = drift("--url", db.url(), "--snapshot", snapshot(Target.POSTGRESQL));
        assertEquals(new Run(1, "Drift: the database does not match " + snapshot(Target.POSTGRESQL) + " (3 differences):\n"
                + "  users.full_name: column not in snapshot\n"
                + "  users.name: column missing in database\n"
                + "  check users_name_not_blank on users: trim(name) <> '' (snapshot) vs trim(both from full_name) <> '' (database)\n",
                ""), run);
    }

    /** The connection, recording the SQL of every statement it prepares or executes. */
    private static Connection recording(Connection c, List<String> statements) {
        return proxy(Connection.class, c, (method, args) -> {
            if ((method.equals("prepareStatement") || method.equals("prepareCall") || method.equals("nativeSQL"))
                    && args != null && args[0] instanceof String sql) {
                statements.add(sql);
            }
        }, statements);
    }

    interface Recorder {
        void record(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Recorder recorder, List<String> statements) {
        return (T) Proxy.newProxyInstance(DriftCommandTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            recorder.record(m.getName(), args);
            if (type == Statement.class && m.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
                statements.add(sql);
            }
            try {
                Object result = m.invoke(target, args);
                if (result instanceof Statement s && m.getName().equals("createStatement")) {
                    return proxy(Statement.class, s, (n, a) -> { }, statements);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static String count(Target.Database db, String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
