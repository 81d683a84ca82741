package dev.tablesmith.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.testing.Golden;
import dev.tablesmith.testing.RecordingProcessor;
import dev.tablesmith.testing.TestCompiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Java sources and schema document, compiled from {@link Fixtures}: golden files
 * for their text, a strict compilation of the output, and the choices that depend on the class
 * path and the options.
 */
class CodegenTest {
    @TempDir
    Path dir;

    /** Rules at warning, so the fixtures do not depend on which rules exist; names pinned. */
    static TestCompiler compiler(Path folder) {
        return TestCompiler.writingTo(folder).option("tablesmith.rules", "warning");
    }

    /** The generated sources by path below the source output ({@code com/acme/store/CustomerTable.java}). */
    static Map<String, String> generated(Compilation c) {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject f : c.generatedSourceFiles()) {
            String uri = f.toUri().getPath();
            files.put(uri.substring(uri.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length()), content(f));
        }
        return files;
    }

    static String content(JavaFileObject f) {
        try {
            return f.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void generatedSourcesAndSchemaDocumentMatchTheirGoldenFiles() throws IOException {
        Compilation c = compiler(dir).compile(Fixtures.all().toArray(new JavaFileObject[0]));
        assertThat(c).succeeded();
        Map<String, String> files = generated(c);
        assertEquals(List.of("com/acme/store/CustomerTable.java", "com/acme/store/ProductTable.java",
                "com/acme/store/TablesmithMigrations.java", "com/acme/store/billing/InvoiceTable.java"),
                new ArrayList<>(files.keySet()));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Golden.assertMatches("codegen/" + f.getKey(), f.getValue());
        }
        Golden.assertMatches("codegen/schema.md", Files.readString(dir.resolve("schema.md")));
    }

    @Test
    void generatedSourcesCompileWithEveryLintAsAnError() {
        Compilation c = compiler(dir).compile(Fixtures.all().toArray(new JavaFileObject[0]));
        assertThat(c).succeeded();
        List<JavaFileObject> sources = new ArrayList<>(Fixtures.all());
        generated(c).forEach((path, text) -> sources.add(
                JavaFileObjects.forSourceString(path.replace('/', '.').replaceAll("\\.java$", ""), text)));
        // no processor here: only the generated code (and the fixtures) under -Xlint:all -Werror
        Compilation strict = javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources);
        assertThat(strict).succeeded();
        assertThat(strict).hadWarningCount(0);
        assertEquals(sources.size(), Fixtures.all().size() + 4);
    }

    @Test
    void jakartaGeneratedWhenOnTheClassPathElseTheJdksAndNoDates() {
        Compilation jakarta = compiler(dir).compile(Fixtures.all().toArray(new JavaFileObject[0]));
        Compilation jdk = javac().withProcessors(new dev.tablesmith.processor.TablesmithProcessor())
                .withOptions("-Xlint:all,-processing", "-Atablesmith.migrations=" + dir.resolve("jdk"),
                        "-Atablesmith.version=20260101000000", "-Atablesmith.rules=warning")
                .withClasspath(classPathWithout("jakarta.annotation-api"))
                .compile(Fixtures.all());
        assertThat(jakarta).succeeded();
        assertThat(jdk).succeeded();
        for (String text : generated(jakarta).values()) {
            assertTrue(text.contains("import jakarta.annotation.Generated;"), text);
            assertTrue(text.contains("@Generated(\"dev.tablesmith.processor.TablesmithProcessor\")"), text);
        }
        for (String text : generated(jdk).values()) {
            assertTrue(text.contains("import javax.annotation.processing.Generated;"), text);
            assertTrue(!text.contains("jakarta.annotation"), text);
            assertTrue(!text.matches("(?s).*date\\s*=.*"), "no time stamp in generated code: " + text);
        }
    }

    @Test
    void tableClassPatternAndCatalogPackageAreOptions() {
        Compilation c = compiler(dir).option("tablesmith.tableClass", "*Columns")
                .option("tablesmith.catalogPackage", "com.acme.db").compile(Fixtures.all().toArray(new JavaFileObject[0]));
        assertThat(c).succeeded();
        assertEquals(List.of("com/acme/db/TablesmithMigrations.java", "com/acme/store/CustomerColumns.java",
                "com/acme/store/ProductColumns.java", "com/acme/store/billing/InvoiceColumns.java"),
                new ArrayList<>(generated(c).keySet()));
        assertThat(c).generatedSourceFile("com.acme.store.CustomerColumns").contentsAsUtf8String()
                .contains("public final class CustomerColumns {");
        // the processor declares its options: javac does not call them unrecognised
        assertTrue(c.warnings().stream().noneMatch(w -> w.getMessage(null).contains("not recognized")),
                c.warnings().toString());
    }

    @Test
    void noneTurnsTheTableClassesOffAndKeepsTheCatalogue() {
        Compilation c = compiler(dir).option("tablesmith.tableClass", "none")
                .compile(Fixtures.all().toArray(new JavaFileObject[0]));
        assertThat(c).succeeded();
        assertEquals(List.of("com/acme/store/TablesmithMigrations.java"), new ArrayList<>(generated(c).keySet()));
    }

    @Test
    void aTableClassPatternThatClashesIsAnOptionError() {
        for (String pattern : List.of("*_", "*", "Table", "*A*", "1*", "*-x")) {
            RecordingProcessor recording = new RecordingProcessor();
            Compilation c = compiler(dir).option("tablesmith.tableClass", pattern).compile(recording,
                    List.of(Fixtures.PRODUCT, Fixtures.TIMESTAMPED));
            assertThat(c).failed();
            assertThat(c).hadErrorContaining("-Atablesmith.tableClass=" + pattern);
            assertEquals(Map.of(), recording.created());
        }
        Compilation c = compiler(dir).option("tablesmith.catalogPackage", "com..acme").compile(Fixtures.PRODUCT,
                Fixtures.TIMESTAMPED);
        assertThat(c).hadErrorContaining("-Atablesmith.catalogPackage=com..acme is not a Java package name");
    }

    @Test
    void validateModeGeneratesTheTableClassesButNoCatalogueAndNoFiles() throws IOException {
        Compilation c = TestCompiler.validating().option("tablesmith.rules", "warning")
                .option("tablesmith.migrations", dir.toString()).compile(Fixtures.all().toArray(new JavaFileObject[0]));
        assertThat(c).succeeded();
        assertEquals(List.of("com/acme/store/CustomerTable.java", "com/acme/store/ProductTable.java",
                "com/acme/store/billing/InvoiceTable.java"), new ArrayList<>(generated(c).keySet()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "validate mode writes no migration folder files");
        }
    }

    @Test
    void aHandWrittenClassOfTheSameNameIsReportedWithTheOptionThatAvoidsIt() {
        JavaFileObject mine = TestCompiler.source("package com.acme.store;\npublic class ProductTable {}\n");
        Compilation c = compiler(dir).compile(Fixtures.PRODUCT, Fixtures.TIMESTAMPED, mine);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("cannot generate com.acme.store.ProductTable");
        assertThat(c).hadErrorContaining("use -Atablesmith.tableClass to name it differently");
        Compilation renamed = compiler(dir.resolve("renamed")).option("tablesmith.tableClass", "*Schema")
                .compile(Fixtures.PRODUCT, Fixtures.TIMESTAMPED, mine);
        assertThat(renamed).succeeded();
        assertThat(renamed).generatedSourceFile("com.acme.store.ProductSchema");
    }

    @Test
    void entitiesWithoutACommonPackageNeedTheCatalogPackageOption() {
        JavaFileObject other = TestCompiler.source("""
                package org.other;
                import jakarta.persistence.*;
                @Entity @Table(name = "widgets")
                public class Widget {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """);
        Compilation c = compiler(dir).compile(Fixtures.PRODUCT, Fixtures.TIMESTAMPED, other);
        assertThat(c).hadErrorContaining("share no package to put TablesmithMigrations in: set "
                + "-Atablesmith.catalogPackage=<package>");
        Compilation fixed = compiler(dir.resolve("fixed")).option("tablesmith.catalogPackage", "org.db")
                .compile(Fixtures.PRODUCT, Fixtures.TIMESTAMPED, other);
        assertThat(fixed).succeeded();
        assertThat(fixed).generatedSourceFile("org.db.TablesmithMigrations");
    }

    @Test
    void nothingIsGeneratedWhenAnErrorWasReported() {
        JavaFileObject broken = TestCompiler.source("""
                package com.acme.store;
                import jakarta.persistence.*;
                @Entity @Table(name = "parcels", indexes = @Index(name = "idx_parcels_nope", columnList = "nope"))
                public class Parcel {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """);
        RecordingProcessor recording = new RecordingProcessor();
        Compilation c = compiler(dir).compile(recording, List.of(Fixtures.PRODUCT, Fixtures.TIMESTAMPED, broken));
        assertThat(c).failed();
        assertEquals(Map.of(), recording.created());
        assertTrue(!Files.exists(dir.resolve("schema.md")), "schema.md written after an error");
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR));
    }

    @Test
    void eachSourceNamesTheElementsItComesFromAndIsWrittenInTheFirstRound() {
        RecordingProcessor recording = new RecordingProcessor();
        Compilation c = compiler(dir).compile(recording, Fixtures.all());
        assertThat(c).succeeded();
        Map<String, List<String>> origins = new TreeMap<>();
        recording.created().forEach((name, created) -> {
            origins.put(name, created.origins());
            assertEquals(1, created.round(), name + " must be generated in the first round");
            assertTrue(!created.lastRound(), name + " generated in the last round would not be compiled");
        });
        assertEquals(Map.of(
                "com.acme.store.CustomerTable", List.of("com.acme.store.Customer", "com.acme.store.Timestamped"),
                "com.acme.store.ProductTable", List.of("com.acme.store.Product", "com.acme.store.Timestamped"),
                "com.acme.store.billing.InvoiceTable",
                List.of("com.acme.store.billing.Invoice", "com.acme.store.Timestamped"),
                "com.acme.store.TablesmithMigrations",
                List.of("com.acme.store.Customer", "com.acme.store.Product", "com.acme.store.billing.Invoice")),
                origins);
    }

    /** The test class path less the entries whose path contains {@code fragment}. */
    static List<File> classPathWithout(String fragment) {
        List<File> files = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains(fragment)) {
                files.add(new File(entry));
            }
        }
        return files;
    }
}
