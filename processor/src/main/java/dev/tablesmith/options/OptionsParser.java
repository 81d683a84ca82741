package dev.tablesmith.options;

import dev.tablesmith.dialect.Dialects;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.reading.Naming;
import dev.tablesmith.rules.Rule;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.RuleConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Parses the processor options into {@link Options}, collecting every mistake with its fix. */
public final class OptionsParser {
    private OptionsParser() {}

    /** The options, or the list of problems (each an {@link OptionsMessages} finding), in the order found. */
    public record Result(Options options, List<Finding> problems) {}

    public static Result parse(Map<String, String> raw) {
        List<Finding> problems = new ArrayList<>();

        List<String> dialects = new ArrayList<>();
        for (String d : raw.getOrDefault(Options.DIALECT, "postgresql").split(",")) {
            String id = d.trim().toLowerCase(Locale.ROOT);
            if (id.equals("mariadb")) {
                id = "mysql";
            }
            if (id.isEmpty()) {
                continue;
            }
            if (Dialects.byId(id).isEmpty()) {
                problems.add(Finding.withoutElement(OptionsMessages.UNKNOWN_DIALECT, d.trim(),
                        String.join(", ", Dialects.ids())));
            } else if (!dialects.contains(id)) {
                dialects.add(id);
            }
        }
        if (dialects.isEmpty() && problems.isEmpty()) {
            dialects.add("postgresql");
        }

        Path migrations = null;
        String folder = raw.get(Options.MIGRATIONS);
        if (folder != null && !folder.isBlank()) {
            try {
                migrations = Path.of(folder.trim());
            } catch (InvalidPathException e) {
                problems.add(Finding.withoutElement(OptionsMessages.INVALID_PATH, folder, e.getMessage()));
            }
        }

        Naming naming = Naming.parse(raw.getOrDefault(Options.NAMING, "spring"));
        if (naming == null) {
            problems.add(Finding.withoutElement(OptionsMessages.UNKNOWN_NAMING, raw.get(Options.NAMING)));
            naming = Naming.SPRING;
        }

        Mode mode = Mode.WRITE;
        String modeText = raw.get(Options.MODE);
        if (modeText != null) {
            try {
                mode = Mode.valueOf(modeText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Finding.withoutElement(OptionsMessages.UNKNOWN_MODE, modeText));
            }
        }

        String name = raw.get(Options.NAME);
        if (name != null && !name.isBlank() && !name.trim().matches("[A-Za-z0-9_]+")) {
            problems.add(Finding.withoutElement(OptionsMessages.INVALID_NAME, name));
        }
        String version = raw.get(Options.VERSION);
        if (version != null && !version.isBlank() && !version.trim().matches("\\d+(\\.\\d+)*")) {
            problems.add(Finding.withoutElement(OptionsMessages.INVALID_VERSION, version));
        }

        Severity baseline = null;
        if (raw.containsKey(Options.RULES)) {
            Optional<Severity> s = Severity.parse(raw.get(Options.RULES));
            if (s.isEmpty()) {
                problems.add(Finding.withoutElement(OptionsMessages.UNKNOWN_BASELINE, raw.get(Options.RULES)));
            } else {
                baseline = s.get();
            }
        }
        Map<String, Severity> overrides = new HashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (!e.getKey().startsWith(Options.RULE_PREFIX)) {
                continue;
            }
            String written = e.getKey().substring(Options.RULE_PREFIX.length());
            Optional<Rule> rule = ruleByOptionKey(written);
            if (rule.isEmpty()) {
                problems.add(Finding.withoutElement(OptionsMessages.UNKNOWN_RULE, e.getKey(),
                        String.join(", ", RuleCatalog.ids())));
                continue;
            }
            Optional<Severity> s = Severity.parse(e.getValue());
            if (s.isEmpty()) {
                problems.add(Finding.withoutElement(OptionsMessages.UNKNOWN_SEVERITY, e.getKey(), e.getValue()));
            } else {
                overrides.put(rule.get().id(), s.get());
            }
        }

        Set<String> allowDrop = new TreeSet<>();
        for (String item : raw.getOrDefault(Options.ALLOW_DROP, "").split(",")) {
            if (!item.isBlank()) {
                allowDrop.add(item.trim());
            }
        }
        String lockTimeout = raw.getOrDefault(Options.LOCK_TIMEOUT, "5s").trim();
        if (!lockTimeout.matches("\\d+(ms|s|min)?")) {
            problems.add(Finding.withoutElement(OptionsMessages.INVALID_LOCK_TIMEOUT, lockTimeout));
        }
        String statementTimeout = raw.getOrDefault(Options.STATEMENT_TIMEOUT, Options.DEFAULT_STATEMENT_TIMEOUT).trim();
        if (!statementTimeout.matches("\\d+(ms|s|min|h)?")) {
            problems.add(Finding.withoutElement(OptionsMessages.INVALID_STATEMENT_TIMEOUT, statementTimeout));
        }

        CodegenOptions codegen = parseCodegen(raw, problems);
        Options options = new Options(dialects, migrations, naming, mode, blankToNull(name), blankToNull(version),
                new RuleConfig(baseline, overrides), allowDrop, lockTimeout, statementTimeout, codegen);
        return new Result(options, problems);
    }

    /** A rule by the key written after {@code tablesmith.rule.}: its id, or the id with - written as _. */
    static Optional<Rule> ruleByOptionKey(String key) {
        return RuleCatalog.byId(key).or(() -> RuleCatalog.byId(key.replace('_', '-')));
    }

    /** Every option the processor accepts, for {@code getSupportedOptions} (javac warns on others). */
    public static Set<String> supported() {
        Set<String> names = new LinkedHashSet<>(List.of(Options.DIALECT, Options.MIGRATIONS, Options.NAMING,
                Options.MODE, Options.NAME, Options.VERSION, Options.RULES, Options.ALLOW_DROP, Options.LOCK_TIMEOUT,
                Options.STATEMENT_TIMEOUT));
        names.addAll(List.of(CodegenOptions.TABLE_CLASS, CodegenOptions.CATALOG_PACKAGE));
        for (Rule rule : RuleCatalog.all()) {
            names.add(Options.RULE_PREFIX + rule.id().replace('-', '_'));
        }
        return names;
    }

    private static CodegenOptions parseCodegen(Map<String, String> raw, List<Finding> problems) {
        String tableClass = raw.getOrDefault(CodegenOptions.TABLE_CLASS, "").trim();
        if (tableClass.isEmpty()) {
            tableClass = CodegenOptions.DEFAULTS.tableClass();
        }
        CodegenOptions.checkTableClass(tableClass).ifPresent(problems::add);
        String catalogPackage = blankToNull(raw.get(CodegenOptions.CATALOG_PACKAGE));
        if (catalogPackage != null) {
            CodegenOptions.checkPackage(catalogPackage).ifPresent(problems::add);
        }
        return new CodegenOptions(tableClass, catalogPackage);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
