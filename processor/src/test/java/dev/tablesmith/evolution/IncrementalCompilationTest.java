package dev.tablesmith.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testing.DiskCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE or incremental build compiles only the changed sources, against the classes of the last
 * build. Entities the snapshot knows but javac did not compile this time are read from their class
 * files, so they are not dropped; their Javadoc (absent from class files) does not turn into a
 * comment change; and only a class that is really gone drops its table.
 */
class IncrementalCompilationTest {
    static final String V1 = "20260101000000";
    static final String V2 = "20260102000000";
    static final String V3 = "20260103000000";

    static final String TIMESTAMPED = """
            package app;
            import jakarta.persistence.*;
            import java.time.Instant;
            @MappedSuperclass
            public abstract class Timestamped {
                /** When the row was inserted. */
                @Column(name = "created_at", nullable = false) Instant createdAt;
                /** When the row was last changed. */
                @Column(name = "updated_at", nullable = false) Instant updatedAt;
            }
            """;

    static final String USER = """
            package app;
            import jakarta.persistence.*;
            import java.util.Set;
            /** People who sign in. */
            @Entity @Table(name = "users")
            public class User extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /** Where we write to them. */
                @Column(nullable = false, length = 100) String email;
                /** Labels people chose for themselves. */
                @ElementCollection @CollectionTable(name = "user_tags") @Column(length = 40) Set<String> tags;
            }
            """;

    static final String ORDER = """
            package app;
            import jakarta.persistence.*;
            /** What people bought. */
            @Entity @Table(name = "orders")
            public class Order extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /** Who bought it. */
                @ManyToOne(optional = false) User user;
            }
            """;

    static final String ORDER_WITH_NOTE = """
            package app;
            import jakarta.persistence.*;
            /** What people bought. */
            @Entity @Table(name = "orders")
            public class Order extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /** Who bought it. */
                @ManyToOne(optional = false) User user;
                /** What the buyer said at checkout. */
                @Column(length = 500) String note;
            }
            """;

    static final String COUPON = """
            package app;
            import jakarta.persistence.*;
            /** Discounts handed out. */
            @Entity @Table(name = "coupons")
            public class Coupon {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 20) String code;
            }
            """;

    @TempDir
    Path dir;
    Path migrations;
    Path firstClasses;

    @BeforeEach
    void firstFullBuild() throws IOException {
        migrations = dir.resolve("migrations");
        firstClasses = dir.resolve("classes1");
        DiskCompiler.Result first = DiskCompiler.into(firstClasses, migrations, V1).option("tablesmith.name", "create")
                .compile(TIMESTAMPED, USER, ORDER, COUPON);
        assertTrue(first.success(), first.toString());
        assertTrue(Files.exists(firstClasses.resolve("app/User.class")));
        String up = Files.readString(migrations.resolve("V" + V1 + "__create.sql"));
        // the comments a full build reads from the Javadoc
        assertTrue(up.contains("COMMENT ON TABLE users IS 'People who sign in';"), up);
        assertTrue(up.contains("COMMENT ON COLUMN users.email IS 'Where we write to them';"), up);
        assertTrue(up.contains("COMMENT ON TABLE user_tags IS 'Labels people chose for themselves';"), up);
        assertTrue(up.contains("COMMENT ON COLUMN orders.created_at IS 'When the row was inserted';"), up);
    }

    @Test
    void recompilingOneChangedEntityWritesOnlyItsChange() throws IOException {
        Map<String, String> before = files(migrations);
        DiskCompiler.Result second = DiskCompiler.into(dir.resolve("classes2"), migrations, V2)
                .classPath(firstClasses).compile(ORDER_WITH_NOTE);
        assertTrue(second.success(), second.toString());

        // table classes are generated for the recompiled entity only; the others' are on the class path
        assertTrue(Files.exists(dir.resolve("classes2/app/OrderTable.class")));
        assertFalse(Files.exists(dir.resolve("classes2/app/UserTable.class")));

        List<String> added = added(before, files(migrations));
        assertEquals(List.of("U" + V2 + "__add_orders_note.sql", "V" + V2 + "__add_orders_note.sql"), added);
        String up = Files.readString(migrations.resolve("V" + V2 + "__add_orders_note.sql"));
        assertTrue(up.contains("ALTER TABLE orders ADD COLUMN note VARCHAR(500);"), up);
        assertTrue(up.contains("COMMENT ON COLUMN orders.note IS 'What the buyer said at checkout';"), up);
        for (String absent : List.of("DROP", "users", "user_tags", "coupons", "created_at", "COMMENT ON TABLE")) {
            assertFalse(up.contains(absent), "must not mention " + absent + ":\n" + up);
        }
        String snapshot = Files.readString(migrations.resolve("tablesmith-snapshot.json"));
        assertTrue(snapshot.contains("People who sign in"), "the Javadoc comment of a class-file entity stays");
        assertTrue(snapshot.contains("\"coupons\""), snapshot);

        // The snapshot now equals what a full build of the same sources reads: a full check passes.
        DiskCompiler.Result fullCheck = DiskCompiler.into(dir.resolve("classes3"), migrations, V3)
                .option("tablesmith.mode", "check").compile(TIMESTAMPED, USER, ORDER_WITH_NOTE, COUPON);
        assertTrue(fullCheck.success(), fullCheck.toString());

        // and the same incremental build again is a no-op
        Map<String, String> afterSecond = files(migrations);
        DiskCompiler.Result again = DiskCompiler.into(dir.resolve("classes4"), migrations, V3)
                .classPath(firstClasses).compile(ORDER_WITH_NOTE);
        assertTrue(again.success(), again.toString());
        assertEquals(afterSecond, files(migrations));
    }

    @Test
    void anUnchangedEntityRecompiledAloneChangesNothingAndPassesCheck() throws IOException {
        Map<String, String> before = files(migrations);
        DiskCompiler.Result check = DiskCompiler.into(dir.resolve("classes2"), migrations, V2)
                .option("tablesmith.mode", "check").option("tablesmith.allowDrop", "coupons")
                .classPath(firstClasses).compile(ORDER);
        assertTrue(check.success(), check.toString());
        DiskCompiler.Result write = DiskCompiler.into(dir.resolve("classes3"), migrations, V2)
                .classPath(firstClasses).compile(ORDER);
        assertTrue(write.success(), write.toString());
        assertEquals(before, files(migrations));
    }

    @Test
    void aDeletedEntityClassDropsItsTable() throws IOException {
        Files.delete(firstClasses.resolve("app/Coupon.class"));
        DiskCompiler.Result check = DiskCompiler.into(dir.resolve("classes2"), migrations, V2)
                .option("tablesmith.mode", "check").option("tablesmith.allowDrop", "coupons")
                .classPath(firstClasses).compile(ORDER);
        assertFalse(check.success());
        assertEquals(1, check.errors().size(), check.toString());
        assertTrue(check.errors().get(0).contains("Pending: drop_coupons\n"), check.toString());

        DiskCompiler.Result write = DiskCompiler.into(dir.resolve("classes3"), migrations, V2)
                .option("tablesmith.allowDrop", "coupons").classPath(firstClasses).compile(ORDER);
        assertTrue(write.success(), write.toString());
        String up = Files.readString(migrations.resolve("V" + V2 + "__drop_coupons.sql"));
        assertTrue(up.matches("(?s).*DROP TABLE (IF EXISTS )?coupons;.*"), up);
        assertFalse(up.contains("users"), up);
    }

    @Test
    void aClassThatIsNoLongerAnEntityDropsItsTable() throws IOException {
        DiskCompiler.Result plain = DiskCompiler.into(firstClasses, dir.resolve("unused"), V2)
                .option("tablesmith.mode", "validate").compile("""
                        package app;
                        /** Now a plain value class. */
                        public class Coupon {
                            String code;
                        }
                        """);
        assertTrue(plain.success(), plain.toString());
        DiskCompiler.Result check = DiskCompiler.into(dir.resolve("classes2"), migrations, V2)
                .option("tablesmith.mode", "check").option("tablesmith.allowDrop", "coupons")
                .classPath(firstClasses).compile(ORDER);
        assertFalse(check.success());
        assertTrue(check.errors().get(0).contains("Pending: drop_coupons\n"), check.toString());
    }

    @Test
    void findingsOnEntitiesReadFromClassFilesAreNotRepeated() throws IOException {
        String logEntry = """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "log_entries")
                public class LogEntry {
                    @Column(length = 200) String line;
                }
                """;
        Path folder = dir.resolve("log-migrations");
        Path classes = dir.resolve("log-classes1");
        DiskCompiler.Result first = DiskCompiler.into(classes, folder, V1)
                .option("tablesmith.rule.primary_key_required", "warning").compile(logEntry, COUPON);
        assertTrue(first.success(), first.toString());
        assertTrue(first.messages(javax.tools.Diagnostic.Kind.WARNING).stream()
                .anyMatch(w -> w.contains("[primary-key-required]")), first.toString());

        DiskCompiler.Result second = DiskCompiler.into(dir.resolve("log-classes2"), folder, V2)
                .option("tablesmith.rule.primary_key_required", "warning").classPath(classes).compile(COUPON);
        assertTrue(second.success(), second.toString());
        assertTrue(second.messages(javax.tools.Diagnostic.Kind.WARNING).isEmpty(),
                "LogEntry was checked when it was compiled: " + second);
        assertFalse(Files.exists(folder.resolve("V" + V2 + "__drop_log_entries.sql")));
    }

    private static List<String> added(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(n -> !before.containsKey(n) && !n.equals("schema.md")).sorted().toList();
    }

    /** The folder's regular files, name → content. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
