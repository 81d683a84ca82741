package dev.tablesmith.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Mermaid diagrams with the real Mermaid (npm, version pinned by
 * {@code tools/mermaid/package-lock.json}) in Debian's headless Chromium, as GitHub and IDE
 * previews do: a page calls {@code mermaid.render} for each diagram and Chromium prints the DOM
 * with the outcome. Like the database fixtures, it provisions what it needs on first use:
 * {@code npm ci} into {@code tools/mermaid}, and {@code apt-get install chromium} when running as
 * root (as these machines do). Nothing is skipped: a tool that cannot be provisioned is an error
 * that says what to install.
 */
public final class MermaidRenderer {
    /** The outcome for one diagram: the text of the SVG Mermaid drew, or its error message. */
    public record Result(boolean ok, String error, String svgText) {}

    private static final Pattern LINE = Pattern.compile("^(OK|ERROR) (\\d+) ([A-Za-z0-9+/=]*)$", Pattern.MULTILINE);

    private MermaidRenderer() {}

    /** Renders each diagram; results in the same order. */
    public static List<Result> render(List<String> diagrams) throws IOException, InterruptedException {
        Path chromium = chromium();
        Path mermaid = mermaidScript();
        Path dir = TempDirs.create("tablesmith-mermaid-");
        try {
            Path page = dir.resolve("render.html");
            Files.writeString(page, page(mermaid, diagrams), StandardCharsets.UTF_8);
            Path err = dir.resolve("chromium.err");
            Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--allow-file-access-from-files",
                    "--virtual-time-budget=60000", "--dump-dom", page.toUri().toString())
                    .redirectError(err.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish rendering in 180 s");
            }
            String dom = new String(out, StandardCharsets.UTF_8);
            List<Result> results = new ArrayList<>();
            Matcher m = LINE.matcher(dom);
            while (m.find()) {
                String text = new String(Base64.getDecoder().decode(m.group(3)), StandardCharsets.UTF_8);
                results.add(m.group(1).equals("OK") ? new Result(true, null, text) : new Result(false, text, null));
            }
            if (results.size() != diagrams.size()) {
                throw new IllegalStateException("Chromium reported " + results.size() + " of " + diagrams.size()
                        + " diagrams (exit " + p.exitValue() + "); its output:\n" + dom + "\nstderr:\n"
                        + Files.readString(err));
            }
            return results;
        } finally {
            TempDirs.deleteQuietly(dir);
        }
    }

    private static String page(Path mermaid, List<String> diagrams) {
        StringBuilder list = new StringBuilder("[");
        for (String d : diagrams) {
            list.append(list.length() > 1 ? "," : "").append('"')
                    .append(Base64.getEncoder().encodeToString(d.getBytes(StandardCharsets.UTF_8))).append('"');
        }
        list.append(']');
        return """
                <!doctype html>
                <html><head><meta charset="utf-8"><script src="%s"></script></head>
                <body><pre id="out">PENDING</pre>
                <script>
                const decode = s => new TextDecoder().decode(Uint8Array.from(atob(s), c => c.charCodeAt(0)));
                const encode = s => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
                mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
                (async () => {
                  const lines = [];
                  const diagrams = %s;
                  for (let i = 0; i < diagrams.length; i++) {
                    try {
                      const { svg } = await mermaid.render('diagram' + i, decode(diagrams[i]));
                      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
                      const text = Array.from(doc.querySelectorAll('text, foreignObject, span, p'))
                          .map(e => e.textContent.trim()).filter(t => t).join('\\n');
                      lines.push('OK ' + i + ' ' + encode(text));
                    } catch (e) {
                      lines.push('ERROR ' + i + ' ' + encode(String((e && e.message) || e)));
                    }
                  }
                  document.getElementById('out').textContent = '\\n' + lines.join('\\n') + '\\n';
                })();
                </script></body></html>
                """.formatted(mermaid.toUri(), list);
    }

    /** Debian's Chromium: {@code $CHROMIUM}, else {@code /usr/bin/chromium}, installed with apt-get if missing. */
    static synchronized Path chromium() throws IOException, InterruptedException {
        String configured = System.getenv("CHROMIUM");
        Path path = Path.of(Optional.ofNullable(configured).orElse("/usr/bin/chromium"));
        if (!Files.isExecutable(path) && configured == null && isRoot()) {
            run(List.of("apt-get", "update", "-qq"), null, 600);
            run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"), null, 1200);
        }
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Chromium is not installed at " + path + " and this user cannot install "
                    + "it: run `apt-get install -y chromium` as root, or point $CHROMIUM at a Chromium binary");
        }
        return path;
    }

    private static boolean isRoot() {
        try {
            return "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a provisioning command, failing with its output when it fails. */
    static void run(List<String> command, Path dir, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        Path log = Files.createTempFile("tablesmith-provision-", ".log");
        try {
            Process p = builder.redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n"
                        + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * {@code tools/mermaid/node_modules/mermaid/dist/mermaid.min.js}, found upwards from the working
     * directory; {@code npm ci} installs the locked version there first if it is missing.
     */
    static synchronized Path mermaidScript() throws IOException, InterruptedException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path tools = dir.resolve("tools/mermaid");
            if (Files.isRegularFile(tools.resolve("package.json"))) {
                Path script = tools.resolve("node_modules/mermaid/dist/mermaid.min.js");
                if (!Files.isRegularFile(script)) {
                    run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), tools, 900);
                }
                if (!Files.isRegularFile(script)) {
                    throw new IllegalStateException("npm ci in " + tools + " did not install " + script);
                }
                return script;
            }
        }
        throw new IllegalStateException("no tools/mermaid/package.json above " + Path.of("").toAbsolutePath());
    }
}
