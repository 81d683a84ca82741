package dev.tablesmith.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.MigrationInfo;
import dev.tablesmith.runtime.TableColumn;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated table classes and migration catalogue describe the database the committed
 * migrations build: every table, every column with its SQL type and nullability, and every
 * migration Flyway applied.
 */
class GeneratedTablesTest {
    /** Every generated table class, nested ones (collection and join tables) included. */
    static final List<Class<?>> TABLE_CLASSES = List.of(ArticleTable.class, BookingTable.class, CategoryTable.class,
            InventoryTable.class, OrderItemTable.class, OrderTable.class, ProductTable.class,
            ProductTable.ProductCategories.class, RoomTable.class, UserPreferenceTable.class, UserTable.class,
            UserTable.UserRoles.class);

    static DataSource db;

    @BeforeAll
    static void migrate() {
        db = PostgresServer.shared().newDatabase("shop_generated");
        assertFalse(Migrations.migrate(db, ShopMigrationTest.MIGRATIONS).isEmpty());
    }

    @Test
    void everyTableAndColumnMatchesTheMigratedDatabase() throws Exception {
        Map<String, Map<String, String>> database = columns();
        Map<String, Map<String, String>> generated = new TreeMap<>();
        for (Class<?> table : TABLE_CLASSES) {
            String name = (String) table.getField("TABLE").get(null);
            Class<?> columns = Class.forName(table.getName() + "$Columns");
            Map<String, String> described = new TreeMap<>();
            List<String> all = new ArrayList<>();
            for (Object o : (List<?>) columns.getField("ALL").get(null)) {
                TableColumn<?> c = (TableColumn<?>) o;
                described.put(c.name(), normalize(c.sqlType()) + (c.nullable() ? " null" : " not null"));
                all.add(c.name());
                // each descriptor is named like its name constant, which holds the column's name
                assertEquals(c.name(), table.getField(constantOf(columns, c)).get(null),
                        name + "." + c.name());
            }
            generated.put(name, described);
            assertEquals(all.size(), described.size(), name + ": Columns.ALL names each column once");
            assertEquals(String.join(", ", all), table.getField("SELECT_LIST").get(null), name + ": SELECT_LIST");
        }
        assertEquals(database, generated);
    }

    @Test
    void theCatalogueListsWhatFlywayAppliedWithTheFilesChecksums() throws Exception {
        List<String> applied = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM " + Migrations.HISTORY_TABLE
                        + " WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        assertEquals(applied, TablesmithMigrations.MIGRATIONS.stream().map(MigrationInfo::version).toList());
        // the start-up check an application would make
        assertEquals(applied.get(applied.size() - 1), TablesmithMigrations.LATEST_VERSION);
        for (MigrationInfo m : TablesmithMigrations.MIGRATIONS) {
            byte[] file = Files.readAllBytes(ShopMigrationTest.MIGRATIONS.resolve(m.script()));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), m.sha256(),
                    m.script());
        }
        assertEquals("postgresql", TablesmithMigrations.DIALECT);
        assertEquals("db/migration", TablesmithMigrations.LOCATION);
    }

    @Test
    void schemaMdGivesEveryIndexTheReasonPostgresqlHasAsItsComment() throws Exception {
        String doc = Files.readString(ShopMigrationTest.MIGRATIONS.resolve("schema.md"));
        Map<String, String> comments = new TreeMap<>();
        String sql = "SELECT i.relname, obj_description(i.oid, 'pg_class') FROM pg_index x "
                + "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace "
                + "WHERE n.nspname = 'public' AND NOT x.indisprimary AND i.relname LIKE 'idx\\_%'";
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                comments.put(rs.getString(1), rs.getString(2));
            }
        }
        assertTrue(comments.size() >= 10, "indexes: " + comments);
        for (Map.Entry<String, String> index : comments.entrySet()) {
            assertTrue(index.getValue() != null, index.getKey() + " has no COMMENT ON INDEX");
            String row = doc.lines().filter(l -> l.startsWith("| `" + index.getKey() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError(index.getKey() + " is not in schema.md"));
            // | index | columns | reason | queries it serves |
            String[] cells = row.split(" \\| ");
            assertEquals(index.getValue().replace("|", "\\|"), cells[2], row + " vs " + index.getValue());
        }
        assertTrue(comments.values().stream().anyMatch(v -> v.startsWith("supports foreign key ")), comments.toString());
    }

    /** The name of the field of {@code Columns} that holds the descriptor. */
    private static String constantOf(Class<?> columns, TableColumn<?> descriptor) throws IllegalAccessException {
        for (java.lang.reflect.Field f : columns.getFields()) {
            if (f.getType() == TableColumn.class && f.get(null) == descriptor) {
                return f.getName();
            }
        }
        throw new AssertionError("no field holds " + descriptor.name());
    }

    /** table → column → "type null|not null", as PostgreSQL reports them. */
    private static Map<String, Map<String, String>> columns() throws SQLException {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        String sql = "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull "
                + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped "
                + "AND c.relname <> ?";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, Migrations.HISTORY_TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.computeIfAbsent(rs.getString(1), t -> new TreeMap<>()).put(rs.getString(2),
                            normalize(rs.getString(3)) + (rs.getBoolean(4) ? " not null" : " null"));
                }
            }
        }
        assertEquals(12, tables.size(), "tables in the database: " + new TreeSet<>(tables.keySet()));
        return tables;
    }

    /** Our type names and PostgreSQL's spelling of them, brought to one form. */
    private static String normalize(String type) {
        return type.toLowerCase(Locale.ROOT).replace("character varying", "varchar").replace(", ", ",")
                .replace("timestamp(6)", "timestamp");
    }
}
