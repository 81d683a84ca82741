package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * {@code query-n-plus-one} on a Spring Data repository: a method returning a list of orders,
 * whose {@code @ManyToOne User user} is eager by default, without {@code JOIN FETCH}.
 */
class QueryNPlusOneRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-n-plus-one";
    }

    @Override
    protected List<JavaFileObject> fixtures() {
        return QuerySources.FIXTURES;
    }

    @Override
    protected Stream<QueryRuleCase> violations() {
        return Stream.of(violation("""
                package app;
                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;
                import org.springframework.data.jpa.repository.Query;
                public interface OrderRepository extends JpaRepository<Order, Long> {
                    /*ALLOW*/@Query("SELECT o FROM Order o WHERE o.status = :status") List<Order> byStatus(String status);
                }
                """, "SELECT o FROM Order o WHERE", "SELECT o FROM Order o JOIN FETCH o.user WHERE",
                "query OrderRepository.byStatus() returns a list of Order, whose user is fetched eagerly: loading N rows "
                        + "runs up to N more queries for it (N+1); declare @ManyToOne(fetch = FetchType.LAZY), or JOIN "
                        + "FETCH it in this query",
                "byStatus"));
    }
}
