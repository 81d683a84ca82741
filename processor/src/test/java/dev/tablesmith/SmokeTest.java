package dev.tablesmith;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void writesAMigration() throws Exception {
        Compilation c = TestCompiler.writingTo(dir).compile(source("""
                package shop;
                import jakarta.persistence.*;
                import java.time.Instant;
                /** People who buy things. */
                @Entity
                @Table(name = "users")
                public class User {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, unique = true) String email;
                    @Column(name = "created_at", nullable = false) Instant createdAt;
                    @Column(nullable = false) Instant updatedAt;
                }
                """), source("""
                package shop;
                import jakarta.persistence.*;
                import java.math.BigDecimal;
                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id @GeneratedValue Long id;
                    @ManyToOne(optional = false) User user;
                    @Column(precision = 10, scale = 2) BigDecimal total;
                    @Enumerated(EnumType.STRING) Status status;
                    public enum Status { PENDING, PAID }
                }
                """));
        assertThat(c).succeeded();
        try (var files = Files.list(dir)) {
            files.sorted().forEach(p -> {
                System.out.println("=== " + p.getFileName());
                try {
                    System.out.println(Files.readString(p));
                } catch (java.io.IOException e) {
                    throw new RuntimeException(e);
                }
            });
        }
    }
}
