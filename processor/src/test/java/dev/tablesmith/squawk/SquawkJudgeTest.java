package dev.tablesmith.squawk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testkit.Squawk;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * squawk, the PostgreSQL migration linter, as an outside judge of every PostgreSQL migration the
 * repository holds: the golden files (every change kind, safe and plain, and the mapping matrix) and
 * the examples' committed migrations. Zero findings: what Tablesmith writes on purpose carries
 * squawk's own ignore comment with the reason ({@code -- squawk-ignore-file rule -- why}). Each file
 * is judged as Flyway runs it: in a transaction unless its {@code .conf} says
 * {@code executeInTransaction=false}. The random evolutions are judged in
 * {@code PostgresEvolutionPropertyTest}.
 */
public class SquawkJudgeTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/postgresql");
    static final List<Path> EXAMPLES = List.of(Path.of("../examples/shop/src/main/resources/db/migration"),
            Path.of("../examples/accounts/src/main/resources/db/migration"),
            Path.of("../examples/library/src/main/resources/db/migration/postgresql"));

    @Test
    void goldenMigrationsHaveNoFindings() throws Exception {
        List<Path> files = sqlFiles(GOLDEN);
        assertTrue(files.size() >= 100, "the PostgreSQL goldens: " + files.size());
        List<Squawk.Finding> findings = judge(files);
        assertEquals("", lines(findings), "squawk's findings on the golden migrations");
    }

    /**
     * The committed migrations were written before Tablesmith marked its deliberate choices; they are
     * never rewritten, so {@code squawk/committed-exceptions.properties} lists per file the rules whose
     * findings are deliberate there, with the reason. Any other finding fails, and so does an
     * exception that no longer matches a finding.
     */
    @Test
    void committedExampleMigrationsHaveOnlyTheDocumentedFindings() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path folder : EXAMPLES) {
            files.addAll(sqlFiles(folder));
        }
        assertTrue(files.size() >= 16, "the examples' PostgreSQL migrations: " + files);
        Map<String, Set<String>> excused = committedExceptions();
        Map<String, Set<String>> found = new TreeMap<>();
        List<Squawk.Finding> unexpected = new ArrayList<>();
        for (Squawk.Finding f : judge(files)) {
            String file = f.file().getFileName().toString();
            found.computeIfAbsent(file, k -> new TreeSet<>()).add(f.rule());
            if (!excused.getOrDefault(file, Set.of()).contains(f.rule())) {
                unexpected.add(f);
            }
        }
        assertEquals("", lines(unexpected), "findings on committed migrations that are not documented");
        assertEquals(excused, found, "the documented exceptions are the findings");
    }

    /** The judge can fail: plain DDL on a table in use, without timeouts, is reported. */
    @Test
    void squawkReportsAnUnsafeMigration(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("V2__bad.sql");
        Files.writeString(bad, "CREATE INDEX idx_users_name ON users (name);\nALTER TABLE users DROP COLUMN fax;\n");
        Set<String> rules = Squawk.lint(List.of(bad), true).stream().map(Squawk.Finding::rule)
                .collect(Collectors.toSet());
        assertTrue(rules.containsAll(Set.of("require-concurrent-index-creation", "ban-drop-column",
                "require-statement-timeout")), rules + " (" + Squawk.version() + ")");
        Path fine = dir.resolve("V3__fine.sql");
        Files.writeString(fine, "-- squawk-ignore-file ban-drop-column -- deprecated in V2\n"
                + "SET lock_timeout = '5s';\nSET statement_timeout = '1h';\nALTER TABLE users DROP COLUMN fax;\n");
        assertFalse(Squawk.lint(List.of(fine), true).stream().anyMatch(f -> f.rule().equals("ban-drop-column")));
    }

    /** The files judged together in two calls: those Flyway runs in a transaction and the others. */
    public static List<Squawk.Finding> judge(List<Path> files) throws IOException, InterruptedException {
        List<Path> inTransaction = new ArrayList<>();
        List<Path> outside = new ArrayList<>();
        for (Path f : files) {
            (transactional(f) ? inTransaction : outside).add(f);
        }
        List<Squawk.Finding> findings = new ArrayList<>(Squawk.lint(inTransaction, true));
        findings.addAll(Squawk.lint(outside, false));
        return findings;
    }

    /** A {@code V} file runs in a transaction unless its {@code .conf} says otherwise; a {@code U} file as its {@code V} file. */
    static boolean transactional(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path conf = file.resolveSibling((name.startsWith("U") ? "V" + name.substring(1) : name) + ".conf");
        return !Files.exists(conf) || !Files.readString(conf).contains("executeInTransaction=false");
    }

    static List<Path> sqlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static Map<String, Set<String>> committedExceptions() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/test/resources/squawk/committed-exceptions.properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Set<String>> out = new TreeMap<>();
        p.stringPropertyNames().forEach(file -> out.put(file, Stream.of(p.getProperty(file).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new))));
        return out;
    }

    private static String lines(List<Squawk.Finding> findings) {
        return findings.stream().map(Squawk.Finding::toString).collect(Collectors.joining("\n"));
    }
}
