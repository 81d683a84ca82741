package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.EntityMapping;
import dev.tablesmith.rules.QueryContext;
import java.util.function.Consumer;

/**
 * The handbook's "Bad: N+1 queries", where it shows in the code: a repository method returns a
 * collection of entities whose to-one relation is fetched eagerly, and its query does not
 * {@code JOIN FETCH} it, so loading N rows runs up to N more selects.
 */
public final class QueryNPlusOneRule extends QueryRuleBase {
    public QueryNPlusOneRule() {
        super("query-n-plus-one", Severity.WARNING,
                "a query returning a collection of entities does not leave an eager @ManyToOne/@OneToOne to be loaded row by row (N+1)",
                """
                @ManyToOne and @OneToOne are fetched eagerly unless they say fetch = LAZY. A JPQL \
                query that returns a list of such entities without JOIN FETCH makes Hibernate load \
                each related row with a select of its own: one query for the list, then N more. The \
                rule reads repository methods that return a collection (List, Set, Page, Stream ...) \
                of an entity through @Query. Make the relation lazy, or fetch it in the same query.
                Compliant: `@ManyToOne(fetch = FetchType.LAZY, optional = false) private User user;`, or `@Query("SELECT o FROM Order o JOIN FETCH o.user WHERE o.status = :status")`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            var t = q.translation();
            if (t == null || t.sql() == null || !t.selectsEntity() || q.source().resultEntity() == null
                    || !q.source().resultEntity().equals(t.rootEntity())) {
                continue;
            }
            EntityMapping entity = context.entity(t.rootEntity()).orElse(null);
            if (entity == null) {
                continue;
            }
            for (EntityMapping.Relation r : entity.relations()) {
                if (r.eager() && !r.toMany() && !t.fetched().contains(r.attribute())) {
                    String annotation = r.joinColumns().isEmpty() && !r.mappedBy().isEmpty() ? "OneToOne" : "ManyToOne";
                    report.accept(QueryFindings.on(q, QueryMessages.N_PLUS_ONE, q.source().name(), entity.entityName(),
                            r.attribute(), annotation));
                }
            }
        }
    }
}
