package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Message;

/**
 * What the query rules say. Each message starts with the query's name ({@code OrderHistory.FIRST_PAGE},
 * {@code Order.byUser}, {@code OrderRepository.findRecent()}), since the diagnostic sits on the
 * annotation value or constant that holds the whole query.
 */
public enum QueryMessages implements Message {
    UNPARSABLE("query-unparsable", "query %s cannot be read by the SQL parser for %s (%s), so Tablesmith does not "
            + "check it: if it is valid there, @Allow(value = \"query-unparsable\", reason = ...) on it"),
    UNTRANSLATABLE("query-unparsable", "JPQL query %s is not checked: %s"),
    NOT_A_CONSTANT("query-unparsable", "%s is not a compile-time constant, so its query cannot be read during "
            + "compilation: build it from literals and constants only (the generated table constants are constants), "
            + "or give the query in @Sql(\"...\")"),
    METHOD_WITHOUT_VALUE("query-unparsable", "@Sql on method %s gives no query: a method's body is not visible "
            + "at compile time, so write the query in @Sql(\"...\"), or mark the String constant that holds it"),
    UNKNOWN_TABLE("query-unknown-table", "query %s reads table '%s', which the schema of this build does not have%s"),
    UNKNOWN_ENTITY("query-unknown-table", "query %s names entity '%s', which no @Entity is called%s"),
    UNKNOWN_COLUMN("query-unknown-column", "query %s names column '%s', which %s does not have%s"),
    UNKNOWN_ATTRIBUTE("query-unknown-column", "query %s names '%s', which entity %s has no attribute for%s"),
    INSERT_ARITY("query-insert-arity", "query %s inserts into %s with %s column%s but a row of %s value%s: give "
            + "one value per column"),
    INSERT_WITHOUT_COLUMNS("query-insert-arity", "query %s inserts %s value%s into %s, which has %s columns, without "
            + "naming them: name the columns, INSERT INTO %s (%s) VALUES (...), so the values cannot shift"),
    TYPE_MISMATCH("query-type-mismatch", "query %s compares %s (%s) with %s (%s): PostgreSQL has no such comparison "
            + "and fails at run time; compare it with a value of its own type"),
    DEPRECATED_COLUMN("query-deprecated-column", "query %s uses column %s, which is @Deprecated and will be dropped "
            + "by a later migration: stop reading and writing it before that migration runs"),
    DEPRECATED_TABLE("query-deprecated-column", "query %s uses table %s, which is @Deprecated and will be dropped "
            + "by a later migration: move the query to its replacement first"),
    RENAMED_COLUMN("query-renamed-column", "query %s names column '%s' of %s, which this build renames to '%s' "
            + "(@RenamedFrom): write '%s'"),
    RENAMED_TABLE("query-renamed-column", "query %s names table '%s', which this build renames to '%s' "
            + "(@RenamedFrom): write '%s'"),
    SELECT_STAR("query-select-star", "query %s selects %s, every column of %s including those added later: name "
            + "the columns it needs (%s), or use the generated SELECT_LIST"),
    OFFSET("query-offset-pagination", "query %s pages with OFFSET %s: the database reads and discards every "
            + "skipped row, so deep pages get slower; use keyset pagination: %s%s"),
    FUNCTION_ON_INDEXED("query-function-on-indexed-column", "query %s filters by %s, so the index %s on column %s "
            + "cannot be used: declare an expression index, @TableIndex(expression = \"%s\"), or store the value "
            + "normalised and compare the column itself"),
    UNINDEXED_FILTER("query-unindexed-filter", "query %s %s %s, but no index of %s leads with %s, so it scans the "
            + "table: declare @TableIndex(columns = %s) on %s (equality columns first, then the range or the order)"),
    UNINDEXED_EXPRESSION("query-unindexed-filter", "query %s filters %s by %s, which no index of it serves, so it "
            + "scans the table: declare @TableIndex(expression = \"%s\") on %s"),
    UNINDEXED_JOIN("query-unindexed-filter", "query %s joins %s on %s, but no index leads with either side, so "
            + "every join scans a table: declare @TableIndex(columns = \"%s\") on %s"),
    LEADING_WILDCARD("query-leading-wildcard", "query %s matches %s %s '%s', a pattern that starts with a "
            + "wildcard, so no b-tree index serves it and the table is scanned: anchor the pattern at the start "
            + "('abc%%'), or search with a trigram index (pg_trgm, @TableIndex(columns = \"%s gin_trgm_ops\", "
            + "using = IndexMethod.GIN)) or full-text search"),
    N_PLUS_ONE("query-n-plus-one", "query %s returns a list of %s, whose %s is fetched eagerly: loading N rows runs "
            + "up to N more queries for it (N+1); declare @%s(fetch = FetchType.LAZY), or JOIN FETCH it in this query"),
    INDEX_UNUSED("index-unused", "index %s of table %s serves none of the %s queries this build declares and no "
            + "foreign key: if nothing else reads by it, drop it (every write maintains it); if something does, "
            + "@Allow(value = \"index-unused\", reason = ...) naming the reader");

    private final String id;
    private final String template;

    QueryMessages(String id, String template) {
        this.id = id;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String template() {
        return template;
    }
}
