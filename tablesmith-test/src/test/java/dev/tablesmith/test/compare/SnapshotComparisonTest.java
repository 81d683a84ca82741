package dev.tablesmith.test.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.test.catalog.Engine;
import dev.tablesmith.test.catalog.DatabaseCatalog;
import dev.tablesmith.test.snapshot.Snapshot;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The difference lines, pinned on hand-built catalogs (the real engines are in tablesmith-test-it). */
class SnapshotComparisonTest {

    private static final Snapshot.Table ORDERS = new Snapshot.Table("orders", "entity", "Orders", false,
            List.of(new Snapshot.Column("id", "bigint", false, null, "by_default", null, false),
                    new Snapshot.Column("user_id", "bigint", false, null, null, null, false),
                    new Snapshot.Column("status", "varchar(20)", false, "'pending'", null, "Where the order is", false),
                    new Snapshot.Column("total", "decimal(10,2)", false, null, null, null, false)),
            new Snapshot.PrimaryKey("orders_pkey", List.of("id")),
            List.of(new Snapshot.ForeignKey("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"), "cascade")),
            List.of(),
            List.of(new Snapshot.CheckConstraint("orders_total_positive", "total > 0")),
            List.of(),
            List.of(new Snapshot.Index("idx_orders_user_id", List.of(new Snapshot.IndexElement("user_id", null, null, false, null)),
                    false, "btree", List.of(), null, null),
                    new Snapshot.Index("idx_orders_pending", List.of(new Snapshot.IndexElement("id", null, null, true, null)),
                            false, "btree", List.of("total"), "status = 'pending'", "the queue")),
            List.of(new Snapshot.Trigger("update_orders_updated_at", "updated_at")));
    private static final Snapshot SNAPSHOT = new Snapshot(List.of(), List.of(ORDERS),
            List.of(new Snapshot.Sequence("orders_seq", 1, 50)));

    private static DatabaseCatalog.Column column(String name, String type, boolean nullable, String def, String comment,
                                                 String identity) {
        return new DatabaseCatalog.Column(name, type, null, null, null, null, nullable, def, comment, identity, null);
    }

    private static DatabaseCatalog.Index index(String name, DatabaseCatalog.IndexElement element, List<String> include,
                                               String predicate, String comment, boolean valid) {
        return new DatabaseCatalog.Index(name, List.of(element), include, false, false, valid, predicate, "", comment,
                "btree", null);
    }

    private static List<String> differences(DatabaseCatalog.Table orders, List<DatabaseCatalog.Sequence> sequences,
                                            List<String> functions) {
        DatabaseCatalog catalog = new DatabaseCatalog(Engine.POSTGRESQL, List.of(orders,
                new DatabaseCatalog.Table("flyway_schema_history", null, List.of(), null, List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of())), sequences, List.of(), functions);
        return SnapshotComparison.differences(SNAPSHOT, catalog, Expressions.text(Engine.POSTGRESQL), Set.of("flyway_schema_history"));
    }

    private static DatabaseCatalog.Table matching() {
        return new DatabaseCatalog.Table("orders", "Orders",
                List.of(column("id", "bigint", false, null, null, "BY DEFAULT"),
                        column("user_id", "bigint", false, null, null, null),
                        column("status", "character varying(20)", false, "'pending'::character varying", "Where the order is", null),
                        column("total", "numeric(10,2)", false, null, null, null)),
                new DatabaseCatalog.PrimaryKey("orders_pkey", List.of("id")),
                List.of(new DatabaseCatalog.ForeignKey("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"),
                        "CASCADE", "NO ACTION", true)),
                List.of(),
                List.of(new DatabaseCatalog.CheckConstraint("orders_total_positive", "", "(total > (0)::numeric)", true)),
                List.of(),
                List.of(index("idx_orders_user_id", DatabaseCatalog.IndexElement.column("user_id"), List.of(), null, null, true),
                        index("idx_orders_pending", new DatabaseCatalog.IndexElement("id", null, true, true, "int8_ops", true, null),
                                List.of("total"), "((status)::text = 'pending'::text)", "the queue", true),
                        new DatabaseCatalog.Index("orders_pkey", List.of(DatabaseCatalog.IndexElement.column("id")), List.of(),
                                true, true, true, null, "", null, "btree", "orders_pkey")),
                List.of(new DatabaseCatalog.Trigger("update_orders_updated_at", "orders", "update_updated_at_column", "",
                        "BEFORE", "UPDATE", true, true)));
    }

    @Test
    void aMatchingCatalogHasNoDifference() {
        assertEquals(List.of(), differences(matching(), List.of(new DatabaseCatalog.Sequence("orders_seq", 1, 50, false),
                new DatabaseCatalog.Sequence("orders_id_seq", 1, 1, true)), List.of("update_updated_at_column()")));
    }

    @Test
    void eachDifferenceIsOneLine() {
        DatabaseCatalog.Table m = matching();
        DatabaseCatalog.Table drifted = new DatabaseCatalog.Table("orders", "All orders",
                List.of(column("id", "bigint", false, null, null, "ALWAYS"),
                        column("user_id", "integer", true, null, null, null),
                        column("status", "character varying(20)", false, "'open'::character varying", "Status", null),
                        column("note", "text", true, null, null, null)),
                new DatabaseCatalog.PrimaryKey("orders_pk", List.of("id")),
                List.of(new DatabaseCatalog.ForeignKey("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"),
                        "NO ACTION", "NO ACTION", false)),
                List.of(new DatabaseCatalog.UniqueConstraint("orders_note_unique", List.of("note"), "")),
                List.of(new DatabaseCatalog.CheckConstraint("orders_total_positive", "", "(total >= (0)::numeric)", false)),
                List.of(),
                List.of(index("idx_orders_pending", DatabaseCatalog.IndexElement.column("id"), List.of(), null, null, false),
                        index("idx_orders_extra", DatabaseCatalog.IndexElement.column("note"), List.of(), null, null, true)),
                List.of(new DatabaseCatalog.Trigger("update_orders_updated_at", "orders", "update_updated_at_column", "",
                        "BEFORE", "UPDATE", true, false)));
        assertEquals(List.of(
                "comment on table orders: 'Orders' (snapshot) vs 'All orders' (database)",
                "orders.id: identity by default (snapshot) vs ALWAYS (database)",
                "orders.note: column not in snapshot",
                "orders.status: default 'pending' (snapshot) vs 'open' (database)",
                "comment on orders.status: 'Where the order is' (snapshot) vs 'Status' (database)",
                "orders.total: column missing in database",
                "orders.user_id: type bigint (snapshot) vs integer (database)",
                "orders.user_id: NOT NULL (snapshot) vs nullable (database)",
                "primary key on orders: named orders_pkey (snapshot) vs orders_pk (database)",
                "foreign key orders_user_id_fkey on orders: (user_id) REFERENCES users (id) ON DELETE CASCADE (snapshot)"
                        + " vs (user_id) REFERENCES users (id) (database)",
                "foreign key orders_user_id_fkey on orders: NOT VALID in database (never validated)",
                "unique orders_note_unique on orders: not in snapshot",
                "check orders_total_positive on orders: total > 0 (snapshot) vs total >= 0 (database)",
                "check orders_total_positive on orders: NOT VALID in database (never validated)",
                "index idx_orders_extra on orders: not in snapshot",
                "index idx_orders_pending on orders: key (id DESC) (snapshot) vs (id) (database)",
                "index idx_orders_pending on orders: INCLUDE (total) (snapshot) vs none (database)",
                "index idx_orders_pending on orders: WHERE status = 'pending' (snapshot) vs none (database)",
                "index idx_orders_pending on orders: INVALID in database (left by a failed CREATE INDEX CONCURRENTLY: "
                        + "drop it and build it again)",
                "comment on index idx_orders_pending on orders: 'the queue' (snapshot) vs none (database)",
                "index idx_orders_user_id on orders: missing in database",
                "trigger update_orders_updated_at on orders: disabled in database",
                "sequence orders_seq: increment 50 (snapshot) vs 1 (database)",
                "sequence stray_seq: not in snapshot",
                "function update_updated_at_column(): missing in database"),
                differences(drifted, List.of(new DatabaseCatalog.Sequence("orders_seq", 1, 1, false),
                        new DatabaseCatalog.Sequence("stray_seq", 1, 1, false)), List.of()));
        assertEquals(List.of("table orders: missing in database", "sequence orders_seq: missing in database",
                        "function update_updated_at_column(): missing in database"),
                SnapshotComparison.differences(SNAPSHOT, new DatabaseCatalog(Engine.POSTGRESQL, List.of(), List.of(),
                        List.of(), List.of()), Expressions.text(Engine.POSTGRESQL), Set.of()));
        assertEquals(m, matching()); // records compare by value
    }

    /**
     * MariaDB: JSON is LONGTEXT with a json_valid check named as the column, NO ACTION is reported as
     * RESTRICT, updated_at is kept by ON UPDATE, a unique index is listed as a unique constraint, and
     * InnoDB keeps an index named after a foreign key that no declared index serves.
     */
    @Test
    void mariaDbsOwnFormsAreNoDifference() {
        Snapshot.Table loans = new Snapshot.Table("loans", "entity", null, false,
                List.of(new Snapshot.Column("id", "bigint", false, null, "by_default", null, false),
                        new Snapshot.Column("member_id", "bigint", false, null, null, null, false),
                        new Snapshot.Column("code", "varchar(20)", false, null, null, null, false),
                        new Snapshot.Column("data", "json", true, null, null, null, false),
                        new Snapshot.Column("updated_at", "timestamp_tz(6)", false, "now()", null, null, false)),
                new Snapshot.PrimaryKey("loans_pkey", List.of("id")),
                List.of(new Snapshot.ForeignKey("loans_member_id_fkey", List.of("member_id"), "members", List.of("id"), "no_action")),
                List.of(), List.of(), List.of(),
                List.of(new Snapshot.Index("idx_loans_code", List.of(new Snapshot.IndexElement("code", null, null, false, null)),
                        true, "btree", List.of(), null, null)),
                List.of(new Snapshot.Trigger("update_loans_updated_at", "updated_at")));
        DatabaseCatalog.Table live = new DatabaseCatalog.Table("loans", null,
                List.of(column("id", "bigint(20)", false, null, null, "AUTO_INCREMENT"),
                        column("member_id", "bigint(20)", false, null, null, null),
                        column("code", "varchar(20)", false, null, null, null),
                        column("data", "longtext", true, null, null, null),
                        new DatabaseCatalog.Column("updated_at", "datetime(6)", null, null, null, 6, false,
                                "current_timestamp(6)", null, null, "current_timestamp(6)")),
                new DatabaseCatalog.PrimaryKey("PRIMARY", List.of("id")),
                List.of(new DatabaseCatalog.ForeignKey("loans_member_id_fkey", List.of("member_id"), "members", List.of("id"),
                        "RESTRICT", "RESTRICT", true)),
                List.of(new DatabaseCatalog.UniqueConstraint("idx_loans_code", List.of("code"), "UNIQUE (code)")),
                List.of(new DatabaseCatalog.CheckConstraint("data", "CHECK (json_valid(`data`))", "json_valid(`data`)", true)),
                List.of(),
                List.of(new DatabaseCatalog.Index("PRIMARY", List.of(DatabaseCatalog.IndexElement.column("id")), List.of(), true,
                                true, true, null, "", null, "btree", "PRIMARY"),
                        new DatabaseCatalog.Index("idx_loans_code", List.of(DatabaseCatalog.IndexElement.column("code")), List.of(),
                                true, false, true, null, "", null, "btree", "idx_loans_code"),
                        new DatabaseCatalog.Index("loans_member_id_fkey", List.of(DatabaseCatalog.IndexElement.column("member_id")),
                                List.of(), false, false, true, null, "", null, "btree", null)),
                List.of());
        Snapshot snapshot = new Snapshot(List.of(), List.of(loans), List.of());
        DatabaseCatalog catalog = new DatabaseCatalog(Engine.MARIADB, List.of(live), List.of(), List.of(), List.of());
        assertEquals(List.of(), SnapshotComparison.differences(snapshot, catalog, Expressions.text(Engine.MARIADB), Set.of()));

        DatabaseCatalog.Table text = new DatabaseCatalog.Table("loans", null, live.columns(), live.primaryKey(),
                live.foreignKeys(), live.uniques(), List.of(), List.of(), live.indexes(), live.triggers());
        assertEquals(List.of("loans.data: type json (snapshot) vs text (database)"), SnapshotComparison.differences(snapshot,
                new DatabaseCatalog(Engine.MARIADB, List.of(text), List.of(), List.of(), List.of()),
                Expressions.text(Engine.MARIADB), Set.of()));
    }
}
