package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.TestCompiler;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MoneyPrecisionRule}: the contract's cases (a BigDecimal without scale is an error, float
 * money a warning), then both beside each other and the names that look like money.
 */
class MoneyPrecisionRuleTest extends IntegrityRuleContract {
    private static final String INVOICE = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "invoices")
            public class Invoice extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /*ALLOW*/@Column(nullable = false) java.math.BigDecimal total;
            }
            """;

    static final JavaFileObject ITEM = source("""
            package app;
            import jakarta.persistence.*;
            import jakarta.validation.constraints.Digits;
            @Entity @Table(name = "items")
            public class Item extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                double unitPrice;
                Float shipping_cost;
                double totalDistance;
                double weight;
                @Digits(integer = 10, fraction = 4) java.math.BigDecimal rate;
            }
            """);

    @Override
    protected String ruleId() {
        return "money-precision";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                integrityViolation("a BigDecimal without precision and scale",
                        "BigDecimal field 'total' has no precision and scale, so it becomes NUMERIC(38, 2) and every "
                                + "value is rounded to 2 decimals: give both, e.g. @Column(precision = 12, scale = 2) "
                                + "or @Digits(integer = 10, fraction = 2) [money-precision]",
                        "BigDecimal total;", INVOICE),
                integrityViolation("money in a double",
                        "field 'unitPrice' looks like money but is a double, which cannot hold amounts such as 0.10 "
                                + "exactly: declare it as BigDecimal with @Column(precision = 12, scale = 2) "
                                + "[money-precision]", "unitPrice;", """
                                package app;
                                import jakarta.persistence.*;
                                @Entity @Table(name = "items")
                                public class Item extends Timestamped {
                                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                                    /*ALLOW*/double unitPrice;
                                    double totalDistance;
                                }
                                """).at(Severity.WARNING));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(compliant("precision and scale", fixed(INVOICE, "@Column(nullable = false)",
                "@Column(nullable = false, precision = 12, scale = 2)")));
    }

    @Test
    void floatingMoneyWarnsByDefaultAndOtherDoublesAreNotReported() {
        Compilation c = validate(ITEM);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(2);
        assertThat(c).hadWarningContaining("field 'unitPrice' looks like money but is a double, which cannot hold "
                + "amounts such as 0.10 exactly: declare it as BigDecimal with @Column(precision = 12, scale = 2) "
                + "[money-precision]").inFile(ITEM).onLineContaining("unitPrice;");
        assertThat(c).hadWarningContaining("field 'shipping_cost' looks like money but is a Float")
                .inFile(ITEM).onLineContaining("shipping_cost;");
    }

    @Test
    void aConfiguredSeverityAppliesToFloatingMoneyToo() {
        Compilation strict = TestCompiler.validating().only("money-precision")
                .option("tablesmith.rule.money_precision", "error").compile(ITEM, source(TIMESTAMPED), source(USER));
        assertThat(strict).hadErrorCount(2);
        assertThat(strict).hadErrorContaining("field 'unitPrice' looks like money").inFile(ITEM)
                .onLineContaining("unitPrice;");
        Compilation baseline = TestCompiler.validating().only("money-precision")
                .option("tablesmith.rules", "error").compile(ITEM, source(TIMESTAMPED), source(USER));
        assertThat(baseline).hadErrorCount(2);
    }

    @Test
    void aBigDecimalWithoutScaleStaysAnErrorBesideFloatingMoney() {
        JavaFileObject both = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "invoices")
                public class Invoice extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    java.math.BigDecimal subtotal;
                    double tax;
                }
                """);
        Compilation c = validate(both);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("BigDecimal field 'subtotal' has no precision and scale").inFile(both)
                .onLineContaining("subtotal;");
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("field 'tax' looks like money but is a double").inFile(both)
                .onLineContaining("tax;");
    }

    @ParameterizedTest
    @CsvSource({"price, true", "unitPrice, true", "grandTotal, true", "shipping_cost, true", "fees, true",
            "taxes, true", "amount, true", "totalDistance, false", "weight, false", "priceRatio, false",
            "latitude, false"})
    void moneyNames(String name, boolean money) {
        assertEquals(money, MoneyPrecisionRule.looksLikeMoney(name));
    }
}
