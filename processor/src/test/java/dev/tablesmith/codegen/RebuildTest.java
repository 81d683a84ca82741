package dev.tablesmith.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of unchanged entities is a no-op: no file in the migration folder is rewritten (bytes
 * and time stamps stay) and the Filer receives the same sources; a changed schema rewrites
 * {@code schema.md} and the catalogue lists the new migration; check mode reports a stale document.
 */
class RebuildTest {
    static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    static final JavaFileObject PRODUCT_WITH_NAME = Fixtures.source("com.acme.store.Product", """
            package com.acme.store;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.GenerationType;
            import jakarta.persistence.Id;
            import jakarta.persistence.Table;

            /** Things for sale. */
            @Entity
            @Table(name = "products")
            public class Product extends Timestamped {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                /** Stock keeping unit. */
                @Column(nullable = false, unique = true, length = 64)
                private String sku;

                /** Shown in the catalogue. */
                @Column(length = 200)
                private String title;
            }
            """);

    private Compilation build(String version, List<JavaFileObject> sources) {
        Compilation c = CodegenTest.compiler(dir).option("tablesmith.version", version)
                .compile(sources.toArray(new JavaFileObject[0]));
        assertThat(c).succeeded();
        return c;
    }

    @Test
    void rebuildingUnchangedEntitiesTouchesNoFileAndGeneratesTheSameSources() throws IOException {
        Compilation first = build("20260101000000", Fixtures.all());
        ageFiles();
        Map<String, String> before = folder();
        assertTrue(before.containsKey("schema.md") && before.size() >= 4, before.keySet().toString());

        Compilation second = build("20260102000000", Fixtures.all());
        assertEquals(before, folder(), "the folder's files, bytes and time stamps");
        assertEquals(CodegenTest.generated(first), CodegenTest.generated(second));
    }

    @Test
    void aChangedSchemaRewritesTheDocumentAndTheCatalogueListsTheNewMigration() throws IOException {
        build("20260101000000", Fixtures.all());
        ageFiles();
        String oldDoc = Files.readString(dir.resolve("schema.md"));

        Compilation second = build("20260102000000",
                List.of(Fixtures.TIMESTAMPED, Fixtures.CUSTOMER, PRODUCT_WITH_NAME, Fixtures.INVOICE));
        String newDoc = Files.readString(dir.resolve("schema.md"));
        assertNotEquals(oldDoc, newDoc);
        assertTrue(newDoc.contains("| `title` | `VARCHAR(200)` | yes |  | Shown in the catalogue |"), newDoc);
        assertTrue(newDoc.contains("        varchar(200) title\n"), newDoc);
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(dir.resolve("schema.md")));
        // the first migration is never rewritten
        assertEquals(LONG_AGO, Files.getLastModifiedTime(dir.resolve("V20260101000000__initial_schema.sql")));

        String catalogue = CodegenTest.generated(second).get("com/acme/store/TablesmithMigrations.java");
        assertTrue(catalogue.contains("LATEST_VERSION = \"20260102000000\";"), catalogue);
        assertTrue(catalogue.contains("new MigrationInfo(\"20260101000000\", \"initial_schema\", "
                + "\"V20260101000000__initial_schema.sql\", \"" + sha256("V20260101000000__initial_schema.sql") + "\")"),
                catalogue);
        String added = Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("V20260102000000")).findFirst().orElseThrow();
        assertTrue(catalogue.contains("\"" + added + "\", \"" + sha256(added) + "\")"), catalogue);
        assertTrue(CodegenTest.generated(second).get("com/acme/store/ProductTable.java")
                .contains("public static final String TITLE = \"title\";"));
    }

    @Test
    void checkModeReportsAStaleOrMissingDocumentAndLeavesItAlone() throws IOException {
        build("20260101000000", Fixtures.all());
        Path doc = dir.resolve("schema.md");
        TestCompiler check = CodegenTest.compiler(dir).option("tablesmith.mode", "check");
        assertThat(check.compile(Fixtures.all().toArray(new JavaFileObject[0]))).succeeded();

        Files.writeString(doc, "edited by hand\n");
        Compilation stale = check.compile(Fixtures.all().toArray(new JavaFileObject[0]));
        assertThat(stale).failed();
        assertThat(stale).hadErrorContaining("schema.md is missing or out of date");
        assertEquals("edited by hand\n", Files.readString(doc));

        Files.delete(doc);
        assertThat(check.compile(Fixtures.all().toArray(new JavaFileObject[0]))).hadErrorContaining(
                "schema.md is missing or out of date");
        assertTrue(!Files.exists(doc));
    }

    /** Every file of the folder: name → time stamp and content. */
    private Map<String, String> folder() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.getLastModifiedTime(p).toMillis() + "\n"
                        + Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Sets every file's time stamp far into the past, so any rewrite shows. */
    private void ageFiles() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(p -> {
                try {
                    Files.setLastModifiedTime(p, LONG_AGO);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private String sha256(String file) throws IOException {
        return dev.tablesmith.migration.Checksums.sha256(Files.readAllBytes(dir.resolve(file)));
    }
}
