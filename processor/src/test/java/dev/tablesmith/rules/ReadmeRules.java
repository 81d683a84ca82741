package dev.tablesmith.rules;

import dev.tablesmith.findings.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's rule tables, generated from {@link RuleCatalog}: one table per {@link Category}
 * (id, default severity, {@link Rule#summary()}, {@link Rule#fix()}), between two marker comments
 * below the {@code ## Rules} heading. {@link ReadmeRulesTest} keeps the README equal to it; run
 * {@link #main} (or the test with {@code -Dtablesmith.golden.update=true}) to rewrite the block.
 */
public final class ReadmeRules {
    static final String BEGIN = "<!-- rules:begin: generated from RuleCatalog; update with "
            + "mvn -pl processor test -Dtest=ReadmeRulesTest -Dtablesmith.golden.update=true -->";
    static final String END = "<!-- rules:end -->";
    /** The README as seen from the processor module, where Maven runs its tests. */
    static final Path README = Path.of("../README.md");

    private ReadmeRules() {}

    /** The generated block, markers included, for the given rules. */
    public static String render(List<? extends Rule> rules) {
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        for (Category category : Category.values()) {
            List<? extends Rule> inCategory = rules.stream().filter(r -> r.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            out.append('\n').append("### ").append(category.title()).append("\n\n");
            out.append("| rule | default | what it checks | how to fix |\n");
            out.append("| --- | --- | --- | --- |\n");
            for (Rule rule : inCategory) {
                out.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity() == Severity.OFF
                        ? "off (" + rule.severityWhenOn().label() + " when on)" : rule.defaultSeverity().label())
                        .append(" | ").append(cell(rule.summary())).append(" | ").append(cell(rule.fix()))
                        .append(" |\n");
            }
        }
        return out.append('\n').append(END).append('\n').toString();
    }

    /** The README with its rule block replaced by {@code block}; fails when the markers are missing. */
    static String replaceBlock(String readme, String block) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("README.md has no rule block: put the lines\n" + BEGIN + "\n" + END
                    + "\nbelow its \"## Rules\" heading");
        }
        int afterEnd = end + END.length();
        if (afterEnd < readme.length() && readme.charAt(afterEnd) == '\n') {
            afterEnd++;
        }
        return readme.substring(0, begin) + block + readme.substring(afterEnd);
    }

    /** A table cell: one line, and no {@code |} that would end the cell. */
    private static String cell(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
    }

    /** Rewrites the README's rule block; argument: the README's path (default {@code ../README.md}). */
    public static void main(String[] args) throws IOException {
        Path readme = args.length > 0 ? Path.of(args[0]) : README;
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Files.writeString(readme, replaceBlock(text, render(RuleCatalog.all())), StandardCharsets.UTF_8);
    }
}
