package dev.tablesmith.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic but realistic entity set that passes every rule at its default severity: a
 * mapped superclass with key and timestamps, two shared enums, and N entities of about 45 lines
 * each with a dozen columns of mixed types (strings, an enum stored by name, money, numbers, a
 * date, a UUID), two foreign keys to earlier entities, a unique column, an index with a reason and
 * Javadoc on the class and most fields. Deterministic for a given N.
 */
final class EntitySetGenerator {
    static final String PACKAGE = "bench";

    private EntitySetGenerator() {}

    static List<Path> write(Path dir, int entities) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve(PACKAGE));
        List<Path> files = new ArrayList<>();
        files.add(write(pkg.resolve("BaseEntity.java"), """
                package bench;

                import jakarta.persistence.*;
                import java.time.Instant;

                /** Key and standard timestamps of every table. */
                @MappedSuperclass
                public abstract class BaseEntity {
                    /** Surrogate key. */
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;
                    /** When the row was inserted. */
                    @Column(nullable = false) private Instant createdAt;
                    /** When the row was last changed. */
                    @Column(nullable = false) private Instant updatedAt;
                }
                """));
        files.add(write(pkg.resolve("Status.java"), """
                package bench;

                /** Where a thing is in its life cycle. */
                public enum Status { DRAFT, ACTIVE, ARCHIVED }
                """));
        files.add(write(pkg.resolve("Priority.java"), """
                package bench;

                /** How urgent a thing is. */
                public enum Priority { LOW, NORMAL, HIGH, URGENT }
                """));
        for (int i = 0; i < entities; i++) {
            files.add(write(pkg.resolve(className(i) + ".java"), entity(i)));
        }
        return files;
    }

    static String className(int i) {
        return "Thing" + i;
    }

    /**
     * Entity {@code i} with {@code added} more columns ({@code note1} .. {@code noteK}): the
     * one-entity change of the incremental scenario, each step adding one column.
     */
    static String entity(int i, int added) {
        String source = entity(i);
        StringBuilder extra = new StringBuilder();
        for (int k = 1; k <= added; k++) {
            extra.append("    /** Added later: note number %d for the team. */\n".formatted(k))
                    .append("    @Column(length = 500) private String note%d;\n".formatted(k));
        }
        int end = source.lastIndexOf('}');
        return source.substring(0, end) + extra + "}\n";
    }

    private static String entity(int i) {
        StringBuilder relations = new StringBuilder();
        if (i > 0) {
            relations.append("""
                        /** The thing this one follows. */
                        @ManyToOne(optional = false)
                        @JoinColumn(name = "t%1$d_thing_id")
                        private Thing%1$d previous;
                    """.formatted(i - 1));
        }
        if (i > 2) {
            relations.append("""
                        /** The thing this one was copied from, if any. */
                        @ManyToOne
                        @JoinColumn(name = "t%1$d_thing_id")
                        private Thing%1$d origin;
                    """.formatted(i / 2));
        }
        return """
                package bench;

                import dev.tablesmith.annotations.TableIndex;
                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.util.UUID;

                /**
                 * Synthetic entity number %1$d. It stands for a business object with a code, a title,
                 * money, counters and links to two earlier things.
                 */
                @Entity
                @Table(name = "t%1$d_things")
                @TableIndex(columns = {"status", "created_at DESC"}, reason = "listing by status, newest first")
                public class Thing%1$d extends BaseEntity {
                    /** Unique code given by the importing system. */
                    @Column(nullable = false, unique = true, length = 40) private String code;
                    /** Title shown in lists. */
                    @Column(nullable = false, length = 200) private String title;
                    /** Free text for the detail page. */
                    @Column(length = 2000) private String description;
                    /** Where the thing is in its life cycle. */
                    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private Status status;
                    /** How urgent it is. */
                    @Enumerated(EnumType.STRING) @Column(length = 20) private Priority priority;
                    /** Price in the shop's currency. */
                    @Column(precision = 12, scale = 2) private BigDecimal amount;
                    /** Units in stock. */
                    private int quantity;
                    private long counter;
                    /** Whether it is offered. */
                    private boolean enabled;
                    /** First day it is valid. */
                    private LocalDate validFrom;
                    /** Its key in the importing system. */
                    private UUID externalId;
                %2$s}
                """.formatted(i, relations);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        return file;
    }
}
