package dev.tablesmith.security;

import static dev.tablesmith.security.Attacks.Engine.MARIADB;
import static dev.tablesmith.security.Attacks.Engine.POSTGRESQL;
import static dev.tablesmith.security.Attacks.Engine.SQLITE;

import com.google.testing.compile.Compilation;
import dev.tablesmith.security.Attacks.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed models are compile errors on the declaration, never a crash, and write nothing. */
class MalformedModelAttacksTest {
    @TempDir
    Path dir;

    static Stream<Arguments> malformed() {
        return Stream.of(
                of(List.of(POSTGRESQL), """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "victims")
                        public class Victim {
                            @Id Long id;
                            @Embedded Loop loop;
                            @Embeddable public static class Loop { String a; @Embedded Loop again; }
                        }
                        """, "contains itself", "Loop again"),
                of(List.of(POSTGRESQL), """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "victims")
                        public class Victim {
                            @Id Long id;
                            @Embedded Outer outer;
                            @Embeddable public static class Outer { @Embedded Inner inner; }
                            @Embeddable public static class Inner { @Embedded Outer back; }
                        }
                        """, "contains itself", "Outer back"),
                of(List.of(POSTGRESQL), """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "victims")
                        public record Victim(@Id Long id) {}
                        """, "@Entity on a record", "public record Victim"),
                of(List.of(POSTGRESQL), """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "victims")
                        public interface Victim {}
                        """, "@Entity on an enum, interface", "public interface Victim"),
                of(List.of(POSTGRESQL), """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "victims")
                        public enum Victim { A }
                        """, "@Entity on an enum, interface", "public enum Victim"),
                of(List.of(POSTGRESQL), """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "victims")
                        public abstract class Victim { @Id Long id; }
                        """, "abstract class that no entity extends", "public abstract class Victim"),
                of(List.of(POSTGRESQL), """
                        package app;
                        import jakarta.persistence.*;
                        public class Victim {
                            @Entity @Table(name = "inners") public class Inner { @Id Long id; }
                        }
                        """, "inner, local or anonymous class", "public class Inner"),
                of(List.of(POSTGRESQL), wide(1601), "allows at most 1600", "@Table"),
                of(List.of(MARIADB), wide(1018), "allows at most 1017", "@Table"),
                of(List.of(SQLITE), wide(2001), "allows at most 2000", "@Table"));
    }

    /** An entity with that many columns. */
    static String wide(int columns) {
        return """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "victims")
                public class Victim {
                    @Id Long id;
                %s
                }
                """.formatted(IntStream.range(1, columns).mapToObj(i -> "    int c" + i + ";")
                .collect(Collectors.joining("\n")));
    }

    static Arguments of(List<Engine> engines, String source, String text, String marker) {
        return Arguments.of(engines, source, text, marker);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedModelIsAnErrorOnItsDeclaration(List<Engine> engines, String source, String text, String marker) {
        Compilation c = Attacks.compile(dir, engines, source);
        Attacks.assertRejected(c, dir, source, text, marker);
    }
}
