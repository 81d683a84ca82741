package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.ParsedQuery.Op;
import dev.tablesmith.queries.ParsedQuery.Operand;
import dev.tablesmith.queries.ParsedQuery.Predicate;
import dev.tablesmith.rules.QueryContext;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A comparison between a column and a literal or column of an incompatible type family, which
 * PostgreSQL refuses ({@code operator does not exist: character varying = integer}) and MySQL and
 * SQLite answer by converting, often to a full scan and a wrong answer.
 */
public final class QueryTypeMismatchRule extends QueryRuleBase {
    public QueryTypeMismatchRule() {
        super("query-type-mismatch", Severity.ERROR,
                "a query compares a column only with values and columns of a compatible type",
                """
                Comparing a VARCHAR column with a number, a number with a word, a boolean with a \
                number, or columns of different families (a text key joined to a BIGINT) fails on \
                PostgreSQL at run time, and elsewhere converts every row, so no index is used. Quoted \
                literals are accepted where PostgreSQL reads them as the column's type (dates, \
                UUIDs, JSON, numbers written as digits).
                Compliant: `WHERE status = 'PENDING' AND total > 100`""");
    }

    enum Family { NUMBER, TEXT, BOOLEAN, TEMPORAL, UUID, JSON, BINARY, ARRAY }

    static Family family(ColumnType type) {
        return switch (type.kind()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> Family.NUMBER;
            case CHAR, VARCHAR, TEXT, CLOB -> Family.TEXT;
            case BOOLEAN -> Family.BOOLEAN;
            case DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, INTERVAL -> Family.TEMPORAL;
            case UUID -> Family.UUID;
            case JSON -> Family.JSON;
            case BINARY, FIXED_BINARY, BLOB -> Family.BINARY;
            case ARRAY -> Family.ARRAY;
            case INET, XML, CUSTOM -> null; // compared through casts the parser does not see
        };
    }

    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "t", "f", "yes", "no", "on", "off", "1", "0", "y", "n");

    /** Why a literal cannot be compared with a column of this family, or null when it can. */
    static String literalMismatch(Family family, Operand other) {
        String text = other.text() == null ? "" : other.text().strip();
        return switch (other.kind()) {
            case NUMBER -> family == Family.NUMBER ? null : "a number";
            case BOOLEAN -> family == Family.BOOLEAN ? null : "a boolean";
            case STRING -> switch (family) {
                case NUMBER -> text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?") ? null : "a string";
                case BOOLEAN -> BOOLEAN_WORDS.contains(text.toLowerCase(Locale.ROOT)) ? null : "a string";
                default -> null;
            };
            default -> null;
        };
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.parsed()) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int s = 0; s < q.query().scopes().size(); s++) {
                for (Predicate p : q.query().scopes().get(s).predicates()) {
                    if (p.function() != null || !(p.op() == Op.EQUALS || p.op() == Op.NOT_EQUALS || p.op() == Op.RANGE)) {
                        continue;
                    }
                    var left = q.resolution().resolve(s, p.column()).filter(r -> r.column() != null);
                    if (left.isEmpty()) {
                        continue;
                    }
                    Family family = family(left.get().column().type());
                    if (family == null) {
                        continue;
                    }
                    if (p.other().kind() == Operand.Kind.COLUMN) {
                        var right = q.resolution().resolve(s, p.other().column()).filter(r -> r.column() != null);
                        Family other = right.map(r -> family(r.column().type())).orElse(null);
                        // each pair once: the walker records a column-column comparison from both sides
                        if (other != null && other != family && seen.add(key(p.column().text(), p.other().column().text()))) {
                            report.accept(QueryFindings.on(q, QueryMessages.TYPE_MISMATCH, q.source().name(),
                                    p.column().text(), family.name().toLowerCase(Locale.ROOT), p.other().column().text(),
                                    other.name().toLowerCase(Locale.ROOT)));
                        }
                        continue;
                    }
                    String why = literalMismatch(family, p.other());
                    if (why != null && seen.add(p.column().text() + "=" + p.other().text())) {
                        String literal = p.other().kind() == Operand.Kind.STRING ? "'" + p.other().text() + "'" : p.other().text();
                        report.accept(QueryFindings.on(q, QueryMessages.TYPE_MISMATCH, q.source().name(),
                                p.column().text(), family.name().toLowerCase(Locale.ROOT), literal, why));
                    }
                }
            }
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
