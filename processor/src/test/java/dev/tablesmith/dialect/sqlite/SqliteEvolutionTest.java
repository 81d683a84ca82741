package dev.tablesmith.dialect.sqlite;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.CompiledClasses;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import dev.tablesmith.testkit.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities that evolve step by step, several steps needing SQLite's table rebuild, compiled with
 * {@code tablesmith.dialect=sqlite} into one migration folder. Before each step rows go in; then
 * on a real SQLite file with foreign keys on: the step up (Flyway), its downs in reverse (the
 * catalog and the rows are those from before the step), and up again (the catalog after the first
 * up). After every run no foreign key is broken ({@code PRAGMA foreign_key_check} is empty), foreign
 * keys are still enforced, the {@code updated_at} trigger still fires, and Hibernate validates.
 */
class SqliteEvolutionTest {
    static final String OLD = "2000-01-01 00:00:00.000";

    @TempDir
    Path dir;

    /** The customers and orders entities of one step. */
    record Model(int emailLength, boolean emailIndex, boolean nicknameNotNull, String phone, boolean legacyDeprecated,
            boolean legacyDropped, boolean orderForeignKey) {
        Model next(java.util.function.UnaryOperator<Model> f) {
            return f.apply(this);
        }

        JavaFileObject[] sources() {
            String customer = """
                    package app;
                    import dev.tablesmith.annotations.Default;
                    import dev.tablesmith.annotations.RenamedFrom;
                    import jakarta.persistence.*;
                    import java.time.Instant;
                    import org.hibernate.annotations.CreationTimestamp;
                    import org.hibernate.annotations.UpdateTimestamp;
                    @Entity @Table(name = "customers"%s)
                    public class Customer {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false, length = %d) String email;
                        %s
                        %s
                        %s
                        @CreationTimestamp @Column(nullable = false, updatable = false) Instant createdAt;
                        @UpdateTimestamp @Column(nullable = false) Instant updatedAt;
                    }
                    """.formatted(emailIndex ? ", indexes = @Index(columnList = \"email\")" : "", emailLength,
                    nicknameNotNull ? "@Default(\"'anon'\") @Column(nullable = false, length = 40) String nickname;"
                            : "@Column(length = 40) String nickname;",
                    phone == null ? "" : phone.equals("mobile")
                            ? "@RenamedFrom(\"phone\") @Column(length = 20) String mobile;"
                            : "@Column(length = 20) String phone;",
                    legacyDropped ? "" : (legacyDeprecated ? "@Deprecated " : "") + "@Column(length = 10) String legacyCode;");
            String order = """
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "orders")
                    public class Order {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false) long totalCents;
                        %s
                    }
                    """.formatted(orderForeignKey ? "@ManyToOne @JoinColumn(name = \"customer_id\") Customer customer;"
                    : "@Column(name = \"customer_id\") Long customerId;");
            return new JavaFileObject[] {source(customer), source(order)};
        }
    }

    record Step(String name, Model model, Set<String> lostColumns) {}

    @Test
    void upDownUpKeepsCatalogRowsAndForeignKeys() throws Exception {
        Model base = new Model(100, false, false, null, false, false, false);
        Model withPhone = base.next(m -> new Model(m.emailLength(), m.emailIndex(), m.nicknameNotNull(), "phone",
                m.legacyDeprecated(), m.legacyDropped(), m.orderForeignKey()));
        Model indexed = withPhone.next(m -> new Model(m.emailLength(), true, m.nicknameNotNull(), m.phone(),
                m.legacyDeprecated(), m.legacyDropped(), m.orderForeignKey()));
        Model notNull = indexed.next(m -> new Model(m.emailLength(), m.emailIndex(), true, m.phone(),
                m.legacyDeprecated(), m.legacyDropped(), m.orderForeignKey()));
        Model longer = notNull.next(m -> new Model(200, m.emailIndex(), m.nicknameNotNull(), m.phone(),
                m.legacyDeprecated(), m.legacyDropped(), m.orderForeignKey()));
        Model foreignKey = longer.next(m -> new Model(m.emailLength(), m.emailIndex(), m.nicknameNotNull(), m.phone(),
                m.legacyDeprecated(), m.legacyDropped(), true));
        Model renamed = foreignKey.next(m -> new Model(m.emailLength(), m.emailIndex(), m.nicknameNotNull(), "mobile",
                m.legacyDeprecated(), m.legacyDropped(), m.orderForeignKey()));
        Model deprecated = renamed.next(m -> new Model(m.emailLength(), m.emailIndex(), m.nicknameNotNull(), m.phone(),
                true, m.legacyDropped(), m.orderForeignKey()));
        Model dropped = deprecated.next(m -> new Model(m.emailLength(), m.emailIndex(), m.nicknameNotNull(), m.phone(),
                m.legacyDeprecated(), true, m.orderForeignKey()));
        List<Step> steps = List.of(
                new Step("add_column", withPhone, Set.of()),
                new Step("add_index", indexed, Set.of()),
                new Step("set_not_null_with_default", notNull, Set.of()),
                new Step("change_length", longer, Set.of()),
                new Step("add_foreign_key", foreignKey, Set.of()),
                new Step("rename_column", renamed, Set.of()),
                new Step("deprecate_column", deprecated, Set.of()),
                new Step("drop_deprecated_column", dropped, Set.of("customers.legacy_code")));

        Path migrations = dir.resolve("migrations");
        DataSource db = SqliteDatabase.create(dir.resolve("evolution.db"));
        compile(migrations, base, 1);
        assertEquals(List.of("1"), Migrations.migrate(db, migrations));

        int version = 1;
        for (Step step : steps) {
            version++;
            insertRows(db);
            Catalog before = catalog(db);
            Map<String, List<Map<String, String>>> rowsBefore = rows(db);

            Compilation compilation = compile(migrations, step.model(), version);
            List<String> applied = Migrations.migrate(db, migrations);
            assertFalse(applied.isEmpty(), step.name());
            Catalog after = catalog(db);
            assertNotEquals(before.toString(), after.toString() + rowsBefore, step.name());
            assertHealthy(db, compilation, step.name() + " up");
            assertEquals(count(rowsBefore), count(rows(db)), step.name() + ": rows after up");

            for (int i = applied.size() - 1; i >= 0; i--) {
                Migrations.undo(db, migrations, applied.get(i));
            }
            assertEquals(before, catalog(db), step.name() + ": catalog after down\n" + downs(migrations, applied));
            // updated_at: the trigger check after the up touched it; lost columns: dropped by the up
            Set<String> ignored = new java.util.HashSet<>(step.lostColumns());
            ignored.add("customers.updated_at");
            assertEquals(without(rowsBefore, ignored), without(rows(db), ignored), step.name() + ": rows after down");
            assertForeignKeysHold(db, step.name() + " down");

            assertEquals(applied, Migrations.migrate(db, migrations), step.name());
            assertEquals(after, catalog(db), step.name() + ": catalog after up again");
            assertHealthy(db, compilation, step.name() + " up again");
        }
        String all = String.join("\n", Files.readAllLines(migrations.resolve(Files.list(migrations)
                .map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V") && n.contains("nickname") && n.endsWith(".sql")).findFirst().orElseThrow())));
        assertTrue(all.contains("SAVEPOINT rebuild_customers;"), all);
        if (System.getProperty("tablesmith.keep") != null) {
            copyTree(migrations, Path.of(System.getProperty("tablesmith.keep")));
        }
    }

    private static Compilation compile(Path migrations, Model model, int version) {
        Compilation c = TestCompiler.writingTo(migrations).option("tablesmith.dialect", "sqlite")
                .option("tablesmith.version", String.valueOf(version)).compile(model.sources());
        assertThat(c).succeeded();
        return c;
    }

    /** Foreign keys hold and are enforced, the trigger fires, Hibernate validates. */
    private static void assertHealthy(DataSource db, Compilation compilation, String what) throws Exception {
        assertForeignKeysHold(db, what);
        Catalog catalog = catalog(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            if (!catalog.requireTable("orders").foreignKeys().isEmpty()) {
                assertThrows(SQLException.class,
                        () -> s.execute("INSERT INTO orders (total_cents, customer_id) VALUES (1, 999999)"), what);
            }
            s.execute("UPDATE customers SET updated_at = '" + OLD + "' WHERE id = 1");
            s.execute("UPDATE customers SET email = email WHERE id = 1");
            assertNotEquals(OLD, string(s, "SELECT updated_at FROM customers WHERE id = 1"), what + ": trigger");
        }
        CompiledClasses classes = new CompiledClasses(compilation);
        classes.with(() -> {
            HibernateSchema.validate(db, classes.entities(), Naming.SPRING);
            return null;
        });
    }

    private static void assertForeignKeysHold(DataSource db, String what) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            assertFalse(rs.next(), what + ": PRAGMA foreign_key_check");
            try (ResultSet on = c.createStatement().executeQuery("PRAGMA foreign_keys")) {
                on.next();
                assertEquals(1, on.getInt(1), what + ": foreign keys on");
            }
        }
    }

    /** Two customers and an order of the first, with whatever optional columns the schema has now. */
    private static void insertRows(DataSource db) throws SQLException {
        Catalog.Table customers = catalog(db).requireTable("customers");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < 2; i++) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("email", "'c" + System.nanoTime() + "@example.com'");
                values.put("nickname", "'nick" + i + "'");
                for (String optional : List.of("phone", "mobile", "legacy_code")) {
                    if (customers.columns().stream().anyMatch(col -> col.name().equals(optional))) {
                        values.put(optional, "'" + optional.charAt(0) + i + "'");
                    }
                }
                s.execute("INSERT INTO customers (" + String.join(", ", values.keySet()) + ") VALUES ("
                        + String.join(", ", values.values()) + ")");
            }
            s.execute("INSERT INTO orders (total_cents, customer_id) SELECT 100, max(id) FROM customers");
        }
    }

    private static Catalog catalog(DataSource db) {
        return Catalog.read(db).without(Migrations.HISTORY_TABLE);
    }

    /** Every row of both tables, by table, values as text. */
    private static Map<String, List<Map<String, String>>> rows(DataSource db) throws SQLException {
        Map<String, List<Map<String, String>>> out = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("customers", "orders")) {
                List<Map<String, String>> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new TreeMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.put(table + "." + md.getColumnName(i), rs.getString(i));
                        }
                        rows.add(row);
                    }
                }
                out.put(table, rows);
            }
        }
        return out;
    }

    private static Map<String, List<Map<String, String>>> without(Map<String, List<Map<String, String>>> rows,
            Set<String> columns) {
        Map<String, List<Map<String, String>>> out = new TreeMap<>();
        rows.forEach((table, list) -> out.put(table, list.stream().map(r -> {
            Map<String, String> copy = new TreeMap<>(r);
            columns.forEach(copy::remove);
            return (Map<String, String>) copy;
        }).toList()));
        return out;
    }

    private static Map<String, Integer> count(Map<String, List<Map<String, String>>> rows) {
        Map<String, Integer> out = new TreeMap<>();
        rows.forEach((t, r) -> out.put(t, r.size()));
        return out;
    }

    private static String string(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String downs(Path migrations, List<String> versions) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(migrations)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (versions.stream().anyMatch(v -> name.startsWith("U" + v + "__") || name.startsWith("V" + v + "__"))) {
                    out.append("==== ").append(name).append('\n').append(Files.readString(p)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
