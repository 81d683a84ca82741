package dev.tablesmith.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * squawk, the PostgreSQL migration linter (npm {@code squawk-cli}, version pinned by
 * {@code tools/squawk/package-lock.json}), as an outside judge of generated migrations. It
 * provisions itself like {@link MermaidRenderer}: {@code npm ci} into {@code tools/squawk} on first
 * use. The native binary comes in the npm platform package {@code @squawk-cli/linux-x64}, an
 * optional dependency of {@code squawk-cli} with no install script, so nothing is downloaded beyond
 * npm; it is run directly, without node. A squawk that cannot be provisioned is an error that says
 * why, never a skip.
 */
public final class Squawk {
    /** One finding: the file, its line (1-based), squawk's rule id and message. */
    public record Finding(Path file, int line, String rule, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + rule + " " + message;
        }
    }

    /** {@code path:line:column: warning: rule message}, squawk's gcc reporter; its lines count from 0. */
    private static final Pattern GCC = Pattern.compile("^(.+?):(\\d+):(\\d+): (?:warning|error): (\\S+) (.*)$",
            Pattern.MULTILINE);

    private Squawk() {}

    /**
     * Lints the files as Flyway runs them: {@code assumeInTransaction} for files Flyway wraps in a
     * transaction. Every rule squawk enables by default applies; the files' own
     * {@code squawk-ignore} comments are honoured.
     */
    public static List<Finding> lint(List<Path> files, boolean assumeInTransaction)
            throws IOException, InterruptedException {
        if (files.isEmpty()) {
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of(binary().toString(), "--reporter", "gcc",
                assumeInTransaction ? "--assume-in-transaction" : "--no-assume-in-transaction"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Path dir = TempDirs.create("tablesmith-squawk-");
        Path out = dir.resolve("squawk.out");
        try {
            // from an empty directory under /tmp: no .squawk.toml found upwards changes the judge
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("squawk did not finish in 300 s");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            List<Finding> findings = new ArrayList<>();
            Matcher m = GCC.matcher(text);
            while (m.find()) {
                findings.add(new Finding(Path.of(m.group(1)), Integer.parseInt(m.group(2)) + 1, m.group(4),
                        m.group(5)));
            }
            if (p.exitValue() != 0 && findings.isEmpty() || p.exitValue() > 1) {
                throw new IllegalStateException("squawk failed (exit " + p.exitValue() + "):\n" + text);
            }
            return findings;
        } finally {
            TempDirs.deleteQuietly(dir);
        }
    }

    /** The squawk version the lock file installs ({@code squawk 2.66.0}). */
    public static String version() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(binary().toString(), "--version").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    /**
     * {@code tools/squawk/node_modules/@squawk-cli/linux-x64/bin/squawk}, found upwards from the
     * working directory; {@code npm ci} installs the locked version there first if it is missing.
     */
    static synchronized Path binary() throws IOException, InterruptedException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path tools = dir.resolve("tools/squawk");
            if (Files.isRegularFile(tools.resolve("package.json"))) {
                Path binary = tools.resolve("node_modules/@squawk-cli/linux-x64/bin/squawk");
                if (!Files.isExecutable(binary)) {
                    MermaidRenderer.run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), tools, 900);
                }
                if (!Files.isExecutable(binary)) {
                    throw new IllegalStateException("npm ci in " + tools + " did not install " + binary
                            + " (squawk-cli ships it in @squawk-cli/linux-x64 for Linux x64 only)");
                }
                return binary;
            }
        }
        throw new IllegalStateException("no tools/squawk/package.json above " + Path.of("").toAbsolutePath());
    }
}
