package dev.tablesmith.dialect.sqlite;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.testing.CompiledClasses;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import dev.tablesmith.testkit.SqliteDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mapping matrix ({@code src/test/resources/matrix}) on SQLite: compiled with
 * {@code tablesmith.dialect=sqlite}, migrated by Flyway on a fresh SQLite file with foreign keys on,
 * validated by Hibernate ORM with the community SQLiteDialect, and compared with the schema
 * Hibernate itself creates on SQLite for the same entities. Only the array field is left out: SQLite
 * has no arrays and the processor refuses it (see {@link SqliteSupportTest}).
 */
public class SqliteMappingMatrixTest {
    @TempDir
    Path dir;

    /**
     * Where Tablesmith deliberately differs from Hibernate's SQLite DDL. Hibernate writes no foreign
     * keys on SQLite at all (its SQLiteDialect has no ALTER TABLE ADD CONSTRAINT), nor the
     * composite unique constraint and unique index the matrix declares; Tablesmith writes every one
     * inside CREATE TABLE. The rest are the differences MappingMatrixTest lists for PostgreSQL (a
     * {@code Set} element collection gets a primary key with a NOT NULL value column). Listed per
     * naming mode, compared exactly.
     */
    static List<String> deliberate(Naming naming) {
        return naming == Naming.SPRING ? List.of(
                "post_keywords.keywords: varchar(255) NOT NULL vs varchar(255) NULL",
                "customer: FOREIGN KEY (account_id) -> account(id) ON DELETE NO ACTION: present vs <missing>",
                "line_note: FOREIGN KEY (line_line_no, line_order_no) -> line(line_no, order_no) ON DELETE NO ACTION: present vs <missing>",
                "post: FOREIGN KEY (written_by_id) -> customer(id) ON DELETE NO ACTION: present vs <missing>",
                "post_aliases: FOREIGN KEY (post_id) -> post(id) ON DELETE NO ACTION: present vs <missing>",
                "post_keywords: FOREIGN KEY (post_id) -> post(id) ON DELETE NO ACTION: present vs <missing>",
                "post_keywords: PRIMARY KEY (post_id, keywords): present vs <missing>",
                "post_tags: FOREIGN KEY (posts_id) -> post(id) ON DELETE NO ACTION: present vs <missing>",
                "post_tags: FOREIGN KEY (tags_id) -> tag(id) ON DELETE NO ACTION: present vs <missing>",
                "post_watchers: FOREIGN KEY (post_id) -> post(id) ON DELETE NO ACTION: present vs <missing>",
                "post_watchers: FOREIGN KEY (watchers_id) -> customer(id) ON DELETE NO ACTION: present vs <missing>",
                "support_tickets: FOREIGN KEY (customer_id) -> customer(id) ON DELETE NO ACTION: present vs <missing>",
                "support_tickets: UNIQUE (code): present vs <missing>",
                "support_tickets: UNIQUE (code, channel): present vs <missing>",
                "ticket_detail: FOREIGN KEY (ticket_ref) -> support_tickets(id) ON DELETE NO ACTION: present vs <missing>") : List.of(
                "Post_keywords.keywords: varchar(255) NOT NULL vs varchar(255) NULL",
                "Customer: FOREIGN KEY (account_id) -> Account(id) ON DELETE NO ACTION: present vs <missing>",
                "LineNote: FOREIGN KEY (line_lineNo, line_orderNo) -> Line(lineNo, orderNo) ON DELETE NO ACTION: present vs <missing>",
                "Post: FOREIGN KEY (writtenBy_id) -> Customer(id) ON DELETE NO ACTION: present vs <missing>",
                "Post_Customer: FOREIGN KEY (Post_id) -> Post(id) ON DELETE NO ACTION: present vs <missing>",
                "Post_Customer: FOREIGN KEY (watchers_id) -> Customer(id) ON DELETE NO ACTION: present vs <missing>",
                "Post_Tag: FOREIGN KEY (posts_id) -> Post(id) ON DELETE NO ACTION: present vs <missing>",
                "Post_Tag: FOREIGN KEY (tags_id) -> Tag(id) ON DELETE NO ACTION: present vs <missing>",
                "Post_aliases: FOREIGN KEY (Post_id) -> Post(id) ON DELETE NO ACTION: present vs <missing>",
                "Post_keywords: FOREIGN KEY (Post_id) -> Post(id) ON DELETE NO ACTION: present vs <missing>",
                "Post_keywords: PRIMARY KEY (Post_id, keywords): present vs <missing>",
                "TicketDetail: FOREIGN KEY (ticket_ref) -> support_tickets(id) ON DELETE NO ACTION: present vs <missing>",
                "support_tickets: FOREIGN KEY (customer_id) -> Customer(id) ON DELETE NO ACTION: present vs <missing>",
                "support_tickets: UNIQUE (code): present vs <missing>",
                "support_tickets: UNIQUE (code, channel): present vs <missing>");
    }

    @ParameterizedTest
    @EnumSource(Naming.class)
    void hibernateAgreesWithTheMigration(Naming naming) throws Exception {
        Path migrations = dir.resolve("migrations");
        Compilation compilation = namingRulesAsWarnings(TestCompiler.writingTo(migrations))
                .option("tablesmith.dialect", "sqlite")
                .option("tablesmith.naming", naming.name().toLowerCase(Locale.ROOT))
                .compile(sources());
        assertThat(compilation).succeeded();
        CompiledClasses classes = new CompiledClasses(compilation);
        List<Class<?>> entities = classes.entities();
        assertFalse(entities.isEmpty());

        DataSource ours = SqliteDatabase.create(dir.resolve("ours.db"));
        assertFalse(Migrations.migrate(ours, migrations).isEmpty());
        classes.with(() -> {
            HibernateSchema.validate(ours, entities, naming);
            return null;
        });

        DataSource reference = SqliteDatabase.create(dir.resolve("hibernate.db"));
        classes.with(() -> {
            HibernateSchema.create(reference, entities, naming);
            return null;
        });
        // why the testkit validates with SqliteRowidDialect: the stock dialect rejects Hibernate's own schema
        String stock = org.hibernate.community.dialect.SQLiteDialect.class.getName();
        Exception rejected = assertThrows(Exception.class, () -> classes.with(() -> {
            HibernateSchema.validate(reference, entities, naming, java.util.Map.of("hibernate.dialect", stock));
            return null;
        }));
        assertTrue(rejected.getMessage().contains("found [integer (Types#INTEGER)], but expecting [bigint (Types#BIGINT)]"),
                rejected.getMessage());
        Catalog a = Catalog.read(ours);
        Catalog b = Catalog.read(reference);
        List<String> differences = new ArrayList<>(Catalog.diffColumnShapes(a, b));
        differences.addAll(Catalog.diffKeyShapes(a, b));
        assertEquals(new TreeSet<>(deliberate(naming)), new TreeSet<>(differences),
                "ours vs Hibernate's (" + naming + ")\n" + String.join("\n", differences));
    }

    static TestCompiler namingRulesAsWarnings(TestCompiler compiler) {
        RuleCatalog.all().stream().filter(r -> r.category() == Category.NAMING)
                .forEach(r -> compiler.option("tablesmith.rule." + r.id().replace('-', '_'), "warning"));
        return compiler;
    }

    /** The matrix without its one array field. */
    public static JavaFileObject[] sources() throws IOException {
        Path folder = Path.of("src/test/resources/matrix");
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(p -> {
                try {
                    String text = Files.readString(p);
                    String without = text.replace("    private Integer[] luckyNumbers;\n", "");
                    assertTrue(!p.getFileName().toString().equals("Customer.java") || !without.equals(text),
                            "the array field of the matrix moved: update this filter");
                    return JavaFileObjects.forSourceString("matrix." + p.getFileName().toString().replace(".java", ""),
                            without);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toArray(JavaFileObject[]::new);
        }
    }
}
