package dev.tablesmith.test.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFolderTest {
    @TempDir
    Path dir;

    private static final Map<String, String> FILES = new TreeMap<>(Map.of(
            "V2__b.sql", "SELECT 2;",
            "U2__b.sql", "SELECT -2;",
            "V2.1__b.sql", "SELECT 21;",
            "V2.1__b.sql.conf", "executeInTransaction=false\n",
            "U2.1__b.sql", "SELECT -21;",
            "V1__a.sql", "SELECT 1;",
            "V10__c.sql", "SELECT 10;",
            "R__view.sql", "SELECT 0;",
            "tablesmith-snapshot.json", "{\"format\": 1, \"migrations\": [], \"schema\": {\"tables\": []}}",
            "schema.md", "# not read"));

    @Test
    void readsAFolderInFlywaysOrderWithEachDownAndHowItRuns() throws IOException {
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        check(MigrationFolder.of(dir));
        check(MigrationFolder.at("filesystem:" + dir));
    }

    @Test
    void readsAClassPathFolderInAJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> f : FILES.entrySet()) {
                out.putNextEntry(new JarEntry("db/migration/" + f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("db/migration/other/V99__not_this_folder.sql"));
            out.closeEntry();
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            check(MigrationFolder.at("db/migration"));
            check(MigrationFolder.at("classpath:/db/migration/"));
            assertEquals("no migration folder db/nothing on the class path",
                    assertThrows(IllegalArgumentException.class, () -> MigrationFolder.at("db/nothing")).getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void check(MigrationFolder folder) {
        List<MigrationFolder.Migration> m = folder.migrations();
        assertEquals(List.of("1", "2", "2.1", "10"), m.stream().map(x -> x.version().toString()).toList());
        assertNull(m.get(0).down());
        assertEquals("U2__b.sql", m.get(1).downFile());
        assertEquals(List.of(true, true, false, true), m.stream().map(MigrationFolder.Migration::transactional).toList());
        assertEquals(false, m.get(2).downTransactional()); // a down runs as its up
        assertEquals(0, folder.snapshot().tables().size());
    }

}
