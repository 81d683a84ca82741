package dev.tablesmith.dialect.mysql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.CompiledClasses;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One entity through eleven versions, each compiled by the processor with {@code dialect=mysql}
 * into the same folder (the rules at their defaults, so the safe forms are on), then walked on
 * MariaDB: up to each version, its down (the catalog must equal the one before the version), and
 * up again (the catalog must equal the one after the first up). At the end, Hibernate validates
 * the migrated schema against the last entities, and its own DDL for them has the same columns and
 * keys.
 */
class MariaDbEvolutionTest {
    @TempDir
    Path migrations;

    /** The entity at one version: the fields and type annotations that vary. */
    record Step(String version, String what, String typeAnnotations, String fields) {}

    private static final String ID = """
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;
            """;
    private static final String TITLE = """
                @Column(nullable = false, length = 100)
                private String title;
            """;
    private static final String SUMMARY = """
                @Column(length = 200)
                private String summary;
            """;
    private static final String LEGACY = """
                @Column(name = "legacy_code", length = 20)
                private String legacyCode;
            """;
    private static final String VIEWS = """
                private Integer views;
            """;
    private static final String SUMMARY_NOT_NULL = """
                @Default("''")
                @Column(nullable = false, length = 200)
                private String summary;
            """;
    private static final String HEADLINE = """
                @RenamedFrom("title")
                @Column(nullable = false, length = 100)
                private String headline;
            """;
    private static final String LONGER_HEADLINE = """
                @RenamedFrom("title")
                @Column(nullable = false, length = 150)
                private String headline;
            """;
    private static final String COMMENTED_SUMMARY = """
                /** What the article is about, in one or two sentences. */
                @Default("''")
                @Column(nullable = false, length = 200)
                private String summary;
            """;
    private static final String DEPRECATED_LEGACY = """
                @Deprecated
                @Column(name = "legacy_code", length = 20)
                private String legacyCode;
            """;

    private static final String AUTHOR = """

                @ManyToOne
                @OnDelete(OnDelete.Action.SET_NULL)
                private Author author;
            """;

    private static final String UNIQUE_HEADLINE = """
                @RenamedFrom("title")
                @Column(nullable = false, length = 150, unique = true)
                private String headline;
            """;
    private static final String CHECKED_VIEWS = """
                @Check("views >= 0")
                private Integer views;
            """;

    static List<Step> steps() {
        String titleIndex = "@TableIndex(columns = \"title\")";
        String headlineIndex = "@TableIndex(columns = \"headline\")";
        String comment = "\n@Comment(\"An article as it was published\")";
        return List.of(
                new Step("01", "create", "", ID + TITLE + SUMMARY + LEGACY),
                new Step("02", "add a column", "", ID + TITLE + SUMMARY + LEGACY + VIEWS),
                new Step("03", "add an index on an existing table", titleIndex, ID + TITLE + SUMMARY + LEGACY + VIEWS),
                new Step("04", "set not null with a default", titleIndex,
                        ID + TITLE + SUMMARY_NOT_NULL + LEGACY + VIEWS),
                new Step("05", "rename with @RenamedFrom", headlineIndex,
                        ID + HEADLINE + SUMMARY_NOT_NULL + LEGACY + VIEWS),
                new Step("06", "change a length", headlineIndex,
                        ID + LONGER_HEADLINE + SUMMARY_NOT_NULL + LEGACY + VIEWS),
                new Step("07", "comment a column and deprecate another", headlineIndex,
                        ID + LONGER_HEADLINE + COMMENTED_SUMMARY + DEPRECATED_LEGACY + VIEWS),
                new Step("08", "drop the deprecated column", headlineIndex,
                        ID + LONGER_HEADLINE + COMMENTED_SUMMARY + VIEWS),
                new Step("09", "add a table and a foreign key to it", headlineIndex,
                        ID + LONGER_HEADLINE + COMMENTED_SUMMARY + VIEWS + AUTHOR),
                new Step("10", "add a unique constraint, a check and a table comment", headlineIndex + comment,
                        ID + UNIQUE_HEADLINE + COMMENTED_SUMMARY + CHECKED_VIEWS + AUTHOR),
                new Step("11", "rename the table with @RenamedFrom",
                        headlineIndex + comment + "\n@RenamedFrom(\"articles\")",
                        ID + UNIQUE_HEADLINE + COMMENTED_SUMMARY + CHECKED_VIEWS + AUTHOR));
    }

    /** The sources of one step: the article, and from the step that adds it, its author. */
    static JavaFileObject[] sources(Step step) {
        JavaFileObject article = TestCompiler.source(articleSource(step));
        return step.fields().contains("Author author") ? new JavaFileObject[] {article, TestCompiler.source(AUTHOR_ENTITY)}
                : new JavaFileObject[] {article};
    }

    private static final String AUTHOR_ENTITY = """
                package app;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "authors")
                @dev.tablesmith.annotations.Allow(value = "standard-timestamps", reason = "not about timestamps")
                public class Author {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(nullable = false, length = 100)
                    private String name;
                }
                """;

    static String articleSource(Step step) {
        return """
                package app;

                import dev.tablesmith.annotations.*;
                import jakarta.persistence.*;

                /** A published article. */
                @Entity
                @Table(name = "%s")
                %s
                @Allow(value = "standard-timestamps", reason = "the evolution is about the other columns")
                public class Article {
                %s}
                """.formatted(step.typeAnnotations().contains("@RenamedFrom") ? "posts" : "articles",
                step.typeAnnotations(), step.fields());
    }

    @Test
    void everyStepGoesUpDownAndUpAgainOnMariaDb() throws Exception {
        List<String> versions = new ArrayList<>();
        Compilation last = null;
        for (Step step : steps()) {
            String version = "202601010000" + step.version();
            Compilation c = TestCompiler.writingTo(migrations).option("tablesmith.dialect", "mysql")
                    .option("tablesmith.version", version).compile(sources(step));
            assertThat(c).succeeded();
            versions.add(version);
            last = c;
        }
        assertEquals(versions.size() * 2, sqlFiles().size(), "one up and one down per step:\n" + sqlFiles());

        DataSource db = MariaDbServer.shared().newDatabase("evolution");
        Catalog before = catalog(db);
        for (int i = 0; i < versions.size(); i++) {
            String version = versions.get(i);
            String what = steps().get(i).what();
            assertEquals(List.of(version), Migrations.migrateTo(db, migrations, version), what);
            Catalog after = catalog(db);
            assertTrue(!after.equals(before), what + ": the up changed nothing\n" + up(version));
            Migrations.undo(db, migrations, version);
            assertEquals(before.toString(), catalog(db).toString(), what + ": the down restores the catalog\n"
                    + down(version));
            assertEquals(List.of(version), Migrations.migrateTo(db, migrations, version), what);
            assertEquals(after.toString(), catalog(db).toString(), what + ": up again gives the same catalog");
            before = after;
        }

        // the schema the whole history builds is the one Hibernate expects for the last entities
        CompiledClasses classes = new CompiledClasses(last);
        List<Class<?>> entities = classes.entities();
        DataSource reference = MariaDbServer.shared().newDatabase("evolution_hibernate");
        classes.with(() -> {
            HibernateSchema.validate(db, entities, Naming.SPRING);
            HibernateSchema.create(reference, entities, Naming.SPRING);
            return null;
        });
        Catalog ours = catalog(db);
        Catalog theirs = catalog(reference);
        List<String> differences = new ArrayList<>(Catalog.diffColumnShapes(ours, theirs));
        differences.addAll(Catalog.diffKeyShapes(ours, theirs));
        // the one deliberate difference: Hibernate does not read Tablesmith's @OnDelete
        assertEquals(List.of("posts: FOREIGN KEY (author_id) -> authors(id) ON DELETE SET NULL: present vs <missing>",
                "posts: FOREIGN KEY (author_id) -> authors(id) ON DELETE RESTRICT: <missing> vs present"), differences,
                String.join("\n", differences));
    }

    private static Catalog catalog(DataSource db) {
        return Catalog.read(db).without(Migrations.HISTORY_TABLE);
    }

    private List<Path> sqlFiles() throws Exception {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    private String name(String version) throws Exception {
        return sqlFiles().stream().map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V" + version + "__"))
                .findFirst().orElseThrow();
    }

    private String up(String version) throws Exception {
        return Files.readString(migrations.resolve(name(version)));
    }

    private String down(String version) throws Exception {
        return Files.readString(migrations.resolve("U" + name(version).substring(1)));
    }
}
