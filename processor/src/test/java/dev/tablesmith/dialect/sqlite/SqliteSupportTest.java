package dev.tablesmith.dialect.sqlite;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SQLite cannot write as declared ({@code dialect-support}): errors that stop the build where a
 * guarantee would be lost, warnings where a plain index stands in (and the migration still applies
 * on SQLite).
 */
class SqliteSupportTest {
    @TempDir
    Path dir;

    static final JavaFileObject BOOKING = source("""
            package app;
            import dev.tablesmith.annotations.Exclusion;
            import jakarta.persistence.*;
            @Entity @Table(name = "bookings")
            @Exclusion(name = "bookings_room_id_during_excl", elements = {"room_id WITH =", "during WITH &&"})
            public class Booking {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(name = "room_id", nullable = false) long roomId;
                @Column(columnDefinition = "tstzrange", nullable = false) String during;
            }
            """);

    static final JavaFileObject SCORES = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "scores")
            public class Score {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                Integer[] points;
            }
            """);

    // one @TableIndex per class: javac places a diagnostic on a repeated annotation's element, not on the annotation
    static final JavaFileObject DOCUMENTS = source("""
            package app;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.*;
            @Entity @Table(name = "documents")
            @TableIndex(columns = "title", include = {"author", "pages"})
            public class Document {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 200) String title;
                @Column(nullable = false, length = 100) String author;
                @Column(nullable = false) int pages;
            }
            """);

    static final JavaFileObject AUTHORS = source("""
            package app;
            import dev.tablesmith.annotations.IndexMethod;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.*;
            @Entity @Table(name = "authors")
            @TableIndex(columns = "name", using = IndexMethod.HASH)
            public class Author {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String name;
            }
            """);

    static final JavaFileObject ARTICLES = source("""
            package app;
            import dev.tablesmith.annotations.IndexMethod;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.*;
            @Entity @Table(name = "articles")
            @TableIndex(name = "idx_articles_body_search", expression = "to_tsvector('english', body)", using = IndexMethod.GIN)
            public class Article {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 4000) String body;
            }
            """);

    static final JavaFileObject PAGES = source("""
            package app;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.*;
            @Entity @Table(name = "pages")
            @TableIndex(columns = "number DESC", where = "number > 0")
            @TableIndex(name = "idx_pages_lower_title", expression = "lower(title)")
            public class Page {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false) int number;
                @Column(nullable = false, length = 200) String title;
            }
            """);

    private TestCompiler sqlite() {
        return TestCompiler.writingTo(dir.resolve("migrations")).option("tablesmith.dialect", "sqlite");
    }

    @Test
    void anExclusionConstraintIsAnError() {
        Compilation c = sqlite().compile(BOOKING);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("exclusion constraint 'bookings_room_id_during_excl' cannot be written for"
                + " SQLite, which has no exclusion constraints, so overlapping rows would be accepted: enforce it in"
                + " the application, or target PostgreSQL only [dialect-support]")
                .inFile(BOOKING).onLineContaining("@Exclusion(");
        assertFalse(Files.exists(dir.resolve("migrations").resolve("tablesmith-snapshot.json")), "nothing written");
    }

    @Test
    void anArrayColumnIsAnError() {
        Compilation c = sqlite().compile(SCORES);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("column 'scores.points' is an array, which SQLite does not have: map it as"
                + " an @ElementCollection (a table of its own), or target PostgreSQL only [dialect-support]")
                .inFile(SCORES).onLineContaining("Integer[] points;");
    }

    @Test
    void indexesSqliteLacksWarnAndBecomePlainIndexesThatApply() throws Exception {
        Compilation c = sqlite().compile(DOCUMENTS, AUTHORS, ARTICLES, PAGES);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("index 'idx_documents_title' has INCLUDE columns (author, pages), which"
                + " SQLite does not have: a plain index on its key columns is written for SQLite, so queries reading"
                + " them visit the table [dialect-support]")
                .inFile(DOCUMENTS).onLineContaining("include = {\"author\", \"pages\"}");
        assertThat(c).hadWarningContaining("index 'idx_authors_name' uses HASH, which SQLite does not have: a"
                + " plain index on the same columns is written for SQLite [dialect-support]")
                .inFile(AUTHORS).onLineContaining("using = IndexMethod.HASH");
        assertThat(c).hadWarningContaining("index 'idx_articles_body_search' is a full-text index (to_tsvector),"
                + " which SQLite cannot build: no index is written for SQLite, so these searches scan the table"
                + " [dialect-support]")
                .inFile(ARTICLES).onLineContaining("to_tsvector");

        Path migrations = dir.resolve("migrations");
        String up;
        try (Stream<Path> files = Files.list(migrations)) {
            up = Files.readString(files.filter(p -> p.getFileName().toString().startsWith("V")).findFirst().orElseThrow());
        }
        assertTrue(up.contains("CREATE INDEX idx_documents_title ON documents (title);"), up);
        assertTrue(up.contains("CREATE INDEX idx_authors_name ON authors (name);"), up);
        assertTrue(up.contains("CREATE INDEX idx_pages_number ON pages (number DESC) WHERE number > 0;"), up);
        assertTrue(up.contains("CREATE INDEX idx_pages_lower_title ON pages ((lower(title)));"), up);
        assertFalse(up.contains("CREATE INDEX idx_articles_body_search"), up);

        DataSource db = SqliteDatabase.create(dir.resolve("documents.db"));
        assertEquals(List.of("20260101000000"), Migrations.migrate(db, migrations));
        Catalog catalog = Catalog.read(db);
        Catalog.Table pages = catalog.requireTable("pages");
        assertEquals("number > 0", pages.index("idx_pages_number").predicate());
        assertEquals(java.util.Arrays.asList((String) null), pages.index("idx_pages_lower_title").columns());
        assertTrue(catalog.requireTable("articles").indexes().isEmpty());
    }

    static final JavaFileObject TAGS = source("""
            package app;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.*;
            @Entity @Table(name = "tags")
            @TableIndex(columns = "label text_pattern_ops")
            public class Tag {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String label;
            }
            """);

    static final JavaFileObject RANKS = source("""
            package app;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.*;
            @Entity @Table(name = "ranks")
            @TableIndex(columns = "position DESC NULLS FIRST")
            public class Rank {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                Integer position;
            }
            """);

    /** SqliteDialect writes them without operator class and NULLS ordering; this was left unsaid. */
    @Test
    void operatorClassesAndNullsOrderingWarnAndAreLeftOut() throws Exception {
        Compilation c = sqlite().compile(TAGS, RANKS);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("index 'idx_tags_label' declares an operator class or NULLS ordering,"
                + " which SQLite's CREATE INDEX does not take: it is written with plain columns for SQLite"
                + " [dialect-support]").inFile(TAGS).onLineContaining("text_pattern_ops");
        assertThat(c).hadWarningContaining("index 'idx_ranks_position' declares an operator class or NULLS ordering")
                .inFile(RANKS).onLineContaining("NULLS FIRST");
        Path migrations = dir.resolve("migrations");
        assertEquals(List.of("20260101000000"), Migrations.migrate(SqliteDatabase.create(dir.resolve("tags.db")),
                migrations));
    }
}
