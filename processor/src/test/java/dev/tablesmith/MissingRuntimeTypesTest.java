package dev.tablesmith;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import jakarta.persistence.Entity;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that put the processor on the processor path but not {@code tablesmith-annotations} on
 * the class path: one error naming the dependency, not a "cannot find symbol" for every use of
 * {@code TableColumn} in every generated class; and nothing written.
 */
class MissingRuntimeTypesTest {
    static final JavaFileObject USER = TestCompiler.source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String name;
            }
            """);

    @TempDir
    Path dir;

    @Test
    void withoutTablesmithAnnotationsOnTheClassPathOneErrorNamesTheDependency() throws URISyntaxException {
        Path folder = dir.resolve("db/migration");
        Compilation c = TestCompiler.writingTo(folder).classPath(jakartaPersistenceOnly()).compile(USER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("the code Tablesmith generates needs dev.tablesmith.runtime.TableColumn and "
                + "dev.tablesmith.runtime.MigrationInfo from tablesmith-annotations, which is not on the compile "
                + "class path");
        assertThat(c).hadErrorContaining("add the dependency dev.tablesmith:tablesmith-annotations");
        assertThat(c).hadErrorContaining("[class-path]");
        assertFalse(folder.toFile().exists(), "nothing is written");
    }

    @Test
    void rulesOnlyWithoutTableClassesNeedNoRuntimeTypes() throws URISyntaxException {
        Compilation c = TestCompiler.validating().option("tablesmith.tableClass", "none")
                .classPath(jakartaPersistenceOnly()).compile(USER);
        assertThat(c).succeeded();
        assertThat(c).hadErrorCount(0);
    }

    private static List<File> jakartaPersistenceOnly() throws URISyntaxException {
        return List.of(new File(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
}
