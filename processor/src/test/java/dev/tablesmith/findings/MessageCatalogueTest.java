package dev.tablesmith.findings;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.tablesmith.rules.Rule;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.SafeFormRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import org.junit.jupiter.api.Test;

/**
 * The message catalogues, the rule catalogue and {@link ProblemIds} cannot drift apart, and no text
 * is written beside them: every finding is made from a catalogue entry ({@link Finding#of}), every
 * entry's id is a rule or a problem id, every rule that reports has its messages, and they live in
 * that rule's package. The README's rule table is generated from {@link RuleCatalog}
 * ({@code ReadmeRulesTest}), so README, rules and messages agree.
 */
class MessageCatalogueTest {
    /** The processor's own classes (its main output folder), not the tests. */
    private static final JavaClasses PROCESSOR = new ClassFileImporter().importPath(Path.of("target/classes"));

    /** A conversion in a template: {@code %s}, {@code %2$s} or {@code %%}, and anything else that starts with %. */
    private static final Pattern CONVERSION = Pattern.compile("%(?:(\\d+)\\$)?([a-zA-Z%])?");

    @Test
    void onlyTheFindingsPackageCallsFindingsConstructor() {
        noClasses().that().resideOutsideOfPackage("dev.tablesmith.findings")
                .should().callConstructorWhere(target(owner(equivalentTo(Finding.class))))
                .because("a finding's text comes from a catalogue: build it with Finding.of(Message, ...)")
                .check(PROCESSOR);
    }

    @Test
    void onlyTheReporterPrintsDiagnostics() {
        noClasses().that().resideOutsideOfPackage("dev.tablesmith.diagnostics")
                .and().doNotHaveFullyQualifiedName("dev.tablesmith.processor.TablesmithProcessor")
                .should().callMethodWhere(target(owner(equivalentTo(Messager.class))))
                .because("diagnostics go through Reporter, which prints findings made from catalogues")
                .check(PROCESSOR);
    }

    @Test
    void everyCatalogueIsAnEnum() {
        classes().that().implement(Message.class).should().beEnums().check(PROCESSOR);
        assertTrue(catalogues().size() >= 9, "the catalogues found: " + catalogues());
    }

    @Test
    void everyMessageIdIsARuleOrAProblemId() {
        Set<String> known = new TreeSet<>(RuleCatalog.ids());
        known.addAll(problemIds());
        for (Message m : messages()) {
            assertTrue(known.contains(m.id()), name(m) + " has id '" + m.id() + "', which is neither a rule in "
                    + "RuleCatalog nor a ProblemIds constant");
        }
    }

    @Test
    void everyRuleThatReportsHasMessagesAndTheSafeFormRulesHaveNone() {
        Map<String, List<String>> byId = messagesById();
        for (Rule rule : RuleCatalog.all()) {
            List<String> own = byId.getOrDefault(rule.id(), List.of());
            if (rule instanceof SafeFormRule) {
                assertEquals(List.of(), own, rule.id() + " only chooses the SQL's form and reports nothing");
            } else {
                assertFalse(own.isEmpty(), rule.id() + " has no message in any catalogue");
            }
        }
    }

    @Test
    void everyProblemIdHasAMessage() {
        Map<String, List<String>> byId = messagesById();
        for (String id : problemIds()) {
            assertTrue(byId.containsKey(id), "no catalogue message has the problem id '" + id + "'");
        }
    }

    @Test
    void aRulesMessagesLiveInItsPackage() {
        Map<String, String> packageOfRule = RuleCatalog.all().stream()
                .collect(Collectors.toMap(Rule::id, r -> r.getClass().getPackageName()));
        for (Message m : messages()) {
            String rulePackage = packageOfRule.get(m.id());
            if (rulePackage != null) {
                assertEquals(rulePackage, m.getClass().getPackageName(), name(m) + " belongs in its rule's catalogue");
            }
        }
    }

    @Test
    void templatesAreWholeSentencesWithOnlyStringPlaceholders() {
        for (Message m : messages()) {
            String t = m.template();
            assertFalse(t.isBlank(), name(m));
            assertEquals(t.strip(), t, name(m) + ": no surrounding white space");
            assertFalse(t.endsWith("]"), name(m) + ": the id in brackets is added by Finding.text()");
            int arguments = arguments(m);
            Object[] args = new Object[arguments];
            Arrays.fill(args, "X");
            assertFalse(m.format(args).contains("%s"), name(m)); // format throws when a placeholder has no argument
        }
    }

    @Test
    void aMessagesSeverityIsAWarningOrTheDefault() {
        // ERROR is every problem's default and a rule's severity comes from the rule; OFF would hide a message
        for (Message m : messages()) {
            assertTrue(m.defaultSeverity() == null || m.defaultSeverity() == Severity.WARNING, name(m));
        }
    }

    @Test
    void findingsCarryTheirMessagesIdTextAndSeverity() {
        Message warning = new Message() {
            @Override
            public String id() {
                return "money-precision";
            }

            @Override
            public String template() {
                return "field '%s' is a %s: declare %1$s as BigDecimal (100%% exact)";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }
        };
        Finding f = Finding.of(warning, dev.tablesmith.model.Origin.NONE, "app.Item", "price", "double");
        assertEquals("field 'price' is a double: declare price as BigDecimal (100% exact) [money-precision]", f.text());
        assertEquals(Severity.WARNING, f.defaultSeverity());
        assertEquals("app.Item", f.entity());
        assertTrue(Finding.withoutElement(warning, "a", "b").origin().isNone());
    }

    /** How many arguments a template takes: the highest explicit index, or the count of plain {@code %s}. */
    private static int arguments(Message m) {
        Matcher c = CONVERSION.matcher(m.template());
        int plain = 0;
        int highest = 0;
        while (c.find()) {
            String conversion = c.group(2);
            if ("%".equals(conversion)) {
                continue;
            }
            if (!"s".equals(conversion)) {
                fail(name(m) + ": only %s, %<n>$s and %% are used (a value is formatted by its caller): "
                        + m.template());
            }
            if (c.group(1) != null) {
                highest = Math.max(highest, Integer.parseInt(c.group(1)));
            } else {
                plain++;
            }
        }
        return Math.max(plain, highest);
    }

    private static List<Class<?>> catalogues() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass c : PROCESSOR) {
            if (c.isAssignableTo(Message.class) && !c.isInterface()) {
                found.add(c.reflect());
            }
        }
        return found;
    }

    private static List<Message> messages() {
        List<Message> all = new ArrayList<>();
        for (Class<?> c : catalogues()) {
            for (Object constant : c.getEnumConstants()) {
                all.add((Message) constant);
            }
        }
        return all;
    }

    private static Map<String, List<String>> messagesById() {
        Map<String, List<String>> byId = new TreeMap<>();
        for (Message m : messages()) {
            byId.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(name(m));
        }
        return byId;
    }

    private static Set<String> problemIds() {
        Set<String> ids = new TreeSet<>();
        for (Field f : ProblemIds.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    ids.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return ids;
    }

    private static String name(Message m) {
        return m.getClass().getSimpleName() + "." + ((Enum<?>) m).name();
    }
}
