package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import dev.tablesmith.rules.integrity.DeclaredColumns.Declared;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Exact numbers are exact on purpose: a {@code BigDecimal} gives its precision and scale, and money
 * is not kept in {@code float}/{@code double}.
 */
public final class MoneyPrecisionRule implements SchemaRule {
    /** Last words of a field name that mean an amount of money ({@code unitPrice}, {@code grandTotal}, {@code shipping_cost}). */
    static final Set<String> MONEY_WORDS = Set.of("price", "cost", "amount", "total", "subtotal", "balance", "fee",
            "tax", "salary", "wage", "payment", "refund", "revenue", "money");

    private static final Set<String> FLOATING = Set.of("float", "double", "java.lang.Float", "java.lang.Double");

    @Override
    public String id() {
        return "money-precision";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Category category() {
        return Category.INTEGRITY;
    }

    @Override
    public String summary() {
        return "BigDecimal columns give precision and scale; money in float or double is a warning by default";
    }

    @Override
    public String explanation() {
        return """
                A `BigDecimal` without precision and scale becomes `NUMERIC(38, 2)`: every value is \
                rounded to two decimals without an error, so an exchange rate of 0.0735 is stored as \
                0.07. Give both with `@Column(precision = 12, scale = 2)` or \
                `@Digits(integer = 10, fraction = 2)` (which also validates in Java). A `float` or \
                `double` cannot hold 0.10 exactly, so sums of money drift by cents; the rule reports \
                such fields whose name ends in a money word (price, cost, amount, total, subtotal, \
                balance, fee, tax, salary, wage, payment, refund, revenue, money: `unitPrice`, \
                `shipping_cost`, `grandTotal`). A BigDecimal without scale is an error by default; \
                float money is a warning by default (it may be a deliberate approximation), and a \
                severity configured for the rule applies to both; a `double` that is not money, say `totalDistance`, is not matched, and \
                one that only looks like money takes `@Allow(value = "money-precision", reason = ...)`.
                Compliant: `@Column(nullable = false, precision = 12, scale = 2) private BigDecimal total;`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Declared d : DeclaredColumns.of(context)) {
            if (d.facts().foreignKey()) {
                continue;
            }
            String javaType = d.facts().javaType();
            if ("java.math.BigDecimal".equals(javaType) && !d.facts().precisionExplicit()) {
                report.accept(Finding.of(IntegrityMessages.DECIMAL_WITHOUT_SCALE, d.source().origin(),
                        d.source().entity(), d.field()));
            } else if (FLOATING.contains(javaType) && looksLikeMoney(d.field())) {
                report.accept(Finding.of(IntegrityMessages.FLOATING_MONEY, d.source().origin(), d.source().entity(),
                        d.field(), d.javaType()));
            }
        }
    }

    /** Whether the last word of a camelCase or snake_case name is a money word (plurals too). */
    static boolean looksLikeMoney(String name) {
        List<String> words = List.of(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).split("_+"));
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        String singular = last.endsWith("es") && MONEY_WORDS.contains(last.substring(0, last.length() - 2))
                ? last.substring(0, last.length() - 2)
                : last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        return MONEY_WORDS.contains(last) || MONEY_WORDS.contains(singular);
    }
}
