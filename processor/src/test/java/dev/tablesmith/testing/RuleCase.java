package dev.tablesmith.testing;

import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * One violation of a rule: the sources (the first holds the finding; the others are what it
 * references), the whole text javac prints, and a text unique to the line it must be on.
 *
 * <p>{@code /*ALLOW*}{@code /} in the first source marks where {@code @Allow} goes in the suppressed
 * variant; without it, {@code @Allow} goes on the first source's public class.
 *
 * @param severity the finding's default severity when it differs from the rule's (a float money
 *     field warns), else null
 * @param options extra {@code -A} options (keys without {@code -A})
 */
public record RuleCase(String name, String rule, List<String> sources, String message, String line, Severity severity,
        Map<String, String> options) {
    private static final String ALLOW = "/*ALLOW*/";
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public (abstract )?class");

    public RuleCase {
        sources = List.copyOf(sources);
        options = Map.copyOf(options);
    }

    /** A violation at the rule's default severity. */
    public static RuleCase of(String rule, String name, List<String> sources, String message, String line,
            Map<String, String> options) {
        return new RuleCase(name, rule, sources, message, line, null, options);
    }

    public static RuleCase of(String rule, String name, List<String> sources, String message, String line) {
        return of(rule, name, sources, message, line, Map.of());
    }

    /** The same case at its own default severity. */
    public RuleCase at(Severity own) {
        return new RuleCase(name, rule, sources, message, line, own, options);
    }

    public Severity severity(Rule of) {
        return severity != null ? severity : of.defaultSeverity();
    }

    public JavaFileObject[] files() {
        return Sources.files(sources.stream().map(s -> s.replace(ALLOW, "")).toList());
    }

    /** The sources with {@code @Allow} for the rule on the offending element. */
    public JavaFileObject[] allowedFiles() {
        List<String> allowed = new ArrayList<>(sources);
        String first = allowed.get(0);
        String allow = "@dev.tablesmith.annotations.Allow(value = \"" + rule + "\", reason = \"legacy schema\") ";
        if (first.contains(ALLOW)) {
            first = first.replace(ALLOW, allow);
        } else {
            Matcher m = PUBLIC_CLASS.matcher(first);
            if (!m.find()) {
                throw new IllegalArgumentException(name + ": no public class to put @Allow on");
            }
            first = first.substring(0, m.start()) + allow + "\n" + first.substring(m.start());
        }
        allowed.set(0, first);
        return Sources.files(allowed);
    }

    /** {@code tablesmith.rule.<id>} as javac takes it. */
    public String option() {
        return "tablesmith.rule." + rule.replace('-', '_');
    }

    @Override
    public String toString() {
        return name;
    }

    /** Sources compiled together, named for the test report. */
    public record Sources(String name, List<String> texts) {
        public Sources {
            texts = List.copyOf(texts);
        }

        public static Sources of(String name, String... texts) {
            return new Sources(name, List.of(texts));
        }

        public JavaFileObject[] files() {
            return Sources.files(texts);
        }

        static JavaFileObject[] files(List<String> texts) {
            return texts.stream().map(TestCompiler::source).toArray(JavaFileObject[]::new);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
