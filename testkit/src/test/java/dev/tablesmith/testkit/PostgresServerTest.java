package dev.tablesmith.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void sharedServerCreatesIsolatedDatabases() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        assertEquals(pg, PostgresServer.shared());
        DataSource a = pg.newDatabase("Iso-Test");
        DataSource b = pg.newDatabase("Iso-Test");
        try (Connection c = a.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t (id int)");
            ResultSet rs = s.executeQuery("select current_database(), current_setting('server_version_num')::int");
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("iso_test_"), rs.getString(1));
            assertTrue(rs.getInt(2) >= 170000);
        }
        try (Connection c = b.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select count(*) from pg_tables where tablename = 't'");
            rs.next();
            assertEquals(0, rs.getInt(1));
            rs = s.executeQuery("select current_database()");
            rs.next();
            assertNotEquals(pg.jdbcUrl("x"), rs.getString(1));
        }
    }

    /**
     * The fallback used as root when {@code unshare -U} is unavailable: binaries extracted under /tmp,
     * run as uid 65534 via setpriv. Only meaningful (and only possible) as root.
     */
    @Test
    void setprivFallbackWorksAsRoot() throws Exception {
        if (PostgresServer.Uid.current() != 0) {
            assertEquals(PostgresServer.Mode.ZONKY, PostgresServer.chooseMode());
            return;
        }
        try (PostgresServer pg = PostgresServer.start(PostgresServer.Mode.SETPRIV)) {
            assertEquals(PostgresServer.Mode.SETPRIV, pg.mode());
            DataSource ds = pg.newDatabase("setpriv");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("select current_user, current_setting('data_directory')");
                rs.next();
                assertEquals("postgres", rs.getString(1));
                assertTrue(rs.getString(2).startsWith("/tmp/tablesmith-pg-"), rs.getString(2));
                s.execute("create table t (id int primary key)");
            }
            assertEquals(1, Catalog.read(ds).tables().size());
        }
    }
}
