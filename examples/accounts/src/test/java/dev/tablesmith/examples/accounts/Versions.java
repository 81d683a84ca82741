package dev.tablesmith.examples.accounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The steps of a migration folder. One step is what one build wrote: {@code V<version>__*.sql}
 * and, when it also built indexes concurrently, {@code V<version>.1__*.sql} with its {@code .conf};
 * each with its {@code U} file.
 */
final class Versions {
    private static final Pattern SCRIPT = Pattern.compile("([VU])(\\d+)((?:\\.\\d+)?)__.*");

    private Versions() {}

    /** The steps' base versions, oldest first. */
    static List<String> steps(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> SCRIPT.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(2)).distinct().sorted().toList();
        }
    }

    /** Every Flyway version of the folder ({@code 20261208090000}, {@code 20261208090000.1}), oldest first. */
    static List<String> scripts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> SCRIPT.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(2) + m.group(3)).distinct()
                    .sorted((a, b) -> {
                        int byBase = a.split("\\.")[0].compareTo(b.split("\\.")[0]);
                        return byBase != 0 ? byBase : a.compareTo(b);
                    }).toList();
        }
    }

    /** The files (name → bytes) of one step. */
    static Map<String, byte[]> filesOfStep(Path folder, String step) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Matcher m = SCRIPT.matcher(p.getFileName().toString());
                if (m.matches() && m.group(2).equals(step)) {
                    out.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }
}
