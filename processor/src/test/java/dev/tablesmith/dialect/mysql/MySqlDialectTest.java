package dev.tablesmith.dialect.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.Dialects;
import dev.tablesmith.diff.Change;
import dev.tablesmith.diff.SchemaChanges;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every change kind the differ emits renders on MySQL, one after the other on a tracked schema, as
 * the exact texts below; and MariaDB runs them all in that order.
 */
class MySqlDialectTest {
    private static final Column ID = Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false)
            .withIdentity(Column.Identity.BY_DEFAULT);
    private static final Column NAME = Column.of("name", ColumnType.varchar(100), false);
    private static final Column UPDATED_AT = Column.of("updated_at",
            ColumnType.temporal(ColumnType.Kind.TIMESTAMP_TZ, 6), false).withDefault("now()");
    /** Without AUTO_INCREMENT, so its primary key can be dropped and added again. */
    private static final Column PLAIN_ID = Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false);
    private static final Table USERS = users();
    private static final Table ORDERS = orders();

    private static Table users() {
        Table.Builder b = new Table.Builder("users");
        b.columns.addAll(List.of(PLAIN_ID, NAME));
        b.primaryKey = new PrimaryKey("users_pkey", List.of("id"));
        return b.build();
    }

    /** A row keyed by id, with the other NOT NULL column without a default. */
    private static dev.tablesmith.model.Row userRow() {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("id", "1");
        values.put("name", "'Ada'");
        return new dev.tablesmith.model.Row(values);
    }

    private static Table orders() {
        Table.Builder b = new Table.Builder("orders");
        b.columns.addAll(List.of(ID, Column.of("user_id", ColumnType.of(ColumnType.Kind.BIGINT), true), UPDATED_AT));
        b.primaryKey = new PrimaryKey("orders_pkey", List.of("id"));
        b.foreignKeys.add(new ForeignKey("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"),
                ReferentialAction.CASCADE));
        b.indexes.add(new Index("idx_orders_user_id", List.of(IndexElement.column("user_id")), false,
                IndexMethod.BTREE, List.of(), null, null));
        b.triggers.add(new Trigger("update_orders_updated_at", "updated_at"));
        b.comment = "Orders; one per checkout";
        return b.build();
    }

    /** One sample of each kind, in an order that applies. */
    static List<Map.Entry<Change, String>> samples() {
        var m = new java.util.ArrayList<Map.Entry<Change, String>>() {
            void put(Change change, String sql) {
                add(Map.entry(change, sql));
            }
        };
        m.put(new Change.CreateSequence(new Sequence("users_seq", 1, 50)),
                "CREATE SEQUENCE users_seq START WITH 1 INCREMENT BY 50 NOCACHE;");
        m.put(new Change.AlterSequence(new Sequence("users_seq", 1, 50), new Sequence("users_seq", 1, 20)),
                "ALTER SEQUENCE users_seq INCREMENT BY 20 START WITH 1;");
        m.put(new Change.RenameSequence("users_seq", "members_seq"), "RENAME TABLE users_seq TO members_seq;");
        m.put(new Change.RenameSequence("users_id_seq", "members_id_seq"),
                "-- users_id_seq is an identity's sequence: AUTO_INCREMENT has none to rename.");
        m.put(new Change.DropSequence(new Sequence("members_seq", 1, 20)), "DROP SEQUENCE IF EXISTS members_seq;");
        m.put(new Change.CreateTable(ORDERS), """
                -- --------------------------------------------
                -- Table: orders
                -- Description: Orders; one per checkout
                -- --------------------------------------------
                CREATE TABLE orders (
                    id BIGINT NOT NULL AUTO_INCREMENT,
                    user_id BIGINT NULL,
                    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                    PRIMARY KEY (id),
                    INDEX idx_orders_user_id (user_id),
                    CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
                ) ENGINE=InnoDB COMMENT='Orders; one per checkout';""");
        m.put(new Change.AddColumn("users", Column.of("email", ColumnType.varchar(200), true).withComment("login")),
                "ALTER TABLE users ADD COLUMN email VARCHAR(200) NULL COMMENT 'login';");
        m.put(new Change.AddColumn("users", Column.of("active", ColumnType.of(ColumnType.Kind.BOOLEAN), false)
                .withDefault("true")), "ALTER TABLE users ADD COLUMN active BIT NOT NULL DEFAULT 1;");
        m.put(new Change.AddColumn("users", Column.of("joined_on", ColumnType.of(ColumnType.Kind.DATE), false)
                .withDefault("CURRENT_DATE")), "ALTER TABLE users ADD COLUMN joined_on DATE NOT NULL DEFAULT (CURRENT_DATE);");
        m.put(new Change.AddColumn("users", Column.of("token", ColumnType.of(ColumnType.Kind.UUID), false)
                .withDefault("gen_random_uuid()")), "ALTER TABLE users ADD COLUMN token UUID NOT NULL DEFAULT (UUID());");
        m.put(new Change.AddColumn("users", Column.of("settings", ColumnType.of(ColumnType.Kind.JSON), false)
                .withDefault("'{}'::jsonb")), "ALTER TABLE users ADD COLUMN settings JSON NOT NULL DEFAULT '{}';");
        m.put(new Change.AddColumn("users", Column.of("seen_at", ColumnType.temporal(ColumnType.Kind.TIMESTAMP_TZ, 3),
                true).withDefault("CURRENT_TIMESTAMP")),
                "ALTER TABLE users ADD COLUMN seen_at DATETIME(3) NULL DEFAULT CURRENT_TIMESTAMP(3);");
        m.put(new Change.RenameColumn("users", "email", "mail"), "ALTER TABLE users RENAME COLUMN email TO mail;");
        m.put(new Change.AlterColumnType("users", "mail", ColumnType.varchar(200), ColumnType.varchar(250)),
                "ALTER TABLE users MODIFY COLUMN mail VARCHAR(250) NULL COMMENT 'login';");
        m.put(new Change.SetDefault("users", "mail", null, "''"),
                "ALTER TABLE users MODIFY COLUMN mail VARCHAR(250) NULL DEFAULT '' COMMENT 'login';");
        m.put(new Change.SetNotNull("users", "mail", true, true),
                "ALTER TABLE users MODIFY COLUMN mail VARCHAR(250) NOT NULL DEFAULT '' COMMENT 'login';");
        m.put(new Change.SetColumnComment("users", "mail", "login", null),
                "ALTER TABLE users MODIFY COLUMN mail VARCHAR(250) NOT NULL DEFAULT '';");
        m.put(new Change.SetTableComment("users", null, "People who sign in"),
                "ALTER TABLE users COMMENT = 'People who sign in';");
        m.put(new Change.AddUnique("users", new UniqueConstraint("users_mail_unique", List.of("mail"))),
                "ALTER TABLE users ADD CONSTRAINT users_mail_unique UNIQUE (mail);");
        m.put(new Change.AddCheck("users", new CheckConstraint("users_name_not_empty", "name <> ''"), true),
                "ALTER TABLE users ADD CONSTRAINT users_name_not_empty CHECK (name <> '');");
        m.put(new Change.ValidateConstraint("users", "users_name_not_empty"),
                "-- users_name_not_empty was checked against every row when it was added.");
        m.put(new Change.RenameConstraint("users", "users_name_not_empty", "users_name_present"),
                "ALTER TABLE users DROP CONSTRAINT users_name_not_empty, ADD CONSTRAINT users_name_present CHECK (name <> '');");
        m.put(new Change.RenameConstraint("users", "users_mail_unique", "users_email_unique"),
                "ALTER TABLE users RENAME INDEX users_mail_unique TO users_email_unique;");
        m.put(new Change.RenameConstraint("users", "users_pkey", "members_pkey"),
                "-- the primary key of users is always named PRIMARY in MySQL.");
        m.put(new Change.DropCheck("users", new CheckConstraint("users_name_present", "name <> ''"), false),
                "ALTER TABLE users DROP CONSTRAINT users_name_present;");
        m.put(new Change.DropUnique("users", new UniqueConstraint("users_email_unique", List.of("mail"))),
                "ALTER TABLE users DROP INDEX users_email_unique;");
        Index byName = new Index("idx_users_name", List.of(new IndexElement("name", null, null, true, null)), false,
                IndexMethod.BTREE, List.of(), null, null);
        m.put(new Change.AddIndex("users", byName, true),
                "ALTER TABLE users ADD INDEX idx_users_name (name DESC), ALGORITHM=INPLACE, LOCK=NONE;");
        m.put(new Change.SetIndexComment("users", "idx_users_name", null, "lookups by name"),
                "ALTER TABLE users DROP INDEX idx_users_name, ADD INDEX idx_users_name (name DESC) COMMENT 'lookups by name';");
        m.put(new Change.RenameIndex("users", "idx_users_name", "idx_users_name_desc"),
                "ALTER TABLE users RENAME INDEX idx_users_name TO idx_users_name_desc;");
        m.put(new Change.DropIndex("users", byName.withName("idx_users_name_desc"), false),
                "ALTER TABLE users DROP INDEX idx_users_name_desc;");
        Index uniqueMail = new Index("users_mail_unique", List.of(IndexElement.column("mail")), true,
                IndexMethod.BTREE, List.of(), null, null);
        m.put(new Change.AddIndex("users", uniqueMail, true),
                "ALTER TABLE users ADD UNIQUE INDEX users_mail_unique (mail), ALGORITHM=INPLACE, LOCK=NONE;");
        m.put(new Change.AddUniqueUsingIndex("users", new UniqueConstraint("users_mail_unique", List.of("mail"))),
                "-- the unique index users_mail_unique is the constraint: MySQL enforces UNIQUE with it.");
        m.put(new Change.DropUnique("users", new UniqueConstraint("users_mail_unique", List.of("mail"))),
                "ALTER TABLE users DROP INDEX users_mail_unique;");
        m.put(new Change.DropIndex("users", uniqueMail, true), "-- index users_mail_unique went with its unique constraint.");
        m.put(new Change.DropTrigger("orders", new Trigger("update_orders_updated_at", "updated_at")),
                "ALTER TABLE orders MODIFY COLUMN updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);");
        m.put(new Change.CreateTrigger("orders", new Trigger("update_orders_updated_at", "updated_at")),
                "ALTER TABLE orders MODIFY COLUMN updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) "
                        + "ON UPDATE CURRENT_TIMESTAMP(6);");
        m.put(new Change.RenameTrigger("orders", "update_orders_updated_at", "update_purchases_updated_at"),
                "-- orders: updated_at is kept by ON UPDATE on the column; no trigger to rename.");
        ForeignKey fk = ORDERS.foreignKeys().get(0);
        m.put(new Change.DropForeignKey("orders", fk, false), "ALTER TABLE orders DROP FOREIGN KEY orders_user_id_fkey;");
        m.put(new Change.AddForeignKey("orders", fk, true),
                "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) "
                        + "ON DELETE CASCADE;");
        m.put(new Change.DropIndex("orders", ORDERS.indexes().get(0), true),
                "ALTER TABLE orders DROP INDEX idx_orders_user_id, ADD INDEX orders_user_id_fkey (user_id), "
                        + "ALGORITHM=INPLACE, LOCK=NONE;");
        m.put(new Change.DropForeignKey("orders", fk, false),
                "ALTER TABLE orders DROP FOREIGN KEY orders_user_id_fkey, DROP INDEX orders_user_id_fkey;");
        m.put(new Change.DropPrimaryKey("users", new PrimaryKey("users_pkey", List.of("id"))),
                "ALTER TABLE users DROP PRIMARY KEY;");
        m.put(new Change.AddPrimaryKey("users", new PrimaryKey("users_pkey", List.of("id"))),
                "ALTER TABLE users ADD PRIMARY KEY (id);");
        m.put(new Change.SetDeprecated("users", "mail", true),
                "-- column users.mail is deprecated: a later migration may drop it.");
        m.put(new Change.DropColumn("users", Column.of("mail", ColumnType.varchar(250), false)),
                "ALTER TABLE users DROP COLUMN mail;");
        m.put(new Change.RenameTable("orders", "purchases"), "RENAME TABLE orders TO purchases;");
        m.put(new Change.MoveTable("purchases", "archive.purchases"), "RENAME TABLE purchases TO archive.purchases;");
        m.put(new Change.MoveTable("archive.purchases", "purchases"), "RENAME TABLE archive.purchases TO purchases;");
        m.put(new Change.InsertRow("users", userRow()), "INSERT INTO users (id, name) VALUES (1, 'Ada');");
        m.put(new Change.DeleteRow("users", userRow()),
                "DELETE FROM users WHERE id = 1;");
        m.put(new Change.DropExclusion("purchases", exclusion()),
                "-- exclusion constraint purchases_no_overlap was never written (MySQL has none).");
        m.put(new Change.NoOp("validate x"), "");
        m.put(new Change.DropTable(ORDERS.toBuilder().build()), "DROP TABLE IF EXISTS orders;");
        return m;
    }

    private static ExclusionConstraint exclusion() {
        return new ExclusionConstraint("purchases_no_overlap", IndexMethod.GIST, List.of(), null);
    }

    @Test
    void everyChangeKindRendersOnATrackedSchema() {
        Dialect dialect = Dialects.byId("mysql").orElseThrow();
        List<Map.Entry<Change, String>> samples = samples();
        Schema state = new Schema(List.of(USERS), List.of());
        for (Map.Entry<Change, String> e : samples) {
            assertEquals(e.getValue(), dialect.render(e.getKey(), state), e.getKey().toString());
            state = SchemaChanges.apply(state, e.getKey());
        }
        Schema last = state;

        Set<String> kinds = new TreeSet<>(Arrays.stream(Change.class.getPermittedSubclasses())
                .map(Class::getSimpleName).toList());
        Set<String> rendered = samples.stream().map(e -> e.getKey().getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        rendered.add("AddExclusion"); // refused below: checkSupport stops it before anything is written
        assertEquals(kinds, rendered, "a sample of every change kind");
        assertThrows(IllegalStateException.class, () -> dialect.render(new Change.AddExclusion("users", exclusion()), last));
    }

    /** The same statements, in the same order, run on MariaDB: every one is valid there. */
    @Test
    void everySampleRunsOnMariaDb() {
        DataSource db = MariaDbServer.shared().newDatabase("every_change");
        Dialect dialect = Dialects.byId("mysql").orElseThrow();
        StringBuilder script = new StringBuilder(dialect.render(new Change.CreateTable(USERS), Schema.EMPTY)).append('\n');
        Schema state = new Schema(List.of(USERS), List.of());
        for (Map.Entry<Change, String> sample : samples()) {
            // the database a table moves into is created first, as a migration does it
            Schema next = SchemaChanges.apply(state, sample.getKey());
            String namespaces = dialect.createNamespaces(state, next);
            script.append(namespaces.isEmpty() ? "" : namespaces + "\n");
            script.append(dialect.render(sample.getKey(), state)).append('\n');
            state = next;
        }
        Migrations.execute(db, script.toString(), false);
        Catalog catalog = Catalog.read(db);
        assertEquals(List.of("purchases", "users"), catalog.tables().stream().map(Catalog.Table::name).sorted().toList());
    }

    @Test
    void identitySeamAndTimeouts() {
        Dialect mysql = Dialects.byId("mysql").orElseThrow();
        assertTrue(mysql.isTransactional(new Change.AddIndex("users", null, true)));
        assertEquals("SET SESSION lock_wait_timeout = 5;", mysql.lockTimeout("5s"));
        assertEquals("SET SESSION lock_wait_timeout = 1;", mysql.lockTimeout("500ms"));
        assertEquals("SET SESSION lock_wait_timeout = 120;", mysql.lockTimeout("2min"));
        assertThrows(IllegalStateException.class, () -> mysql.render(new Change.SetNotNull("users", "name", true, false), null),
                "MODIFY needs the column: an unpositioned dialect says so instead of guessing");
    }
}
