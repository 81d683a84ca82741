package dev.tablesmith.rules;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs the rules that are not off. Pure: what they find is reported later, at the edge. */
public final class Review {
    private Review() {}

    /** The naming and integrity rules on the entities' schema, then what each target cannot write. */
    public static List<Finding> schema(Schema schema, SourceMap sources, RuleConfig config, List<Dialect> targets) {
        List<Finding> findings = new ArrayList<>();
        SchemaContext context = new SchemaContext(schema, sources);
        for (SchemaRule rule : RuleCatalog.schemaRules()) {
            if (config.severityOf(rule) != Severity.OFF) {
                rule.check(context, own(rule, findings));
            }
        }
        for (Dialect target : targets) {
            target.checkSupport(schema, sources, findings::add);
        }
        return findings;
    }

    /** The query rules on the declared queries. */
    public static List<Finding> queries(QueryContext context, RuleConfig config) {
        List<Finding> findings = new ArrayList<>();
        for (QueryRule rule : RuleCatalog.queryRules()) {
            if (config.severityOf(rule) != Severity.OFF) {
                rule.check(context, findings::add);
            }
        }
        return findings;
    }

    /** The migration-safety rules on one diff (the plain forms, before the safe forms are chosen). */
    public static List<Finding> migration(MigrationContext context, RuleConfig config) {
        List<Finding> findings = new ArrayList<>();
        if (context.changes().isEmpty() && context.old().enums().equals(context.model().enums())) {
            return findings;
        }
        for (MigrationRule rule : RuleCatalog.migrationRules()) {
            if (config.severityOf(rule) != Severity.OFF) {
                rule.check(context, own(rule, findings));
            }
        }
        return findings;
    }

    /**
     * Collects a rule's findings, which must carry its id: a message of another rule's catalogue entry
     * would be configured and suppressed as that rule.
     */
    private static Consumer<Finding> own(Rule rule, List<Finding> findings) {
        return f -> {
            if (!f.ruleId().equals(rule.id())) {
                throw new IllegalStateException(rule.id() + " reported a finding of " + f.ruleId() + ": " + f.text());
            }
            findings.add(f);
        };
    }
}
