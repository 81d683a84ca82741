package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-offset-pagination}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryOffsetPaginationRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-offset-pagination";
    }

    @Override
    protected List<JavaFileObject> fixtures() {
        return QuerySources.FIXTURES;
    }

    @Override
    protected Stream<QueryRuleCase> violations() {
        return Stream.of(violation("""
                package app;
                import dev.tablesmith.annotations.Sql;
                public class OrderQueries {
                    /*ALLOW*/@Sql static final String PAGE = "SELECT id, total FROM orders WHERE user_id = ? ORDER BY created_at DESC LIMIT 20 OFFSET ?";
                }
                """, "ORDER BY created_at DESC LIMIT 20 OFFSET ?", "AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT 20",
                "query OrderQueries.PAGE pages with OFFSET ?: the database reads and discards every skipped row, so deep pages get slower; use keyset pagination: WHERE (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?, passing the last row's created_at, id",
                "PAGE"));
    }
}
