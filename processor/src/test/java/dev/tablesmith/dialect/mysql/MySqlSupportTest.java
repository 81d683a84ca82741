package dev.tablesmith.dialect.mysql;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What {@code -Atablesmith.dialect=mysql} cannot write as declared ({@code dialect-support}): an
 * error where MySQL/MariaDB would lose a guarantee, a warning where a weaker correct form is
 * written. Every other rule is off, so each finding stands alone; each is reported on the
 * declaration that asks for it.
 */
class MySqlSupportTest {
    private static JavaFileObject event(String typeAnnotations, String extraField) {
        return TestCompiler.source("""
                package app;

                import dev.tablesmith.annotations.*;
                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity
                @Table(name = "events")
                %s
                public class Event {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(nullable = false, length = 200)
                    private String email;

                    @Column(name = "room_id")
                    private Long roomId;

                    @Column(name = "starts_at")
                    private Instant startsAt;

                    @Column(name = "ends_at")
                    private Instant endsAt;

                    @Column(columnDefinition = "text")
                    private String body;

                    @Lob
                    private String notes;
                %s}
                """.formatted(typeAnnotations, extraField));
    }

    private static Compilation compile(JavaFileObject source) {
        return TestCompiler.validating().only().option("tablesmith.dialect", "mysql").compile(source);
    }

    @Test
    void anExclusionConstraintIsAnError() {
        JavaFileObject event = event("""
                @Exclusion(name = "events_no_overlap", using = IndexMethod.GIST,
                        elements = {"room_id WITH =", "tstzrange(starts_at, ends_at) WITH &&"})""", "");
        Compilation c = compile(event);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("mysql: exclusion constraint 'events_no_overlap' has no MySQL/MariaDB form, "
                + "so overlapping rows would be accepted: enforce it in the application under a lock, or target "
                + "PostgreSQL [dialect-support]").inFile(event).onLineContaining("@Exclusion(name = \"events_no_overlap\"");
    }

    @Test
    void aPartialUniqueIndexIsAnError() {
        JavaFileObject event = event("@TableIndex(name = \"idx_events_email\", columns = \"email\", unique = true, "
                + "where = \"ends_at IS NULL\")", "");
        Compilation c = compile(event);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("mysql: partial unique index 'idx_events_email' has no MySQL/MariaDB form")
                .inFile(event).onLineContaining("@TableIndex(name = \"idx_events_email\"");
    }

    @Test
    void anArrayColumnIsAnError() {
        JavaFileObject event = event("", "\n    private Integer[] scores;\n");
        Compilation c = compile(event);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("mysql: column 'events.scores' is an array, and MySQL/MariaDB has no array "
                + "type: map it as JSON (@JdbcTypeCode(SqlTypes.JSON)) or as an @ElementCollection table "
                + "[dialect-support]").inFile(event).onLineContaining("Integer[] scores;");
    }

    @Test
    void aUniqueExpressionIndexIsAnError() {
        JavaFileObject event = event("@TableIndex(name = \"idx_events_lower_email\", expression = \"lower(email)\", "
                + "unique = true)", "");
        Compilation c = compile(event);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("mysql: unique expression index 'idx_events_lower_email' has no MariaDB form "
                + "(no functional key parts)").inFile(event).onLineContaining("idx_events_lower_email");
    }

    @Test
    void anIndexOnATextColumnIsAnError() {
        JavaFileObject event = event("@TableIndex(name = \"idx_events_body\", columns = \"body\")", "");
        Compilation c = compile(event);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("mysql: index 'idx_events_body' is on 'body', a text column, which InnoDB "
                + "cannot index whole: index a VARCHAR column instead [dialect-support]")
                .inFile(event).onLineContaining("idx_events_body");
    }

    @Test
    void anIndexOnALobColumnIsAnError() {
        JavaFileObject event = event("@TableIndex(name = \"idx_events_notes\", columns = \"notes\")", "");
        Compilation c = compile(event);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("mysql: index 'idx_events_notes' is on 'notes', a clob column, which InnoDB "
                + "cannot index whole: index a VARCHAR column instead [dialect-support]")
                .inFile(event).onLineContaining("idx_events_notes");
    }

    @Test
    void anExpressionIndexIsLeftOutWithAWarning() {
        JavaFileObject event = event("@TableIndex(name = \"idx_events_lower_email\", expression = \"lower(email)\")", "");
        Compilation c = compile(event);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("mysql: expression index 'idx_events_lower_email' is not written: MariaDB "
                + "has no functional key parts; queries on the expression scan the table. Index a stored column "
                + "instead [dialect-support]").inFile(event).onLineContaining("idx_events_lower_email");
    }

    @Test
    void aCoveringIndexLosesItsIncludeWithAWarning() {
        JavaFileObject event = event("@TableIndex(name = \"idx_events_room_id\", columns = \"room_id\", "
                + "include = {\"starts_at\", \"ends_at\"})", "");
        Compilation c = compile(event);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("mysql: covering index 'idx_events_room_id' is written without its INCLUDE "
                + "columns (starts_at, ends_at): MySQL/MariaDB has no INCLUDE; add them as key columns if index-only "
                + "scans matter [dialect-support]").inFile(event).onLineContaining("idx_events_room_id");
    }

    @Test
    void aPartialIndexBecomesAFullIndexWithAWarning() {
        JavaFileObject event = event("@TableIndex(name = \"idx_events_starts_at\", columns = \"starts_at\", "
                + "where = \"ends_at IS NULL\")", "");
        Compilation c = compile(event);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("mysql: partial index 'idx_events_starts_at' is written as a full index "
                + "(MySQL/MariaDB has no WHERE on an index): it covers all rows and is larger than declared "
                + "[dialect-support]").inFile(event).onLineContaining("idx_events_starts_at");
    }

    @Test
    void aGinIndexBecomesABtreeWithAWarning() {
        JavaFileObject event = event("@TableIndex(name = \"idx_events_email\", columns = \"email\", "
                + "using = IndexMethod.GIN)", "");
        Compilation c = compile(event);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("mysql: index 'idx_events_email' uses GIN, which InnoDB does not have: it "
                + "is written as a B-tree index [dialect-support]").inFile(event).onLineContaining("idx_events_email");
    }

    /** Found by MariaDbEvolutionPropertyTest: MariaDB refused the migration ("cannot be used in the CHECK clause"). */
    @Test
    void aCheckOnAColumnAnOnDeleteActionWritesIsAnError() {
        String parent = """

                    @ManyToOne
                    @JoinColumn(name = "parent_id")
                    @OnDelete(OnDelete.Action.SET_NULL)
                    private Event parent;
                """;
        JavaFileObject event = event("@Check(name = \"events_parent_positive\", value = \"parent_id >= 0\")", parent);
        Compilation c = compile(event);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("mysql: check constraint 'events_parent_positive' uses 'parent_id', which "
                + "foreign key 'events_parent_id_fkey' writes ON DELETE SET NULL, and MySQL/MariaDB refuses a CHECK "
                + "on such a column: drop the check, or make the key ON DELETE CASCADE, RESTRICT or NO ACTION [dialect-support]")
                .inFile(event).onLineContaining("events_parent_positive");

        JavaFileObject cascading = event("@Check(name = \"events_parent_positive\", value = \"parent_id >= 0\")",
                parent.replace("SET_NULL", "CASCADE"));
        assertThat(compile(cascading)).succeededWithoutWarnings();
    }

    @Test
    void aPlainEntityHasNothingToReport() {
        Compilation c = compile(event("@TableIndex(name = \"idx_events_starts_at\", columns = \"starts_at DESC\")", ""));
        assertThat(c).succeededWithoutWarnings();
    }
}
