package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.RuleCase;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@link PreferBigintOverIntRule}: the contract's cases (a generated Integer id, a primitive int id,
 * a Short id), then a foreign key to an Integer id, which is the id's one finding, not two.
 */
class PreferBigintOverIntRuleTest extends IntegrityRuleContract {
    private static final String COUNTRY = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "countries")
            public class Country extends Timestamped {
                /*ALLOW*/@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
            }
            """;

    @Override
    protected String ruleId() {
        return "prefer-bigint-over-int";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                integrityViolation("a generated Integer id",
                        "id 'id' of table 'countries' is declared Integer (INTEGER): once the table has used up its "
                                + "2,147,483,647 values every insert fails, and widening the key later rewrites the "
                                + "table and its foreign keys under an exclusive lock; declare it as Long (BIGINT) "
                                + "[prefer-bigint-over-int]", "Integer id;", COUNTRY),
                integrityViolation("an assigned int id",
                        "id 'id' of table 'regions' is declared int (INTEGER): once the table has used up its "
                                + "2,147,483,647 values every insert fails, and widening the key later rewrites the "
                                + "table and its foreign keys under an exclusive lock; declare it as Long (BIGINT) "
                                + "[prefer-bigint-over-int]", "int id;", """
                                package app;
                                import jakarta.persistence.*;
                                @Entity @Table(name = "regions")
                                public class Region extends Timestamped {
                                    /*ALLOW*/@Id
                                    int id;
                                }
                                """),
                integrityViolation("a Short id",
                        "id 'id' of table 'plans' is declared Short (SMALLINT): once the table has used up its 32,767 "
                                + "values every insert fails, and widening the key later rewrites the table and its "
                                + "foreign keys under an exclusive lock; declare it as Long (BIGINT) "
                                + "[prefer-bigint-over-int]", "Short id;", """
                                package app;
                                import jakarta.persistence.*;
                                @Entity @Table(name = "plans")
                                public class Plan extends Timestamped {
                                    /*ALLOW*/@Id Short id;
                                }
                                """));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(compliant("a Long id", fixed(COUNTRY, "Integer id", "Long id")));
    }

    @Test
    void aForeignKeyToAnIntegerIdIsTheIdsOneFinding() {
        JavaFileObject country = source(COUNTRY.replace("/*ALLOW*/", ""));
        JavaFileObject city = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "cities")
                public class City extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false) Country country;
                }
                """);
        Compilation c = validate(country, city);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("id 'id' of table 'countries' is declared Integer (INTEGER)").inFile(country)
                .onLineContaining("Integer id;");
    }
}
