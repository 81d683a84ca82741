package dev.tablesmith.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it" snippet, pasted into a fresh project's pom as it stands in README.md (so the
 * two cannot drift) and built by the Maven this build runs under: the first {@code mvn compile}
 * writes the migration; the class output holds the same files after that build and after the next;
 * and {@code mvn compile -Dtablesmith.mode=check} fails on a changed entity, listing the change and
 * the SQL it would write.
 */
class ReadmeSnippetBuildTest {
    @TempDir
    Path work;

    static final String USER = """
            package com.example.app;

            import jakarta.persistence.*;
            import java.time.Instant;

            /** Someone with an account. */
            @Entity
            @Table(name = "users")
            public class User {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @Column(nullable = false, unique = true, length = 320)
                private String email;
            %s
                @Column(nullable = false)
                private Instant createdAt;

                @Column(nullable = false)
                private Instant updatedAt;
            }
            """;

    static final String PHONE = """

                @Column(length = 30)
                private String phone;
            """;

    static String pom() throws Exception {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>first-hour</artifactId>
                  <version>1.0.0</version>
                %s</project>
                """.formatted(UserProject.readmeSnippet("use-it"));
    }

    @Test
    void theSnippetAsPastedWritesTheMigrationAndCheckModeListsWhatIsPending() throws Exception {
        UserProject project = UserProject.create(work.resolve("first-hour"), pom());
        project.write("src/main/java/com/example/app/User.java", USER.formatted(""));

        UserProject.Run first = project.mvn("compile").succeeded();
        List<String> migrations = project.files("src/main/resources/db/migration");
        assertEquals(4, migrations.size(), migrations.toString());
        assertTrue(migrations.get(0).matches("U\\d{14}__create_users\\.sql"), migrations.toString());
        assertTrue(migrations.get(1).matches("V\\d{14}__create_users\\.sql"), migrations.toString());
        assertEquals(List.of("schema.md", "tablesmith-snapshot.json"), migrations.subList(2, 4));
        assertTrue(first.output().contains("Tablesmith wrote"), first.output());
        assertEquals(migrations, project.files("target/classes/db/migration"), "the class output after the first build");
        assertTrue(project.files("target/generated-sources/annotations/com/example/app").contains("UserTable.java"));

        project.write("src/main/java/com/example/app/User.java", USER.formatted(PHONE));
        UserProject.Run check = project.mvn("compile", "-Dtablesmith.mode=check").failed();
        assertTrue(check.output().contains("Pending: add_users_phone"), check.output());
        assertTrue(check.output().contains("it would write V<version>__add_users_phone.sql:"), check.output());
        assertTrue(check.output().contains("ALTER TABLE users ADD COLUMN phone VARCHAR(30);"), check.output());
        assertTrue(check.output().contains("[pending-changes]"), check.output());
        assertEquals(migrations, project.files("src/main/resources/db/migration"), "check mode writes nothing");

        project.mvn("compile").succeeded();
        List<String> after = project.files("src/main/resources/db/migration");
        assertEquals(migrations.size() + 2, after.size(), after.toString());
        assertEquals(after, project.files("target/classes/db/migration"), "the class output after a later build");
        project.mvn("compile", "-Dtablesmith.mode=check").succeeded();
    }
}
