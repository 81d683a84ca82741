package dev.tablesmith.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's teamwork story, with real git on a throwaway repository and the real processor: two
 * branches each add a migration from the same snapshot; merging main into the second branch
 * conflicts in the snapshot, the build says so and how to resolve it; the README's commands
 * resolve it; the second branch's change becomes one new migration after the first branch's; the
 * merged history applies on PostgreSQL.
 */
class TeamworkMergeTest {
    static final String FOLDER = "src/main/resources/db/migration";

    @TempDir
    Path repo;

    static final String USER = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 320) String email;
            %s}
            """;

    static final String NOTE = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "notes")
            public class Note {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ManyToOne(optional = false) User user;
                @Column(nullable = false, length = 2000) String body;
            }
            """;

    @Test
    void twoBranchesEachAddAMigrationAndTheMergeIsResolvedAsTheReadmeSays() throws Exception {
        Files.writeString(repo.resolve("pom.xml"), "<project/>\n"); // the module the processor looks for
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
        git("init", "-q", "-b", "main");
        git("config", "user.email", "dev@example.com");
        git("config", "user.name", "Dev");
        write("User.java", USER.formatted(""));
        assertEquals(List.of(), build("20260101000000"));
        git("add", "-A");
        git("commit", "-q", "-m", "users");

        // Ana adds a phone number and merges first
        git("checkout", "-q", "-b", "ana/phone");
        write("User.java", USER.formatted("    @Column(length = 30) String phone;\n"));
        assertEquals(List.of(), build("20260102000000"));
        git("add", "-A");
        git("commit", "-q", "-m", "phone");
        git("checkout", "-q", "main");
        git("merge", "-q", "--ff-only", "ana/phone");

        // Ben, branched before that, adds notes
        git("checkout", "-q", "-b", "ben/notes", "HEAD~1");
        write("Note.java", NOTE);
        assertEquals(List.of(), build("20260103000000"));
        git("add", "-A");
        git("commit", "-q", "-m", "notes");

        // Ben brings main in: both changed the snapshot
        Git merge = git(false, "merge", "main");
        assertTrue(merge.exitCode() != 0, "the merge conflicts: " + merge.output());
        assertTrue(merge.output().contains("CONFLICT (content): Merge conflict in " + FOLDER
                + "/tablesmith-snapshot.json"), merge.output());
        List<String> errors = build("20260104000000");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("tablesmith-snapshot.json cannot be read: it holds git merge conflict "
                + "markers: two branches both changed the schema and wrote a migration. Do not merge it by hand:"),
                errors.get(0));
        assertTrue(errors.get(0).contains("git checkout main -- tablesmith-snapshot.json"), errors.get(0));

        // restoring main's snapshot alone: the build names Ben's own migration files
        git("checkout", "main", "--", FOLDER + "/tablesmith-snapshot.json", FOLDER + "/schema.md");
        errors = build("20260104000000");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("are not recorded in tablesmith-snapshot.json: "
                + "U20260103000000__create_notes.sql, V20260103000000__create_notes.sql."), errors.get(0));

        // the README's resolution: delete them (never applied to a shared database), build, commit
        git("rm", "-q", FOLDER + "/V20260103000000__create_notes.sql", FOLDER + "/U20260103000000__create_notes.sql");
        assertEquals(List.of(), build("20260104000000"));
        git("add", FOLDER);
        git("commit", "-q", "--no-edit");
        assertEquals("", git("status", "--porcelain").output());
        assertEquals(List.of("U20260101000000__create_users.sql", "U20260102000000__add_users_phone.sql",
                "U20260104000000__create_notes.sql", "V20260101000000__create_users.sql",
                "V20260102000000__add_users_phone.sql", "V20260104000000__create_notes.sql", "schema.md",
                "tablesmith-snapshot.json"), files());
        assertEquals(List.of(), build("20260105000000"), "a second build after the merge is a no-op");
        assertEquals("", git("status", "--porcelain").output());

        DataSource db = PostgresServer.shared().newDatabase("teamwork");
        assertEquals(List.of("20260101000000", "20260102000000", "20260104000000"),
                Migrations.migrate(db, repo.resolve(FOLDER)));
    }

    private void write(String name, String source) throws IOException {
        Path file = repo.resolve("src/main/java/app/" + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(repo.resolve(FOLDER))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> build(String version) throws IOException {
        return Javac.compile(repo, version);
    }

    record Git(int exitCode, String output) {}

    private Git git(String... args) throws IOException, InterruptedException {
        return git(true, args);
    }

    private Git git(boolean mustSucceed, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "git " + args[0] + " did not finish");
        if (mustSucceed && p.exitValue() != 0) {
            fail("git " + String.join(" ", args) + " failed: " + output);
        }
        return new Git(p.exitValue(), output);
    }
}
