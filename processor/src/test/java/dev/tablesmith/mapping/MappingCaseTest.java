package dev.tablesmith.mapping;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.testing.CompiledClasses;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import dev.tablesmith.testkit.PostgresServer;
import dev.tablesmith.testkit.SqliteDatabase;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mapping matrix, one case per JPA construct: each folder under
 * {@code src/test/resources/mapping/<case>/} holds entity sources and, per engine, the deliberate
 * differences from Hibernate's DDL ({@code deliberate-<dialect>.txt}: one difference per line as
 * {@link Catalog#diffColumnShapes}/{@link Catalog#diffKeyShapes} print it, {@code #} lines say
 * why; a missing file means none). An optional {@code case.properties} sets processor options
 * ({@code tablesmith.naming=jpa}, ...) and {@code dialects=} the engines the case applies to.
 * {@code -Dtablesmith.mapping.cases=<regex>} runs only the cases whose folder name matches.
 *
 * <p>For every case and engine: the processor compiles the sources for that dialect, Flyway
 * applies the migration on the real engine, Hibernate ORM's validator passes on it, and the schema
 * Hibernate creates itself for the same entities has the same columns and keys, but for the listed
 * differences, compared exactly.
 */
class MappingCaseTest {
    static final Path CASES = Path.of("src/test/resources/mapping");
    static final List<String> DIALECTS = List.of("postgresql", "mysql", "sqlite");

    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CASES)) {
            String only = System.getProperty("tablesmith.mapping.cases", ".*");
            for (Path folder : folders.filter(Files::isDirectory)
                    .filter(f -> f.getFileName().toString().matches(only)).sorted().toList()) {
                Properties settings = settings(folder);
                for (String dialect : settings.getProperty("dialects", String.join(",", DIALECTS)).split(",")) {
                    out.add(Arguments.of(folder.getFileName().toString(), dialect.trim()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void hibernateAgreesWithTheMigration(String name, String dialect) throws Exception {
        Path folder = CASES.resolve(name);
        Properties settings = settings(folder);
        Naming naming = Naming.valueOf(settings.getProperty("tablesmith.naming", "spring").toUpperCase(Locale.ROOT));
        Path migrations = dir.resolve("migrations");
        TestCompiler compiler = TestCompiler.writingTo(migrations).option("tablesmith.dialect", dialect)
                .option("tablesmith.rules", "warning");
        settings.stringPropertyNames().stream().filter(k -> k.startsWith("tablesmith."))
                .forEach(k -> compiler.option(k, settings.getProperty(k)));
        Compilation compilation = compiler.compileAll(sources(folder));
        assertThat(compilation).succeeded();
        CompiledClasses classes = new CompiledClasses(compilation);
        List<Class<?>> entities = classes.entities();
        assertFalse(entities.isEmpty(), "no @Entity in " + folder);

        String db = "case_" + name.replace('-', '_') + "_";
        DataSource ours = database(dialect, db + "ours");
        assertFalse(Migrations.migrate(ours, migrations).isEmpty(), "Flyway applied nothing");
        classes.with(() -> {
            HibernateSchema.validate(ours, entities, naming);
            return null;
        });
        DataSource reference = database(dialect, db + "hibernate");
        classes.with(() -> {
            HibernateSchema.create(reference, entities, naming);
            return null;
        });
        Catalog a = Catalog.read(ours);
        Catalog b = Catalog.read(reference);
        List<String> differences = new ArrayList<>(Catalog.diffColumnShapes(a, b));
        differences.addAll(Catalog.diffKeyShapes(a, b));
        assertEquals(deliberate(folder, dialect), new TreeSet<>(differences),
                name + " on " + dialect + ": ours vs Hibernate's\n" + String.join("\n", differences));
    }

    private DataSource database(String dialect, String name) {
        return switch (dialect) {
            case "postgresql" -> PostgresServer.shared().newDatabase(name);
            case "mysql" -> MariaDbServer.shared().newDatabase(name);
            case "sqlite" -> SqliteDatabase.create(dir.resolve(name + ".db"));
            default -> throw new IllegalArgumentException("no engine for " + dialect);
        };
    }

    static Properties settings(Path folder) {
        Properties p = new Properties();
        Path file = folder.resolve("case.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    static TreeSet<String> deliberate(Path folder, String dialect) throws IOException {
        Path file = folder.resolve("deliberate-" + dialect + ".txt");
        TreeSet<String> lines = new TreeSet<>();
        if (Files.exists(file)) {
            Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(lines::add);
        }
        return lines;
    }

    static List<JavaFileObject> sources(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<JavaFileObject> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                // named after the file, as javac wants (a comment can fool TestCompiler.source's guess)
                String text = Files.readString(p);
                String pkg = text.lines().filter(l -> l.startsWith("package ")).findFirst()
                        .map(l -> l.substring(8, l.indexOf(';')).trim() + ".").orElse("");
                String type = p.getFileName().toString().replaceFirst("\\.java$", "");
                out.add(JavaFileObjects.forSourceString(pkg + type, text));
            }
            assertTrue(!out.isEmpty(), "no sources in " + folder);
            return out;
        }
    }
}
