package dev.tablesmith.options;

import dev.tablesmith.reading.Naming;
import dev.tablesmith.rules.RuleConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The {@code -A} options, parsed and validated once.
 *
 * @param dialects target dialects; more than one writes a sub-folder per dialect
 * @param migrations the committed migration folder, or null to derive it from the class output
 * @param name description part of the next migration's file name, or null to derive it
 * @param version version of the next migration, or null for the current UTC time
 * @param allowDrop confirmed drops: {@code table} or {@code table.column}
 * @param lockTimeout value of {@code SET lock_timeout} for migrations that lock existing tables
 * @param statementTimeout value of {@code SET statement_timeout} for the transactional parts of those
 *     migrations (the concurrent builds run without one)
 * @param codegen options of the generated Java sources
 */
public record Options(List<String> dialects, Path migrations, Naming naming, Mode mode, String name,
        String version, RuleConfig rules, Set<String> allowDrop, String lockTimeout, String statementTimeout, CodegenOptions codegen) {

    public static final String PREFIX = "tablesmith.";
    public static final String DIALECT = PREFIX + "dialect";
    public static final String MIGRATIONS = PREFIX + "migrations";
    public static final String NAMING = PREFIX + "naming";
    public static final String MODE = PREFIX + "mode";
    public static final String NAME = PREFIX + "name";
    public static final String VERSION = PREFIX + "version";
    public static final String RULES = PREFIX + "rules";
    /** Per-rule severity; javac only accepts identifier keys, so {@code -} in an id may be written {@code _}. */
    public static final String RULE_PREFIX = PREFIX + "rule.";
    public static final String ALLOW_DROP = PREFIX + "allowDrop";
    public static final String LOCK_TIMEOUT = PREFIX + "lockTimeout";
    public static final String STATEMENT_TIMEOUT = PREFIX + "statementTimeout";
    /**
     * Long enough for a table rewrite the table-rewrite rule warned about on a big table, short enough
     * that a runaway statement does not hold its ACCESS EXCLUSIVE lock for the rest of the day.
     */
    public static final String DEFAULT_STATEMENT_TIMEOUT = "1h";

    public Options {
        dialects = List.copyOf(dialects);
        allowDrop = Set.copyOf(allowDrop);
    }
}
