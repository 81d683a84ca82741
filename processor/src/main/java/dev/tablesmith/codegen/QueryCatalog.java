package dev.tablesmith.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.QueryUse;
import java.util.List;

/**
 * {@code META-INF/tablesmith/queries.json} in the class output: every query the build declares,
 * with the SQL it runs and the index Tablesmith expects to serve each table, so a test can run
 * them (the EXPLAIN helper in testkit). Written only when the build declares queries; the same
 * queries give the same bytes.
 *
 * <pre>{@code
 * {"format": 1, "queries": [{"name": "OrderHistory.FIRST_PAGE", "declaredIn": "com.shop.OrderHistory",
 *   "kind": "native", "parsed": true, "sql": "SELECT ...", "uses": [{"table": "orders", "index": "idx_..."}]}]}
 * }</pre>
 */
public final class QueryCatalog {
    public static final String RESOURCE = "META-INF/tablesmith/queries.json";
    public static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QueryCatalog() {}

    public static String render(List<AnalyzedQuery> queries, String dialect) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("dialect", dialect);
        ArrayNode list = root.putArray("queries");
        List<QueryUse> uses = QueryUse.of(queries);
        for (AnalyzedQuery q : queries) {
            ObjectNode node = list.addObject();
            node.put("name", q.source().name());
            node.put("declaredIn", q.source().owner());
            node.put("kind", q.source().kind().name().toLowerCase(java.util.Locale.ROOT));
            node.put("parsed", q.parsed());
            node.put("text", q.source().text());
            node.put("sql", q.sql());
            node.put("statement", q.parsed() ? q.query().statement() : null);
            ArrayNode tables = node.putArray("uses");
            for (QueryUse u : uses) {
                if (u.query().equals(q.source().name())) {
                    ObjectNode t = tables.addObject();
                    t.put("table", u.table());
                    t.put("index", u.index());
                    t.put("filtered", u.wantsIndex());
                }
            }
        }
        try {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
            printer.indentObjectsWith(indenter);
            printer.indentArraysWith(indenter);
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + RESOURCE, e);
        }
    }
}
