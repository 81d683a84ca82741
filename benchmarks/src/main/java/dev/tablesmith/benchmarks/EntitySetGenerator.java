package dev.tablesmith.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic but realistic entity set: a mapped superclass with key and timestamps, and N
 * entities with a dozen columns of mixed types, a STRING enum, a foreign key to an earlier entity,
 * a unique column, an index and Javadoc. Deterministic for a given N.
 */
final class EntitySetGenerator {
    private EntitySetGenerator() {}

    static List<Path> write(Path dir, int entities) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("bench"));
        List<Path> files = new ArrayList<>();
        files.add(write(pkg.resolve("BaseEntity.java"), """
                package bench;

                import jakarta.persistence.*;
                import java.time.Instant;

                /** Key and standard timestamps. */
                @MappedSuperclass
                public abstract class BaseEntity {
                    /** Surrogate key. */
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;
                    @Column(nullable = false) private Instant createdAt;
                    @Column(nullable = false) private Instant updatedAt;
                }
                """));
        files.add(write(pkg.resolve("Status.java"), """
                package bench;

                public enum Status { DRAFT, ACTIVE, ARCHIVED }
                """));
        for (int i = 0; i < entities; i++) {
            String name = "Thing" + i;
            String table = "things_" + i;
            String relation = i == 0 ? "" : """
                        /** The previous thing. */
                        @ManyToOne(optional = false)
                        private Thing%d previous;
                    """.formatted(i - 1);
            files.add(write(pkg.resolve(name + ".java"), """
                    package bench;

                    import dev.tablesmith.annotations.TableIndex;
                    import jakarta.persistence.*;
                    import java.math.BigDecimal;
                    import java.time.LocalDate;
                    import java.util.UUID;

                    /** Synthetic entity number %1$d. */
                    @Entity
                    @Table(name = "%2$s")
                    @TableIndex(columns = {"status", "created_at DESC"}, reason = "listing by status")
                    public class %3$s extends BaseEntity {
                        /** Unique code. */
                        @Column(nullable = false, unique = true, length = 40) private String code;
                        @Column(nullable = false, length = 200) private String title;
                        @Column(length = 2000) private String description;
                        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private Status status;
                        @Column(precision = 12, scale = 2) private BigDecimal amount;
                        private int quantity;
                        private long counter;
                        private boolean enabled;
                        private LocalDate validFrom;
                        private UUID externalId;
                    %4$s}
                    """.formatted(i, table, name, relation)));
        }
        return files;
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        return file;
    }
}
