package dev.tablesmith.test.migrate;

import dev.tablesmith.test.snapshot.Snapshot;
import dev.tablesmith.test.snapshot.SnapshotReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A migration folder as Tablesmith writes it (Flyway naming): {@code V<version>__<name>.sql} up,
 * {@code U<version>__<name>.sql} down, an optional {@code V<version>__<name>.sql.conf} with
 * {@code executeInTransaction=false}, and {@code tablesmith-snapshot.json}. Read from the class
 * path ({@code db/migration}, {@code classpath:db/migration/postgresql}; a directory or a jar) or the
 * file system ({@code filesystem:src/main/resources/db/migration}, or a {@link Path}).
 */
public final class MigrationFolder {
    private static final Pattern SCRIPT = Pattern.compile("([VU])(\\d[0-9._]*?)__(.+)\\.sql");

    private final String location;
    private final Map<String, String> files; // file name -> text

    private MigrationFolder(String location, Map<String, String> files) {
        this.location = location;
        this.files = files;
    }

    /**
     * One migration version: its up script, its down script (null if there is none) and whether each
     * runs in a transaction (a down runs as its up does unless its own {@code .conf} says otherwise).
     */
    public record Migration(Version version, String description, String upFile, String up, String downFile,
                            String down, boolean transactional, boolean downTransactional) {
    }

    /**
     * The folder at a location: {@code filesystem:<path>}, {@code classpath:<path>}, or a bare class-path
     * path as Flyway takes it ({@code db/migration}).
     *
     * @throws IllegalArgumentException if nothing is found there
     */
    public static MigrationFolder at(String location) {
        if (location.startsWith("filesystem:")) {
            return of(Path.of(location.substring("filesystem:".length())));
        }
        String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        path = path.replaceAll("^/+", "").replaceAll("/+$", "");
        Map<String, String> files = new TreeMap<>();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = MigrationFolder.class.getClassLoader();
            }
            List<URL> urls = java.util.Collections.list(loader.getResources(path));
            if (urls.isEmpty()) { // a jar without directory entries: found through the snapshot file
                URL snapshot = loader.getResource(path + "/" + Snapshot.FILE_NAME);
                if (snapshot != null && "jar".equals(snapshot.getProtocol())) {
                    urls = List.of(snapshot);
                }
            }
            for (URL url : urls) {
                if ("file".equals(url.getProtocol())) {
                    files.putAll(read(Path.of(url.toURI())));
                } else if ("jar".equals(url.getProtocol())) {
                    files.putAll(readJar((JarURLConnection) url.openConnection(), path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class-path folder " + path, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no migration folder " + location + " on the class path");
        }
        return new MigrationFolder("classpath:" + path, files);
    }

    /** The folder in the file system. */
    public static MigrationFolder of(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no migration folder " + directory.toAbsolutePath());
        }
        try {
            return new MigrationFolder("filesystem:" + directory, read(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
    }

    private static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (relevant(name)) {
                    files.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static Map<String, String> readJar(JarURLConnection connection, String path) throws IOException {
        Map<String, String> files = new TreeMap<>();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            String prefix = path + "/";
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                String rest = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : null;
                if (rest != null && !rest.isEmpty() && !rest.contains("/") && relevant(rest)) {
                    try (InputStream in = jar.getInputStream(e)) {
                        files.put(rest, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return files;
    }

    private static boolean relevant(String name) {
        return name.equals(Snapshot.FILE_NAME) || name.endsWith(".sql") || name.endsWith(".sql.conf");
    }

    public String location() {
        return location;
    }

    /**
     * The folder's {@code tablesmith-snapshot.json}.
     *
     * @throws IllegalArgumentException if it is missing or not a snapshot
     */
    public Snapshot snapshot() {
        String json = files.get(Snapshot.FILE_NAME);
        if (json == null) {
            throw new IllegalArgumentException("no " + Snapshot.FILE_NAME + " in " + location);
        }
        try {
            return SnapshotReader.read(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(location + "/" + Snapshot.FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    /**
     * The up migrations in Flyway's order, each with its down.
     *
     * @throws IllegalArgumentException if two files claim the same version
     */
    public List<Migration> migrations() {
        Map<Version, String[]> ups = new TreeMap<>();
        Map<Version, String> downs = new TreeMap<>();
        for (String name : files.keySet()) {
            Matcher m = SCRIPT.matcher(name);
            if (!m.matches()) {
                continue;
            }
            Version v = Version.of(m.group(2));
            if (m.group(1).equals("V")) {
                if (ups.put(v, new String[] {name, m.group(3)}) != null) {
                    throw new IllegalArgumentException("two up migrations of version " + v + " in " + location);
                }
            } else if (downs.put(v, name) != null) {
                throw new IllegalArgumentException("two down migrations of version " + v + " in " + location);
            }
        }
        List<Migration> out = new ArrayList<>();
        ups.forEach((v, up) -> {
            String down = downs.get(v);
            boolean transactional = executeInTransaction(up[0]);
            out.add(new Migration(v, up[1], up[0], files.get(up[0]), down, down == null ? null : files.get(down),
                    transactional, down != null && files.containsKey(down + ".conf") ? executeInTransaction(down)
                    : transactional));
        });
        return out;
    }

    /** {@code executeInTransaction} of the script's {@code .conf} file (Flyway's per-script configuration); default true. */
    private boolean executeInTransaction(String script) {
        String conf = files.get(script + ".conf");
        if (conf == null) {
            return true;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(conf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return !"false".equalsIgnoreCase(p.getProperty("executeInTransaction", "true").trim());
    }
}
