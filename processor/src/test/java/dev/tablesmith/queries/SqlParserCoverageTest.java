package dev.tablesmith.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.queries.ParsedQuery.Op;
import dev.tablesmith.queries.ParsedQuery.Predicate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The SQL the examples and their databases' users write, per engine, through the parser: every
 * statement parses with that engine's lexical rules and yields the tables, columns and conditions
 * the rules judge. A statement the parser cannot read gives a reason, never an exception.
 */
class SqlParserCoverageTest {
    private static final QueryParser PARSER = QueryParser.load();

    /** One statement, the engine it is written for, and tables and columns it must yield. */
    record Case(String engine, String sql, List<String> tables, List<String> columns) {
        @Override
        public String toString() {
            return engine + ": " + sql;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // the shop's keyset pages (PostgreSQL), as OrderHistory builds them from OrderTable's constants
                new Case("postgresql", "SELECT id, status, total, created_at FROM orders WHERE user_id = ? "
                        + "ORDER BY created_at DESC, id DESC LIMIT ?", List.of("orders"), List.of("id", "status", "total",
                        "created_at", "user_id")),
                new Case("postgresql", "SELECT id, status, total, created_at FROM orders WHERE user_id = ? AND "
                        + "(created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?", List.of("orders"),
                        List.of("user_id", "created_at", "id")),
                new Case("postgresql", "SELECT id, email FROM users WHERE lower(email) = lower(?)", List.of("users"),
                        List.of("email")),
                new Case("postgresql", "SELECT id FROM products WHERE tags @> ARRAY['sale'] AND metadata @> "
                        + "'{\"color\": \"red\"}'::jsonb", List.of("products"), List.of("tags", "metadata")),
                new Case("postgresql", "SELECT id FROM orders WHERE created_at > now() - interval '7 days' AND status = "
                        + "'PENDING'::varchar", List.of("orders"), List.of("created_at", "status")),
                new Case("postgresql", "SELECT u.id, count(o.id) FILTER (WHERE o.status = 'PAID') FROM users u LEFT "
                        + "JOIN orders o ON o.user_id = u.id GROUP BY u.id", List.of("users", "orders"),
                        List.of("id", "status", "user_id")),
                new Case("postgresql", "SELECT DISTINCT ON (user_id) user_id, id FROM orders ORDER BY user_id, "
                        + "created_at DESC", List.of("orders"), List.of("user_id", "id", "created_at")),
                new Case("postgresql", "INSERT INTO user_preferences (user_id, theme) VALUES (?, ?) ON CONFLICT "
                        + "(user_id) DO UPDATE SET theme = EXCLUDED.theme RETURNING id", List.of("user_preferences"),
                        List.of("user_id", "theme")),
                new Case("postgresql", "WITH recent AS (SELECT user_id FROM orders WHERE created_at > ?) SELECT "
                        + "id FROM users WHERE id IN (SELECT user_id FROM recent)", List.of("orders", "users"),
                        List.of("user_id", "created_at", "id")),
                new Case("postgresql", "UPDATE orders SET status = 'SHIPPED' WHERE id = $1", List.of("orders"),
                        List.of("status", "id")),
                new Case("postgresql", "SELECT b.id FROM bookings b WHERE tstzrange(b.starts_at, b.ends_at) && "
                        + "tstzrange(?, ?)", List.of("bookings"), List.of("starts_at", "ends_at")),
                new Case("postgresql", "SELECT id FROM articles WHERE to_tsvector('english', title || ' ' || body) "
                        + "@@ plainto_tsquery('english', ?)", List.of("articles"), List.of("title", "body")),
                // MySQL/MariaDB, as the library example's MariaDB users write it
                new Case("mysql", "SELECT `id`, `title` FROM `books` WHERE `author_id` = ? LIMIT ?, ?", List.of("books"),
                        List.of("id", "title", "author_id")),
                new Case("mysql", "SELECT id FROM books WHERE title = 'it\\'s' OR title LIKE 'a\\_%'", List.of("books"),
                        List.of("id", "title")),
                new Case("mysql", "INSERT INTO loans (book_id, member_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE "
                        + "member_id = VALUES(member_id)", List.of("loans"), List.of("book_id", "member_id")),
                new Case("mysql", "INSERT IGNORE INTO members (email) VALUES (?)", List.of("members"), List.of("email")),
                new Case("mysql", "SELECT id FROM loans WHERE due_at < NOW() - INTERVAL 7 DAY", List.of("loans"),
                        List.of("due_at")),
                // SQLite
                new Case("sqlite", "SELECT [id], [title] FROM [books] WHERE [author_id] = ?1", List.of("books"),
                        List.of("id", "title", "author_id")),
                new Case("sqlite", "SELECT id FROM loans WHERE due_at < datetime('now', '-7 days') LIMIT ? OFFSET ?",
                        List.of("loans"), List.of("due_at")),
                new Case("sqlite", "SELECT id FROM members WHERE name || ' ' || email LIKE ?", List.of("members"),
                        List.of("name", "email")),
                new Case("sqlite", "INSERT INTO members (email) VALUES (?) ON CONFLICT (email) DO UPDATE SET "
                        + "email = excluded.email", List.of("members"), List.of("email")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesWithTheEnginesRulesAndYieldsWhatTheRulesJudge(Case c) {
        QueryParser.Parse parse = PARSER.parse(c.sql(), c.engine());
        assertTrue(parse.ok(), () -> c + ": " + parse.problem());
        List<String> tables = parse.query().scopes().stream().flatMap(s -> s.tables().stream())
                .map(t -> Resolution.bare(t.name())).distinct().toList();
        assertTrue(tables.containsAll(c.tables()), () -> c + ": tables " + tables);
        List<String> columns = parse.query().scopes().stream().flatMap(s -> s.columns().stream())
                .map(r -> Resolution.bare(r.name())).distinct().toList();
        assertTrue(columns.containsAll(c.columns()), () -> c + ": columns " + columns);
    }

    @Test
    void theKeysetPageYieldsEqualityRangeOrderAndLimit() {
        ParsedQuery q = PARSER.parse("SELECT id FROM orders WHERE user_id = ? AND (created_at, id) < (?, ?) "
                + "ORDER BY created_at DESC, id DESC LIMIT ?", "postgresql").query();
        ParsedQuery.Scope s = q.scopes().get(0);
        List<String> facts = s.predicates().stream().map(p -> p.column().name() + " " + p.op()).toList();
        assertEquals(List.of("user_id EQUALS", "created_at RANGE", "id OTHER"), facts);
        assertTrue(s.orderBy().get(0).descending());
        assertTrue(s.paging().limit().parameter());
        assertFalse(s.paging().offset().present());
    }

    @Test
    void functionsOrAndLikePatternsAreRecordedAsTheRulesNeedThem() {
        ParsedQuery.Scope s = PARSER.parse("SELECT id FROM users u WHERE LOWER(u.email) = ? AND (u.name = ? OR "
                + "u.id = ?) AND u.name ILIKE '%ann'", "postgresql").query().scopes().get(0);
        Predicate lower = s.predicates().get(0);
        assertEquals("lower(email)", lower.function());
        assertTrue(s.predicates().stream().filter(p -> p.column().name().equals("id")).allMatch(Predicate::inOr));
        assertEquals("%ann", s.likes().get(0).pattern());
        assertTrue(s.likes().get(0).leadingWildcard());
        assertTrue(s.predicates().stream().noneMatch(p -> p.op() == Op.LIKE), "a leading wildcard is no range");
    }

    @Test
    void mysqlOffsetFormAndInsertShapes() {
        ParsedQuery.Scope s = PARSER.parse("SELECT id FROM books ORDER BY id LIMIT 5000, 20", "mysql").query().scopes().get(0);
        assertEquals(5000L, s.paging().offset().value());
        ParsedQuery.Insert multi = PARSER.parse("INSERT INTO members (email, name) VALUES (?, ?), (?, ?, ?)", "mysql")
                .query().insert();
        assertEquals(List.of(2, 3), multi.rowSizes());
        ParsedQuery.Insert single = PARSER.parse("INSERT INTO members (email, name) VALUES (?, ?)", "sqlite").query().insert();
        assertEquals(List.of(2), single.rowSizes());
    }

    /** JSqlParser 5.4 does not know SQLite's INSERT OR IGNORE/REPLACE: such a query is reported unchecked. */
    @Test
    void sqliteInsertOrIgnoreIsAKnownGapReportedAsUnreadable() {
        QueryParser.Parse parse = PARSER.parse("INSERT OR IGNORE INTO members (email) VALUES (?)", "sqlite");
        assertFalse(parse.ok());
        assertEquals("unexpected \"INSERT\", at line 1, column 1", parse.problem());
    }

    @Test
    void whatTheParserCannotReadIsAReasonNotAnException() {
        for (String engine : List.of("postgresql", "mysql", "sqlite")) {
            for (String sql : List.of("SELEC id FROM x", "SELECT id FROM", "SELECT 'unclosed FROM x", "", ";;", "SELECT ((((")) {
                QueryParser.Parse parse = PARSER.parse(sql, engine);
                assertFalse(parse.ok(), engine + ": " + sql);
                assertFalse(parse.problem().isBlank());
                assertFalse(parse.problem().contains("\n"), parse.problem());
            }
        }
    }
}
