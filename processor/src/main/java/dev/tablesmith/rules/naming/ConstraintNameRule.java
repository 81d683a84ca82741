package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A constraint name written by hand reads {@code <table>_<column>_<kind>}: {@code _unique},
 * {@code _fkey}, and for checks and exclusions what they assert. Names Tablesmith generates follow
 * the same scheme ({@code orders_user_id_fkey}, {@code users_email_unique}, {@code orders_status_valid},
 * {@code _positive}, {@code _non_negative}, {@code _min}, {@code _max}, {@code _not_blank}), so only
 * written names are judged.
 */
public final class ConstraintNameRule implements SchemaRule {
    /** Endings that say a constraint exists but not what it asserts. */
    private static final List<String> VAGUE_ENDINGS = List.of("_check", "_chk", "_ck", "_constraint", "_excl",
            "_exclusion");

    /** What a check asserts, recognised from its expression, and the name ending that says it. */
    private static final List<Assertion> ASSERTIONS = List.of(
            new Assertion("(\\w+)\\s*>\\s*0", "positive"),
            new Assertion("(\\w+)\\s*>=\\s*0", "non_negative"),
            new Assertion("(\\w+)\\s*<\\s*0", "negative"),
            new Assertion("(\\w+)\\s*<=\\s*0", "non_positive"),
            new Assertion("(\\w+)\\s*>=\\s*-?[0-9.]+", "min"),
            new Assertion("(\\w+)\\s*<=\\s*-?[0-9.]+", "max"),
            new Assertion("(\\w+)\\s+in\\s*\\(.*\\)", "valid"),
            new Assertion("trim\\s*\\(\\s*(\\w+)\\s*\\)\\s*<>\\s*''", "not_blank"),
            new Assertion("(\\w+)\\s*<>\\s*''", "not_empty"),
            new Assertion("(\\w+)\\s+is\\s+not\\s+null", "not_null"));

    private static final Pattern TIME_ORDER = Pattern.compile("(\\w+)_at\\s*(>|<)\\s*(\\w+)_at");

    @Override
    public String id() {
        return "constraint-name";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Category category() {
        return Category.NAMING;
    }

    @Override
    public String summary() {
        return "constraint names read <table>_<column>_<kind>: _unique, _fkey, checks end with what they "
                + "assert (_positive, _valid, ...)";
    }

    @Override
    public String explanation() {
        return """
                A violated constraint is reported by its name alone, so the name must say where and \
                what: `users_email_unique`, `orders_user_id_fkey`, and for checks the assertion — \
                `orders_total_positive`, `orders_status_valid` (enums), `_non_negative`, `_min`, \
                `_max`, `_not_blank`, `bookings_ends_after_starts`. Endings such as `_check` say \
                nothing. Names left out are generated this way, so only written names are judged.
                Compliant: `@Check(name = "orders_total_positive", value = "total > 0")`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            String prefix = table.name() + "_";
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                written(context, table, unique.name()).ifPresent(source -> {
                    if (!(unique.name().startsWith(prefix) && unique.name().endsWith("_unique")
                            && NamingSupport.isSnakeCase(unique.name()))) {
                        String expected = prefix + String.join("_", unique.columns()) + "_unique";
                        report(report, NamingMessages.UNIQUE_NAME, source, unique.name(),
                                NamingSupport.fix(source, "UniqueConstraint", expected));
                    }
                });
            }
            for (ForeignKey fk : table.foreignKeys()) {
                written(context, table, fk.name()).ifPresent(source -> {
                    if (!(fk.name().startsWith(prefix) && fk.name().endsWith("_fkey")
                            && NamingSupport.isSnakeCase(fk.name()))) {
                        String expected = prefix + String.join("_", fk.columns()) + "_fkey";
                        report(report, NamingMessages.FOREIGN_KEY_NAME, source, fk.name(),
                                NamingSupport.fix(source, "ForeignKey", expected));
                    }
                });
            }
            for (CheckConstraint check : table.checks()) {
                written(context, table, check.name()).ifPresent(source -> {
                    Optional<String> recognised = assertionName(table, check.expression());
                    if (saysWhat(table, check.name()) && contradicts(check.name(), recognised)) {
                        report(report, NamingMessages.CHECK_NAME_CONTRADICTS, source, check.name(), check.expression(),
                                NamingSupport.fix(source, "Check", recognised.get()));
                    } else if (!saysWhat(table, check.name()) && recognised.isPresent()) {
                        report(report, NamingMessages.CHECK_NAME, source, check.name(),
                                NamingSupport.fix(source, "Check", recognised.get()));
                    } else if (!saysWhat(table, check.name())) {
                        report(report, NamingMessages.CHECK_NAME_UNRECOGNISED, source, check.name(), table.name());
                    }
                });
            }
            for (ExclusionConstraint exclusion : table.exclusions()) {
                written(context, table, exclusion.name()).ifPresent(source -> {
                    if (!saysWhat(table, exclusion.name())) {
                        report(report, NamingMessages.EXCLUSION_NAME, source, exclusion.name(), table.name());
                    }
                });
            }
        }
    }

    private static void report(Consumer<Finding> report, NamingMessages message, Source source, Object... args) {
        report.accept(Finding.of(message, source.nameOrOrigin(), source.entity(), args));
    }

    /** The source of a constraint whose name was written, or empty for a generated one. */
    private static Optional<Source> written(SchemaContext context, Table table, String name) {
        return context.sources().get(Ref.object(table.name(), name)).filter(Source::nameExplicit);
    }

    /** Starts with the table, is snake_case, and ends with something other than a column or a vague word. */
    private static boolean saysWhat(Table table, String name) {
        String prefix = table.name() + "_";
        if (!name.startsWith(prefix) || name.length() == prefix.length() || !NamingSupport.isSnakeCase(name)) {
            return false;
        }
        if (VAGUE_ENDINGS.stream().anyMatch(name::endsWith)) {
            return false;
        }
        return !table.hasColumn(name.substring(prefix.length()));
    }

    /**
     * A name that ends with a known assertion other than the one its expression makes
     * ({@code orders_total_positive} for {@code total >= 0}) misleads whoever reads an error about it.
     */
    private static boolean contradicts(String name, Optional<String> recognised) {
        if (recognised.isEmpty() || name.equals(recognised.get())) {
            return false;
        }
        String said = ASSERTIONS.stream().map(Assertion::ending).filter(ending -> name.endsWith("_" + ending))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        return said != null && !recognised.get().endsWith("_" + said);
    }

    /** The conventional name of a check whose expression is recognised ({@code total > 0} → {@code orders_total_positive}). */
    static Optional<String> assertionName(Table table, String expression) {
        String e = expression.trim().toLowerCase(Locale.ROOT);
        while (e.startsWith("(") && e.endsWith(")")) {
            e = e.substring(1, e.length() - 1).trim();
        }
        for (Assertion a : ASSERTIONS) {
            Matcher m = a.pattern().matcher(e);
            if (m.matches() && table.hasColumn(m.group(1))) {
                return Optional.of(table.name() + "_" + m.group(1) + "_" + a.ending());
            }
        }
        Matcher m = TIME_ORDER.matcher(e);
        if (m.matches() && table.hasColumn(m.group(1) + "_at") && table.hasColumn(m.group(3) + "_at")) {
            return Optional.of(table.name() + "_" + m.group(1) + (m.group(2).equals(">") ? "_after_" : "_before_")
                    + m.group(3));
        }
        return Optional.empty();
    }

    private record Assertion(Pattern pattern, String ending) {
        Assertion(String regex, String ending) {
            this(Pattern.compile(regex), ending);
        }
    }
}
