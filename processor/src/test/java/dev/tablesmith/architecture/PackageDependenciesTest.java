package dev.tablesmith.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers: data flows reading → model → rules → diff → dialect → migration →
 * writers, and no package depends on one that depends on it.
 */
class PackageDependenciesTest {
    /** The processor's own classes (its main output folder), not the tests or other modules. */
    private static final JavaClasses PROCESSOR = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.tablesmith.(*)..").should().beFreeOfCycles().check(PROCESSOR);
    }

    @Test
    void theCoreNeedsNoJavac() {
        noClasses().that().resideInAnyPackage("dev.tablesmith.model..", "dev.tablesmith.diff..",
                        "dev.tablesmith.dialect..", "dev.tablesmith.findings..", "dev.tablesmith.snapshot..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.annotation.processing..",
                        "javax.lang.model..", "com.sun.source..")
                .check(PROCESSOR);
    }

    @Test
    void findingsAreTheBottomLayer() {
        noClasses().that().resideInAPackage("dev.tablesmith.findings..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tablesmith.reading..", "dev.tablesmith.rules..",
                        "dev.tablesmith.dialect..", "dev.tablesmith.diff..", "dev.tablesmith.migration..")
                .check(PROCESSOR);
    }
}
