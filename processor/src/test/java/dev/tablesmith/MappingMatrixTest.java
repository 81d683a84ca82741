package dev.tablesmith;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.testing.CompiledClasses;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import dev.tablesmith.testkit.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many JPA mapping forms at once (generic and chained mapped superclasses, nested embeddables with
 * overrides, every basic type, converters, sequences, composite keys, implicit join tables and
 * collection tables), compiled by the processor, migrated by Flyway on PostgreSQL, and judged by
 * Hibernate ORM in both naming modes: its validator passes and its own DDL has the same columns
 * and keys, except where Tablesmith is deliberately stricter (listed, compared exactly).
 */
class MappingMatrixTest {
    @TempDir
    Path migrations;

    /**
     * Where Tablesmith deliberately differs from Hibernate's DDL. A {@code Set} element collection
     * gets a primary key (every table has one; Hibernate never stores null elements, so the value
     * column is NOT NULL). Composite keys list their columns in Hibernate's order (size, then name),
     * and a foreign key to one follows it.
     */
    static List<String> deliberate(Naming naming) {
        return List.of(
                "post_keywords.keywords: varchar(255) NOT NULL vs varchar(255) NULL",
                "post_keywords: PRIMARY KEY (post_id, keywords): present vs <missing>");
    }

    @ParameterizedTest
    @EnumSource(Naming.class)
    void hibernateAgreesWithTheMigration(Naming naming) throws Exception {
        Compilation compilation = namingRulesAsWarnings(TestCompiler.writingTo(migrations))
                .option("tablesmith.naming", naming.name().toLowerCase(java.util.Locale.ROOT))
                .compile(sources());
        assertThat(compilation).succeeded();
        CompiledClasses classes = new CompiledClasses(compilation);
        List<Class<?>> entities = classes.entities();
        assertFalse(entities.isEmpty());

        DataSource ours = PostgresServer.shared().newDatabase("matrix_" + naming);
        assertFalse(Migrations.migrate(ours, migrations).isEmpty());
        classes.with(() -> {
            HibernateSchema.validate(ours, entities, naming);
            return null;
        });

        DataSource reference = PostgresServer.shared().newDatabase("matrix_hibernate_" + naming);
        classes.with(() -> {
            HibernateSchema.create(reference, entities, naming);
            return null;
        });
        Catalog a = Catalog.read(ours);
        Catalog b = Catalog.read(reference);
        List<String> differences = new ArrayList<>(Catalog.diffColumnShapes(a, b));
        differences.addAll(Catalog.diffKeyShapes(a, b));
        assertEquals(new TreeSet<>(deliberate(naming)), new TreeSet<>(differences),
                "ours vs Hibernate's (" + naming + ")\n" + String.join("\n", differences));
    }

    /**
     * The matrix maps implicit names on purpose (singular class-named tables, camelCase columns in
     * JPA mode), to compare them with Hibernate's; the naming rules would stop the build.
     */
    static TestCompiler namingRulesAsWarnings(TestCompiler compiler) {
        dev.tablesmith.rules.RuleCatalog.all().stream()
                .filter(r -> r.category() == dev.tablesmith.rules.Category.NAMING)
                .forEach(r -> compiler.option("tablesmith.rule." + r.id().replace('-', '_'), "warning"));
        return compiler;
    }

    static JavaFileObject[] sources() throws IOException {
        Path dir = Path.of("src/test/resources/matrix");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().map(p -> {
                try {
                    String name = "matrix." + p.getFileName().toString().replace(".java", "");
                    return JavaFileObjects.forSourceString(name, Files.readString(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toArray(JavaFileObject[]::new);
        }
    }
}
