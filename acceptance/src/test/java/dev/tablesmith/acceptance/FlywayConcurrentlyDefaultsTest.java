package dev.tablesmith.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README says about Flyway's defaults, observed: with the transactional lock on (Flyway
 * 13's default), Tablesmith's non-transactional {@code CREATE INDEX CONCURRENTLY} version waits
 * for Flyway's own lock transaction and fails after {@code lock_timeout}; the versions before it
 * stay applied and an invalid index is left behind, which the version drops and builds again when
 * it runs again (with the lock off).
 */
class FlywayConcurrentlyDefaultsTest {
    @TempDir
    Path module;

    static final String USER = """
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.TableIndex;
            @Entity @Table(name = "users")
            %s
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 320) String email;
            %s}
            """;

    @Test
    void underFlywaysDefaultsTheConcurrentlyVersionFailsAfterTheLockTimeoutAndTheReadmeRecoveryWorks()
            throws Exception {
        Files.writeString(module.resolve("pom.xml"), "<project/>\n");
        Path src = Files.createDirectories(module.resolve("src/main/java/app"));
        Files.writeString(src.resolve("User.java"), USER.formatted("", ""));
        assertEquals(List.of(), Javac.compile(module, "20260101000000", "-Atablesmith.lockTimeout=2s"));
        Files.writeString(src.resolve("User.java"), USER.formatted("@TableIndex(columns = \"phone\")",
                "    @Column(length = 30) String phone;\n"));
        assertEquals(List.of(), Javac.compile(module, "20260102000000", "-Atablesmith.lockTimeout=2s"));
        Path folder = module.resolve("src/main/resources/db/migration");
        assertTrue(Files.readString(folder.resolve("V20260102000000.1__add_users_phone.sql"))
                .contains("SET lock_timeout = '2s';\n")
                && Files.readString(folder.resolve("V20260102000000.1__add_users_phone.sql"))
                .contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_phone ON users (phone);"));

        DataSource db = PostgresServer.shared().newDatabase("flyway_defaults");
        Flyway defaults = Flyway.configure().dataSource(db).locations("filesystem:" + folder).load();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> run = pool.submit(() -> defaults.migrate());
            ExecutionException failed = assertThrows(ExecutionException.class, () -> run.get(60, TimeUnit.SECONDS),
                    "under the defaults the CONCURRENTLY version fails (with lock_timeout; without it, it hangs)");
            SQLException cause = sqlCause(failed);
            assertEquals("55P03", cause.getSQLState(), cause.getMessage()); // canceling statement due to lock timeout
        } finally {
            pool.shutdownNow();
        }
        // the versions before it stay applied, and the failed build left an invalid index behind
        assertEquals(List.of("20260101000000 true", "20260102000000 true"),
                rows(db, "SELECT version || ' ' || success FROM flyway_schema_history ORDER BY installed_rank"));
        assertEquals(List.of("phone"), rows(db, "SELECT column_name FROM information_schema.columns "
                + "WHERE table_name = 'users' AND column_name = 'phone'"));
        assertEquals(List.of("false"), rows(db, INDEX_VALID));

        // running it again with the lock fixed drops the invalid index and builds it again (issue 12)
        assertEquals(List.of("20260102000000.1"), Migrations.migrate(db, folder));
        assertEquals(List.of("true"), rows(db, INDEX_VALID));
    }

    static final String INDEX_VALID = "SELECT i.indisvalid::text FROM pg_index i JOIN pg_class c "
            + "ON c.oid = i.indexrelid WHERE c.relname = 'idx_users_phone'";

    static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("no SQLException in " + t, t);
    }

    static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> rows(DataSource db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
