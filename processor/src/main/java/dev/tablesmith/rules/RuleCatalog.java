package dev.tablesmith.rules;

import dev.tablesmith.findings.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rule Tablesmith knows, in README order (category, then id). */
public final class RuleCatalog {
    private static final List<Rule> ALL = List.<Rule>of(
                    new dev.tablesmith.rules.integrity.PrimaryKeyRequiredRule(),
                    new dev.tablesmith.rules.integrity.FkTargetEntityRule(),
                    new dev.tablesmith.rules.integrity.FkIndexRule(),
                    new dev.tablesmith.rules.integrity.StandardTimestampsRule(),
                    new dev.tablesmith.rules.integrity.TimestampWithTimeZoneRule(),
                    new dev.tablesmith.rules.integrity.VarcharLengthRule(),
                    new dev.tablesmith.rules.integrity.EnumCheckRule(),
                    new dev.tablesmith.rules.integrity.MoneyPrecisionRule(),
                    new dev.tablesmith.rules.integrity.DenormalizationDocumentedRule(),
                    new dev.tablesmith.rules.integrity.PreferBigintOverIntRule(),
                    // naming
                    new dev.tablesmith.rules.naming.TableSnakeCaseRule(),
                    new dev.tablesmith.rules.naming.TablePluralRule(),
                    new dev.tablesmith.rules.naming.ColumnSnakeCaseRule(),
                    new dev.tablesmith.rules.naming.PkNameRule(),
                    new dev.tablesmith.rules.naming.FkColumnNameRule(),
                    new dev.tablesmith.rules.naming.IndexNameRule(),
                    new dev.tablesmith.rules.naming.ConstraintNameRule(),
                    new dev.tablesmith.rules.naming.ReservedWordRule(),
                    new dev.tablesmith.rules.naming.IdentifierLengthRule(),
                    // migration safety, judged on the diff (MigrationRule) or deciding the SQL (SafeFormRule)
                    new dev.tablesmith.rules.migration.DropNeedsDeprecationRule(),
                    new dev.tablesmith.rules.migration.NotNullNeedsDefaultRule(),
                    new dev.tablesmith.rules.migration.DropNotNullRule(),
                    new dev.tablesmith.rules.migration.AddColumnRewriteRule(),
                    new dev.tablesmith.rules.migration.RenameBreaksReadersRule(),
                    new dev.tablesmith.rules.migration.TableRewriteRule(),
                    new dev.tablesmith.rules.migration.IndexedColumnTypeChangeRule(),
                    new dev.tablesmith.rules.migration.RequireEnumValueOrderingRule(),
                    new dev.tablesmith.rules.migration.IndexConcurrentlyRule(),
                    new dev.tablesmith.rules.migration.FkNotValidRule(),
                    new dev.tablesmith.rules.migration.SafeSetNotNullRule(),
                    new dev.tablesmith.rules.migration.LockTimeoutRule(),
                    // queries, checked against the schema of the build
                    new dev.tablesmith.rules.query.QueryUnparsableRule(),
                    new dev.tablesmith.rules.query.QueryUnknownTableRule(),
                    new dev.tablesmith.rules.query.QueryUnknownColumnRule(),
                    new dev.tablesmith.rules.query.QueryInsertArityRule(),
                    new dev.tablesmith.rules.query.QueryTypeMismatchRule(),
                    new dev.tablesmith.rules.query.QueryDeprecatedColumnRule(),
                    new dev.tablesmith.rules.query.QueryRenamedColumnRule(),
                    new dev.tablesmith.rules.query.QuerySelectStarRule(),
                    new dev.tablesmith.rules.query.QueryOffsetPaginationRule(),
                    new dev.tablesmith.rules.query.QueryFunctionOnIndexedColumnRule(),
                    new dev.tablesmith.rules.query.QueryUnindexedFilterRule(),
                    new dev.tablesmith.rules.query.QueryLeadingWildcardRule(),
                    new dev.tablesmith.rules.query.QueryNPlusOneRule(),
                    new dev.tablesmith.rules.query.IndexUnusedRule())
            .stream()
            .sorted(Comparator.comparing((Rule r) -> r.category().ordinal()).thenComparing(Rule::id))
            .toList();

    private static final Map<String, Rule> BY_ID =
            ALL.stream().collect(Collectors.toMap(Rule::id, Function.identity()));

    private RuleCatalog() {}

    public static List<Rule> all() {
        return ALL;
    }

    public static List<SchemaRule> schemaRules() {
        return ALL.stream().filter(SchemaRule.class::isInstance).map(SchemaRule.class::cast).toList();
    }

    public static List<MigrationRule> migrationRules() {
        return ALL.stream().filter(MigrationRule.class::isInstance).map(MigrationRule.class::cast).toList();
    }

    public static List<QueryRule> queryRules() {
        return ALL.stream().filter(QueryRule.class::isInstance).map(QueryRule.class::cast).toList();
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * Whether foreign keys get generated indexes: the fk-index rule is not off. The reader adds
     * them and the planner re-derives them for a key it keeps in its recorded order.
     */
    public static boolean generatesForeignKeyIndexes(RuleConfig rules) {
        return byId("fk-index").map(r -> rules.severityOf(r) != Severity.OFF).orElse(true);
    }

    /** The ids, sorted, for messages that list the valid ones. */
    public static List<String> ids() {
        return ALL.stream().map(Rule::id).sorted().toList();
    }
}
