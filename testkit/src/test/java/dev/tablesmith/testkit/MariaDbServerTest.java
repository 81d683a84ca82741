package dev.tablesmith.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MariaDbServerTest {

    @Test
    void sharedServerCreatesIsolatedDatabases() throws Exception {
        MariaDbServer mdb = MariaDbServer.shared();
        DataSource a = mdb.newDatabase("iso");
        DataSource b = mdb.newDatabase("iso");
        try (Connection c = a.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t (id int primary key)");
            ResultSet rs = s.executeQuery("select database(), version()");
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("iso_"), rs.getString(1));
            assertTrue(rs.getString(2).startsWith("11.4"), rs.getString(2));
        }
        try (Connection c = b.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = database()");
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
