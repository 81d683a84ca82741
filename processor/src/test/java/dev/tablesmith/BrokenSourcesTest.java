package dev.tablesmith;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sources javac cannot resolve: the processor must add nothing to javac's own errors (no bogus
 * finding, no exception) and write no file, because the model it would read is incomplete.
 */
class BrokenSourcesTest {
    @TempDir
    Path dir;

    static final JavaFileObject CUSTOMER = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "customers")
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                String name;
            }
            """);

    static Stream<Arguments> brokenSources() {
        return Stream.of(
                Arguments.of("missing import", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "events")
                        public class Event {
                            @Id Long id;
                            Instant happenedAt;
                        }
                        """), CUSTOMER)),
                Arguments.of("import of a class that does not exist", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        import com.acme.money.Money;
                        @Entity @Table(name = "invoices")
                        public class Invoice {
                            @Id Long id;
                            Money total;
                        }
                        """))),
                Arguments.of("unknown type as a field type", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        import java.util.List;
                        @Entity @Table(name = "baskets")
                        public class Basket {
                            @Id Long id;
                            @ElementCollection List<Fruit> fruits;
                        }
                        """))),
                Arguments.of("unknown annotation", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "notes")
                        public class Note {
                            @Id Long id;
                            @Audited @Column(length = 200) String body;
                        }
                        """))),
                Arguments.of("unknown annotation on the entity", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "notes") @Cacheable2
                        public class Note {
                            @Id Long id;
                        }
                        """))),
                Arguments.of("relation to an unknown class", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "orders")
                        public class Order {
                            @Id Long id;
                            @ManyToOne(optional = false) Client client;
                        }
                        """), CUSTOMER)),
                Arguments.of("relation whose targetEntity is unknown", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "orders")
                        public class Order {
                            @Id Long id;
                            @ManyToOne(targetEntity = Client.class) Object client;
                        }
                        """))),
                Arguments.of("unknown constant in an annotation", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = Tables.ORDERS)
                        public class Order {
                            @Id Long id;
                        }
                        """))),
                Arguments.of("unknown type in an embeddable", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "shops")
                        public class Shop {
                            @Id Long id;
                            @Embedded Address address;
                        }
                        """), source("""
                        package app;
                        import jakarta.persistence.*;
                        @Embeddable
                        public class Address {
                            String street;
                            PostCode postCode;
                        }
                        """))),
                Arguments.of("unknown type in a mapped superclass", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "shops")
                        public class Shop extends Audited {
                            @Id Long id;
                        }
                        """), source("""
                        package app;
                        import jakarta.persistence.*;
                        @MappedSuperclass
                        public abstract class Audited {
                            Clock createdAt;
                        }
                        """))),
                Arguments.of("unknown superclass", List.of(source("""
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "shops")
                        public class Shop extends BaseEntity {
                            @Id Long id;
                        }
                        """), CUSTOMER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSources")
    void onlyJavacsErrorsAppearAndNothingIsWritten(String name, List<JavaFileObject> sources) throws IOException {
        Compilation plain = javac().withOptions("-proc:none", "-Xlint:all,-processing").compile(sources);
        Compilation processed = TestCompiler.writingTo(dir).compileAll(sources);

        assertEquals(Compilation.Status.FAILURE, plain.status(), name + ": the source must be broken for javac");
        assertEquals(Compilation.Status.FAILURE, processed.status());
        assertThat(describe(processed)).containsExactlyElementsIn(describe(plain));
        for (Diagnostic<? extends JavaFileObject> d : processed.diagnostics()) {
            String text = d.getMessage(Locale.ROOT);
            assertFalse(text.contains("Tablesmith") || text.matches("(?s).*\\[[a-z-]+]\\s*$"), text);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no file may be written for broken sources");
        }
    }

    /** A diagnostic as a user sees it: kind, file, line and text. */
    private static List<String> describe(Compilation c) {
        return c.diagnostics().stream()
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "-" : d.getSource().getName()) + ":"
                        + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
                .toList();
    }
}
