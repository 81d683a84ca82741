package dev.tablesmith.diagnostics;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Origin;
import dev.tablesmith.reading.ElementRegistry;
import dev.tablesmith.rules.Rule;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.RuleConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Prints findings once each, sorted, with their effective severity; drops those switched off or
 * suppressed by {@code @Allow}. Findings that are not rules (mapping, options, history) are
 * errors unless the finding carries its own severity. Counts the errors so the caller can refuse to write files after one.
 */
public final class Reporter {
    private final Messager messager;
    private final ElementRegistry registry;
    private final Elements elements;
    private final RuleConfig config;
    private final Suppressions suppressions;
    private final RepeatedAnnotationTrees repeated;
    private int errors;

    public Reporter(ProcessingEnvironment env, ElementRegistry registry, RuleConfig config) {
        this(env.getMessager(), registry, env.getElementUtils(), config, RepeatedAnnotationTrees.of(env));
    }

    private Reporter(Messager messager, ElementRegistry registry, Elements elements, RuleConfig config,
            RepeatedAnnotationTrees repeated) {
        this.repeated = repeated;
        this.messager = messager;
        this.registry = registry;
        this.elements = elements;
        this.config = config;
        this.suppressions = new Suppressions(elements);
    }

    /**
     * Rule pairs where one rename fixes both: a finding of the key rule is left out where the value
     * rule reports on the same place, since that finding names both problems and the same fix
     * ({@code @Table(name = "order")}: table-plural says it is also reserved and suggests
     * {@code orders}, which reserved-word would suggest too).
     */
    private static final Map<String, String> COVERED_BY = Map.of("reserved-word", "table-plural");

    public void report(List<Finding> findings) {
        // a covered error stays when the covering finding is only a warning
        Map<String, Severity> covering = new HashMap<>();
        for (Finding f : findings) {
            Severity severity = effectiveSeverity(f);
            if (COVERED_BY.containsValue(f.ruleId()) && severity != Severity.OFF && !isSuppressed(f)) {
                covering.put(f.ruleId() + "\u0000" + f.origin(), severity);
            }
        }
        findings = findings.stream().filter(f -> {
            Severity cover = COVERED_BY.containsKey(f.ruleId())
                    ? covering.get(COVERED_BY.get(f.ruleId()) + "\u0000" + f.origin()) : null;
            return cover == null || (cover == Severity.WARNING && effectiveSeverity(f) == Severity.ERROR);
        }).toList();
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> f.origin().element())
                .thenComparing(Finding::ruleId).thenComparing(Finding::message));
        for (Finding f : sorted) {
            Optional<Rule> rule = RuleCatalog.byId(f.ruleId());
            Severity severity = rule.map(r -> config.severityOf(r, f))
                    .orElse(f.defaultSeverity() == null ? Severity.ERROR : f.defaultSeverity());
            if (severity == Severity.OFF) {
                continue;
            }
            // suppression first: one subclass's @Allow must not hide the finding another subclass inherits
            if (rule.isPresent() && isSuppressed(f)) {
                continue;
            }
            // an inherited member is reported once, not once per subclass
            if (!seen.add(f.ruleId() + "\u0000" + f.origin() + "\u0000" + f.message())) {
                continue;
            }
            print(severity, f.text(), f.origin(), f.entity());
        }
    }

    /** An error that is not a finding of the model (options, I/O), reported on no element. */
    public void error(Message message, Object... args) {
        error(Finding.withoutElement(message, args));
    }

    /** A problem of the run, printed as it comes (not sorted with the model's findings), on no element. */
    public void error(Finding problem) {
        print(Severity.ERROR, problem.text(), Origin.NONE, null);
    }

    /** A warning that is not a finding of the model, reported on no element. */
    public void warning(Message message, Object... args) {
        print(Severity.WARNING, Finding.withoutElement(message, args).text(), Origin.NONE, null);
    }

    public void note(String message) {
        messager.printMessage(Diagnostic.Kind.NOTE, message);
    }

    public int errors() {
        return errors;
    }

    private Severity effectiveSeverity(Finding f) {
        return RuleCatalog.byId(f.ruleId()).map(r -> config.severityOf(r, f))
                .orElse(f.defaultSeverity() == null ? Severity.ERROR : f.defaultSeverity());
    }

    private boolean isSuppressed(Finding f) {
        Optional<Element> origin = registry.get(f.origin().element());
        if (origin.isPresent() && suppressions.allows(origin.get(), f.ruleId())) {
            return true;
        }
        Element entity = f.entity() == null ? null : elements.getTypeElement(f.entity());
        return entity != null && suppressions.allows(entity, f.ruleId());
    }

    private void print(Severity severity, String text, Origin origin, String entity) {
        Diagnostic.Kind kind = severity == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
        if (kind == Diagnostic.Kind.ERROR) {
            errors++;
        }
        Optional<Position> position = Position.resolve(origin, registry);
        if (position.isEmpty() && entity != null) {
            Element e = elements.getTypeElement(entity);
            position = e == null ? Optional.empty() : Optional.of(new Position(e, null, null));
        }
        if (position.isEmpty()) {
            messager.printMessage(kind, text);
        } else if (repeated.print(kind, text, position.get().element(), position.get(), origin)) {
            return;
        } else if (position.get().mirror() == null) {
            messager.printMessage(kind, text, position.get().element());
        } else if (position.get().value() == null) {
            messager.printMessage(kind, text, position.get().element(), position.get().mirror());
        } else {
            messager.printMessage(kind, text, position.get().element(), position.get().mirror(), position.get().value());
        }
    }
}
