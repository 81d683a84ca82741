package dev.tablesmith.security;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.migration.FileOps;
import dev.tablesmith.processor.TablesmithProcessor;
import dev.tablesmith.testing.DiskCompiler;
import dev.tablesmith.testing.EcjCompiler;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All or nothing: a write that fails at any step (disk full, permission denied, a directory in the
 * way) leaves every folder byte for byte as it was, temporary files included; a compilation that
 * fails after annotation processing (a type error in a method body, -Werror) writes nothing and
 * leaves no migration in the class output; written files get the umask's permissions.
 */
class FileFaultAttacksTest {
    @TempDir
    Path dir;

    static final String V1 = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "victims")
            public class Victim { @Id Long id; @Column(length = 50) String note; }
            """;
    static final String V2 = """
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.*;
            @Entity @Table(name = "victims")
            @TableIndex(columns = "note", where = "note IS NOT NULL")
            public class Victim { @Id Long id; @Column(length = 50) String note; @Column(length = 20) String code; }
            """;

    /** A file system that fails at its n-th changing operation, as a full disk does. */
    static final class FailAt implements FileOps {
        final int failAt;
        final AtomicInteger calls = new AtomicInteger();

        FailAt(int failAt) {
            this.failAt = failAt;
        }

        private void step(String what, Path p) throws IOException {
            if (calls.incrementAndGet() == failAt) {
                throw new IOException("No space left on device (injected at " + what + " " + p.getFileName() + ")");
            }
        }

        @Override
        public void createDirectory(Path d) throws IOException {
            step("mkdir", d);
            SYSTEM.createDirectory(d);
        }

        @Override
        public void writeNew(Path file, byte[] bytes) throws IOException {
            if (calls.incrementAndGet() == failAt) {
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // half written, then full
                throw new IOException("No space left on device (injected writing " + file.getFileName() + ")");
            }
            SYSTEM.writeNew(file, bytes);
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            step("link", link);
            SYSTEM.link(link, existing);
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            step("move", to);
            SYSTEM.move(from, to, options);
        }
    }

    static Compilation compile(Path folder, FileOps ops, String version, String... sources) {
        List<JavaFileObject> files = Stream.of(sources).map(TestCompiler::source).toList();
        return javac().withProcessors(new TablesmithProcessor(ops)).withOptions("-Xlint:all,-processing",
                "-Atablesmith.migrations=" + folder, "-Atablesmith.version=" + version, "-Atablesmith.rules=off",
                "-Atablesmith.dialect=postgresql,sqlite").compile(files);
    }

    /** Every changing step of a second migration for two folders fails once; each time nothing changes. */
    @Test
    void aWriteFailingAtAnyStepLeavesEveryFolderAsItWas() throws IOException {
        assertEquals(Compilation.Status.SUCCESS, compile(dir, FileOps.SYSTEM, "20260101000000", V1).status());
        Map<String, byte[]> before = contents(dir);
        int failures = 0;
        for (int n = 1; ; n++) {
            FailAt ops = new FailAt(n);
            Compilation c = compile(dir, ops, "20260102000000", V2);
            if (ops.calls.get() < n) {
                assertEquals(Compilation.Status.SUCCESS, c.status(), c.diagnostics()::toString);
                break; // every step has failed once
            }
            failures++;
            assertEquals(Compilation.Status.FAILURE, c.status(), "step " + n);
            assertTrue(c.errors().stream().anyMatch(e -> e.getMessage(null).contains("No space left on device")
                    && e.getMessage(null).contains("every folder was left as it was")), c.errors()::toString);
            assertSame(before, contents(dir), "after a failure at step " + n);
        }
        assertTrue(failures >= 10, "steps tried: " + failures);
        assertFalse(contents(dir).equals(before), "the last try wrote");
    }

    @Test
    void aDirectoryWhereSchemaMdGoesIsAnErrorAndNothingChanges() throws IOException {
        assertEquals(Compilation.Status.SUCCESS, compile(dir, FileOps.SYSTEM, "20260101000000", V1).status());
        Files.delete(dir.resolve("sqlite/schema.md"));
        Files.createDirectory(dir.resolve("sqlite/schema.md"));
        Map<String, byte[]> before = contents(dir);
        Compilation c = compile(dir, FileOps.SYSTEM, "20260102000000", V2);
        assertEquals(Compilation.Status.FAILURE, c.status());
        assertTrue(c.errors().stream().anyMatch(e -> e.getMessage(null).contains("a directory is in the way")),
                c.errors()::toString);
        assertSame(before, contents(dir), "both folders as they were");
    }

    @Test
    void aTypeErrorInAMethodBodyWritesNothingAndLeavesNoCopyInTheClassOutput() throws IOException {
        Path classes = dir.resolve("classes");
        Path folder = dir.resolve("migrations");
        DiskCompiler.Result r = DiskCompiler.into(classes, folder, "20260101000000").compile(V1, """
                package app;
                public class Broken { int size() { return "not a number"; } }
                """);
        assertFalse(r.success(), r::toString);
        Attacks.assertNoFiles(folder);
        Attacks.assertNoFiles(classes.resolve("db"));

        DiskCompiler.Result ok = DiskCompiler.into(dir.resolve("classes2"), folder, "20260101000000").compile(V1);
        assertTrue(ok.success(), ok::toString);
        assertTrue(Files.exists(folder.resolve("V20260101000000__create_victims.sql")));
        assertTrue(Files.exists(dir.resolve("classes2/db/migration/V20260101000000__create_victims.sql"))
                || Files.exists(dir.resolve("classes2").resolve(folder.getFileName()).resolve("V20260101000000__create_victims.sql"))
                || Files.walk(dir.resolve("classes2")).anyMatch(p -> p.getFileName().toString().startsWith("V2026")),
                "the class-output copy of a successful build stays");
    }

    @Test
    void werrorWithAWarningWritesNothing() {
        Compilation c = javac().withProcessors(new TablesmithProcessor()).withOptions("-Xlint:all,-processing", "-Werror",
                "-Atablesmith.migrations=" + dir, "-Atablesmith.version=20260101000000", "-Atablesmith.rules=off")
                .compile(TestCompiler.source(V1), TestCompiler.source("""
                        package app;
                        public class Raw { java.util.List<String> names() { java.util.List raw = new java.util.ArrayList(); return raw; } }
                        """));
        assertEquals(Compilation.Status.FAILURE, c.status());
        Attacks.assertNoFiles(dir);
    }

    /**
     * What holds under ecj: it has no event after processing, so Tablesmith writes at the end of
     * processing when nothing had reported an error; a type error ecj finds later in a method body
     * does not stop the write (documented in the README).
     */
    @Test
    void underEcjAMethodBodyErrorFoundAfterProcessingDoesNotStopTheWrite() {
        Path folder = dir.resolve("migrations");
        EcjCompiler.Result r = EcjCompiler.writingTo(dir.resolve("ecj"), folder).option("tablesmith.rules", "off")
                .compile(TestCompiler.source(V1), TestCompiler.source("""
                        package app;
                        public class Broken { int size() { return "not a number"; } }
                        """));
        assertFalse(r.success());
        assertTrue(Files.exists(folder.resolve("V20260101000000__create_victims.sql")), "ecj writes at the end of processing");
    }

    @Test
    void writtenFilesGetTheUmasksPermissions() throws IOException {
        assertEquals(Compilation.Status.SUCCESS, compile(dir, FileOps.SYSTEM, "20260101000000", V1).status());
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(reference));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.equals(reference)).toList()) {
                assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
    }

    static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.toList()) {
                String key = root.relativize(p).toString();
                out.put(key + (Files.isDirectory(p) ? "/" : ""), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return out;
    }

    static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), when);
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), when + ": " + k));
    }
}
