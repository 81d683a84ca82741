package dev.tablesmith.examples.library;

import static dev.tablesmith.test.TablesmithAssertions.assertEveryMigrationReversible;
import static dev.tablesmith.test.TablesmithAssertions.assertMatchesSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import dev.tablesmith.testkit.PostgresServer;
import dev.tablesmith.testkit.SqliteDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The library's one set of entities, migrated on three databases: each dialect's committed folder
 * is applied by real Flyway to its engine, Hibernate ORM validates the result, its columns equal
 * the ones Hibernate's own DDL creates on that engine, the constraints hold with real rows, and
 * the downs take the database back to empty.
 */
class LibraryMigrationTest {
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final List<Class<?>> ENTITIES = List.of(Author.class, Book.class, Member.class, Loan.class);

    @TempDir
    static Path sqliteFiles;

    /** The engines, each with its folder, a fresh database for a name and its SQL for "a day ago". */
    enum Target {
        POSTGRESQL("postgresql", "now() - interval '1 day'"),
        MARIADB("mysql", "NOW(6) - INTERVAL 1 DAY"),
        SQLITE("sqlite", "datetime('now', '-1 day')");

        final String folder;
        final String dayAgo;

        Target(String folder, String dayAgo) {
            this.folder = folder;
            this.dayAgo = dayAgo;
        }

        Path migrations() {
            return MIGRATIONS.resolve(folder);
        }

        DataSource newDatabase(String name) {
            return switch (this) {
                case POSTGRESQL -> PostgresServer.shared().newDatabase(name);
                case MARIADB -> MariaDbServer.shared().newDatabase(name);
                case SQLITE -> SqliteDatabase.create(sqliteFiles.resolve(name + "_" + System.nanoTime() + ".db"));
            };
        }
    }

    /**
     * Where Tablesmith's schema deliberately differs from Hibernate's DDL on each engine, with why.
     * The comparison must find exactly these: a new difference fails, and so does one that is gone.
     */
    static Set<String> deliberate(Target target) {
        return switch (target) {
            // Tablesmith's @OnDelete, which Hibernate does not read
            case POSTGRESQL -> Set.of(
                    "books: FOREIGN KEY (author_id) -> authors(id) ON DELETE RESTRICT: present vs <missing>",
                    "books: FOREIGN KEY (author_id) -> authors(id) ON DELETE NO ACTION: <missing> vs present",
                    "loans: FOREIGN KEY (book_id) -> books(id) ON DELETE CASCADE: present vs <missing>",
                    "loans: FOREIGN KEY (book_id) -> books(id) ON DELETE NO ACTION: <missing> vs present",
                    "loans: FOREIGN KEY (member_id) -> members(id) ON DELETE CASCADE: present vs <missing>",
                    "loans: FOREIGN KEY (member_id) -> members(id) ON DELETE NO ACTION: <missing> vs present");
            // MariaDB reports Hibernate's NO ACTION as RESTRICT, so only the cascades differ; a STRING
            // enum is a VARCHAR with a named CHECK, as on every engine, where Hibernate uses ENUM(...)
            case MARIADB -> Set.of(
                    "books.status: varchar(20) NOT NULL vs enum NOT NULL",
                    "loans: FOREIGN KEY (book_id) -> books(id) ON DELETE CASCADE: present vs <missing>",
                    "loans: FOREIGN KEY (book_id) -> books(id) ON DELETE RESTRICT: <missing> vs present",
                    "loans: FOREIGN KEY (member_id) -> members(id) ON DELETE CASCADE: present vs <missing>",
                    "loans: FOREIGN KEY (member_id) -> members(id) ON DELETE RESTRICT: <missing> vs present");
            // Hibernate's SQLite dialect writes no foreign keys at all
            case SQLITE -> Set.of(
                    "books: FOREIGN KEY (author_id) -> authors(id) ON DELETE RESTRICT: present vs <missing>",
                    "loans: FOREIGN KEY (book_id) -> books(id) ON DELETE CASCADE: present vs <missing>",
                    "loans: FOREIGN KEY (member_id) -> members(id) ON DELETE CASCADE: present vs <missing>");
        };
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void hibernateValidatesTheMigratedSchemaAndAgreesOnEveryColumn(Target target) {
        DataSource db = migrated(target, "library");
        HibernateSchema.validate(db, ENTITIES, Naming.SPRING);

        DataSource reference = target.newDatabase("library_hibernate");
        HibernateSchema.create(reference, ENTITIES, Naming.SPRING);
        Catalog ours = Catalog.read(db);
        Catalog hibernates = Catalog.read(reference);
        List<String> differences = new ArrayList<>(Catalog.diffColumnShapes(ours, hibernates));
        differences.addAll(Catalog.diffKeyShapes(ours, hibernates));
        assertEquals(new TreeSet<>(deliberate(target)), new TreeSet<>(differences), target + ": ours vs Hibernate's");
        assertTrue(hibernates.columnShapes().size() >= 25, "too few columns compared: " + hibernates.columnShapes());
    }

    /** Each engine's database is what its folder's snapshot says, as far as that engine keeps it; and every down undoes its up. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void theDatabaseIsWhatTheSnapshotSaysAndTheDownsUndoTheUps(Target target) {
        assertMatchesSnapshot(migrated(target, "library_snapshot"), "db/migration/" + target.folder);
        assertEveryMigrationReversible(target.newDatabase("library_reversible"), "db/migration/" + target.folder);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theConstraintsHoldWithRealRows(Target target) throws SQLException {
        DataSource db = migrated(target, "library_rows");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO authors (name) VALUES ('Ursula K. Le Guin')");
            long author = id(s, "SELECT id FROM authors");
            s.execute("INSERT INTO books (isbn, title, author_id, price, status) VALUES "
                    + "('9780441478125', 'The Left Hand of Darkness', " + author + ", 12.50, 'AVAILABLE')");
            long book = id(s, "SELECT id FROM books");
            s.execute("INSERT INTO members (email, name) VALUES ('reader@example.com', 'A Reader')");
            long member = id(s, "SELECT id FROM members");
            s.execute("INSERT INTO loans (book_id, member_id, loaned_at, due_on) VALUES (" + book + ", " + member
                    + ", CURRENT_TIMESTAMP, '2026-12-24')");

            rejects(target, s, "books_price_non_negative", "INSERT INTO books (isbn, title, author_id, price, status) "
                    + "VALUES ('9780441478125', 'Copy', " + author + ", -1, 'AVAILABLE')");
            rejects(target, s, "books_status_valid", "INSERT INTO books (isbn, title, author_id, price, status) "
                    + "VALUES ('9780441478125', 'Copy', " + author + ", 1, 'BURNT')");
            rejects(target, s, "members_email_unique",
                    "INSERT INTO members (email, name) VALUES ('reader@example.com', 'Twin')");
            rejects(target, s, "loans_returned_after_loaned", "UPDATE loans SET returned_at = '2000-01-01 00:00:00'");
            rejects(target, s, "books_author_id_fkey", "DELETE FROM authors WHERE id = " + author); // RESTRICT

            // updated_at is kept current by the database, whatever the writer sets
            s.execute("UPDATE members SET updated_at = " + target.dayAgo + " WHERE id = " + member);
            String before = text(s, "SELECT updated_at FROM members WHERE id = " + member);
            s.execute("UPDATE members SET name = 'A. Reader' WHERE id = " + member);
            String after = text(s, "SELECT updated_at FROM members WHERE id = " + member);
            assertTrue(after.compareTo(before) > 0, target + ": updated_at " + before + " -> " + after);

            s.execute("DELETE FROM members WHERE id = " + member); // CASCADE takes the loan
            assertEquals(0, id(s, "SELECT COUNT(*) FROM loans"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theDownsTakeTheDatabaseBackToEmpty(Target target) throws IOException {
        DataSource db = migrated(target, "library_down");
        List<String> versions;
        try (Stream<Path> files = Files.list(target.migrations())) {
            versions = new ArrayList<>(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V"))
                    .filter(n -> n.endsWith(".sql")).map(n -> n.substring(1, n.indexOf("__"))).sorted().toList());
        }
        Collections.reverse(versions);
        versions.forEach(v -> Migrations.undo(db, target.migrations(), v));
        Catalog empty = Catalog.read(db);
        assertEquals(List.of(), empty.tables().stream().map(t -> t.name())
                .filter(n -> !n.equalsIgnoreCase(Migrations.HISTORY_TABLE)).toList(), target + ": tables left");
    }

    private static DataSource migrated(Target target, String name) {
        DataSource db = target.newDatabase(name);
        assertFalse(Migrations.migrate(db, target.migrations()).isEmpty(),
                "Flyway applied no migration from " + target.migrations().toAbsolutePath());
        return db;
    }

    private static void rejects(Target target, Statement s, String constraint, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), target + " accepted: " + sql);
        // SQLite names a CHECK but not a UNIQUE or FOREIGN KEY constraint in its message
        if (target != Target.SQLITE || constraint.endsWith("_non_negative") || constraint.endsWith("_valid")
                || constraint.endsWith("_loaned")) {
            assertTrue(e.getMessage().contains(constraint), target + ": " + e.getMessage());
        }
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
