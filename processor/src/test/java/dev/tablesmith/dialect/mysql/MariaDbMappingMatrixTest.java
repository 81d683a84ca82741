package dev.tablesmith.dialect.mysql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.MappingMatrixTestAccess;
import dev.tablesmith.testing.CompiledClasses;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mapping matrix with {@code -Atablesmith.dialect=mysql}: migrated by Flyway on MariaDB 11.4,
 * validated by Hibernate's MariaDBDialect, and compared column by column and key by key with the
 * schema Hibernate creates itself on MariaDB, except for the differences listed in
 * {@link #deliberate}.
 *
 * <p>One field is left out: {@code Customer.luckyNumbers} ({@code Integer[]}). MariaDB has no array
 * type (Hibernate serialises the array into a {@code varbinary(255)}), so Tablesmith refuses it on
 * this dialect ({@code dialect-support}, see {@code MySqlSupportTest}).
 */
public class MariaDbMappingMatrixTest {
    @TempDir
    Path migrations;

    /**
     * Where Tablesmith deliberately differs from Hibernate on MariaDB. As on PostgreSQL (see
     * {@code MappingMatrixTest}): the {@code Set} collection table gets a primary key (its value
     * column NOT NULL). MariaDB-only: a STRING enum is {@code varchar(30)} with a named CHECK on
     * every dialect, where Hibernate uses MariaDB's ENUM type. MariaDB names are case-sensitive, so
     * JPA naming keeps {@code Customer}, {@code Post_keywords}.
     */
    static List<String> deliberate(Naming naming) {
        boolean spring = naming == Naming.SPRING;
        String customer = spring ? "customer" : "Customer";
        String postKeywords = spring ? "post_keywords" : "Post_keywords";
        String postId = spring ? "post_id" : "Post_id";
        return List.of(
                customer + ".tier: varchar(30) NULL vs enum NULL",
                postKeywords + ".keywords: varchar(255) NOT NULL vs varchar(255) NULL",
                postKeywords + ": PRIMARY KEY (" + postId + ", keywords): present vs <missing>");
    }

    @ParameterizedTest
    @EnumSource(Naming.class)
    void hibernateAgreesWithTheMigration(Naming naming) throws Exception {
        Compilation compilation = MappingMatrixTestAccess.namingRulesAsWarnings(TestCompiler.writingTo(migrations))
                .option("tablesmith.dialect", "mysql")
                .option("tablesmith.naming", naming.name().toLowerCase(Locale.ROOT))
                .compile(sources());
        assertThat(compilation).succeeded();
        CompiledClasses classes = new CompiledClasses(compilation);
        List<Class<?>> entities = classes.entities();
        assertFalse(entities.isEmpty());

        DataSource ours = MariaDbServer.shared().newDatabase("matrix_" + naming);
        assertFalse(Migrations.migrate(ours, migrations).isEmpty());
        classes.with(() -> {
            HibernateSchema.validate(ours, entities, naming);
            return null;
        });

        DataSource reference = MariaDbServer.shared().newDatabase("matrix_hibernate_" + naming);
        classes.with(() -> {
            HibernateSchema.create(reference, entities, naming);
            return null;
        });
        Catalog a = Catalog.read(ours);
        Catalog b = Catalog.read(reference);
        assertTrue(a.tables().size() > 10, "the migration created the matrix's tables");
        List<String> differences = new ArrayList<>(Catalog.diffColumnShapes(a, b));
        differences.addAll(Catalog.diffKeyShapes(a, b));
        assertEquals(new TreeSet<>(deliberate(naming)), new TreeSet<>(differences),
                "ours vs Hibernate's on MariaDB (" + naming + ")\n" + String.join("\n", differences));
    }

    /** The matrix without its array field (see the class comment); fails if that field moves. */
    public static JavaFileObject[] sources() throws IOException {
        List<JavaFileObject> out = new ArrayList<>();
        for (JavaFileObject f : MappingMatrixTestAccess.sources()) {
            String text = content(f);
            if (f.getName().endsWith("Customer.java")) {
                String without = text.replace("    private Integer[] luckyNumbers;\n", "");
                assertFalse(without.equals(text), "Customer.luckyNumbers is where the test expects it");
                out.add(JavaFileObjects.forSourceString("matrix.Customer", without));
            } else {
                out.add(f);
            }
        }
        return out.toArray(JavaFileObject[]::new);
    }

    private static String content(JavaFileObject f) {
        try {
            return f.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
