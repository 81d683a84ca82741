package dev.tablesmith.testing;

import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * A change of the entities between two builds: {@code before} writes the first migration, {@code
 * after} is compiled next. For a violation, the finding is in {@code after}'s first source on the
 * line containing {@code line}, or on no element when {@code line} is null (the class is gone).
 *
 * @param severity the finding's own default when it differs from the rule's, else null
 * @param options extra {@code -A} options for the second build (keys without {@code -A})
 */
public record MigrationCase(String name, String rule, List<String> before, List<String> after, String message,
        String line, Severity severity, Map<String, String> options) {
    /** The first build's version ({@link TestCompiler#writingTo}); the second is a month later. */
    public static final String V1 = "20260101000000";
    public static final String V2 = "20260201000000";

    public MigrationCase {
        before = List.copyOf(before);
        after = List.copyOf(after);
        options = Map.copyOf(options);
    }

    /** A change that is safe (no message); the rule's own cases use {@link MigrationRuleContract#violation}. */
    public static MigrationCase safe(String name, List<String> before, List<String> after, Map<String, String> options) {
        return new MigrationCase(name, null, before, after, null, null, null, options);
    }

    public Severity severity(Rule of) {
        return severity != null ? severity : of.defaultSeverity();
    }

    public JavaFileObject[] beforeFiles() {
        return RuleCase.Sources.files(before);
    }

    public JavaFileObject[] afterFiles() {
        return RuleCase.Sources.files(after);
    }

    /** {@code after} with {@code @Allow} for the rule on its first source's public class. */
    public JavaFileObject[] allowedAfterFiles() {
        return RuleCase.of(rule, name, after, message, line).allowedFiles();
    }

    public String option() {
        return "tablesmith.rule." + rule.replace('-', '_');
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every file of a folder, name → text, to show that a build changed nothing. */
    public static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    /** The names of the files of a folder that start with {@code prefix}, sorted. */
    public static List<String> files(Path dir, String prefix) throws IOException {
        List<String> names = new ArrayList<>(contents(dir).keySet());
        names.removeIf(n -> !n.startsWith(prefix));
        return names;
    }
}
