package dev.tablesmith.rules.integrity;

import com.google.testing.compile.Compilation;
import dev.tablesmith.rules.Category;
import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.RuleScope;
import dev.tablesmith.testing.SchemaRuleContract;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The contract for the integrity rules, with what their tests share: the handbook's standard
 * timestamps and a users table, so the entities satisfy every other integrity rule, which stays in
 * scope; and compilers for the tests particular to a rule.
 */
abstract class IntegrityRuleContract extends SchemaRuleContract {
    static final String TIMESTAMPED = """
            package app;
            import jakarta.persistence.*;
            import java.time.Instant;
            import org.hibernate.annotations.CreationTimestamp;
            import org.hibernate.annotations.UpdateTimestamp;
            @MappedSuperclass
            public abstract class Timestamped {
                @CreationTimestamp @Column(nullable = false, updatable = false) Instant createdAt;
                @UpdateTimestamp @Column(nullable = false) Instant updatedAt;
            }
            """;

    static final String USER = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            public class User extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            }
            """;

    /** Every integrity rule judges the violations too: each case breaks only its own. */
    @Override
    protected Collection<String> violationScope() {
        return RuleScope.idsOf(Category.INTEGRITY);
    }

    /** A violation in {@code source}, compiled with {@link #TIMESTAMPED} and {@link #USER}. */
    protected final RuleCase integrityViolation(String name, String message, String line, String source,
            String... others) {
        String[] sources = new String[others.length + 3];
        sources[0] = source;
        System.arraycopy(others, 0, sources, 1, others.length);
        sources[others.length + 1] = TIMESTAMPED;
        sources[others.length + 2] = USER;
        return violation(name, message, line, sources);
    }

    /** Compliant {@code sources}, compiled with {@link #TIMESTAMPED} and {@link #USER}. */
    protected static RuleCase.Sources compliant(String name, String... sources) {
        List<String> all = new java.util.ArrayList<>(List.of(sources));
        all.add(TIMESTAMPED);
        all.add(USER);
        return new RuleCase.Sources(name, all);
    }

    /** Validates with every integrity rule on; {@link #TIMESTAMPED} and {@link #USER} are added. */
    static Compilation validate(JavaFileObject... sources) {
        return TestCompiler.validating().only(RuleScope.idsOf(Category.INTEGRITY)).compile(withShared(sources));
    }

    /** Writes the migration to {@code dir} with every integrity rule on and {@code options}; the shared sources are added. */
    static Compilation write(Path dir, Map<String, String> options, JavaFileObject... sources) {
        TestCompiler compiler = TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.INTEGRITY));
        options.forEach(compiler::option);
        return compiler.compile(withShared(sources));
    }

    /** The one up migration written to {@code dir}. */
    static String upMigration(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            Path up = files.filter(p -> p.getFileName().toString().matches("V.*\\.sql")).findFirst().orElseThrow();
            return Files.readString(up);
        }
    }

    private static JavaFileObject[] withShared(JavaFileObject... sources) {
        JavaFileObject[] all = Arrays.copyOf(sources, sources.length + 2);
        all[sources.length] = TestCompiler.source(TIMESTAMPED);
        all[sources.length + 1] = TestCompiler.source(USER);
        return all;
    }

    /** {@code text} without its {@code /*ALLOW*}{@code /} marker and with {@code bad} replaced by {@code fix}. */
    protected static String fixed(String text, String bad, String fix) {
        if (!text.contains(bad)) {
            throw new IllegalStateException("'" + bad + "' is not in the source");
        }
        return text.replace("/*ALLOW*/", "").replace(bad, fix);
    }
}
