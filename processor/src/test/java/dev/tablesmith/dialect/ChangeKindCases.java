package dev.tablesmith.dialect;


import dev.tablesmith.migration.Safety;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType.Kind;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The change-kind cases every dialect is proven on (ChangeKindTest): one evolution step per change
 * kind and per safe form, from one base schema. The same list for PostgreSQL, MySQL/MariaDB and
 * SQLite; a dialect that cannot express a case lists it with the reason in {@code ChangeKindTest}.
 */
public final class ChangeKindCases {
    private ChangeKindCases() {}

    static final String LOCK_TIMEOUT = "5s";

    /** A step: how the next schema differs from the base, with its renames and safety settings. */
    public record Step(String name, UnaryOperator<Schema> next, Renames renames, Safety.Settings settings) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static Stream<Step> steps() {
        Safety.Settings plain = Safety.Settings.PLAIN;
        return Stream.of(
                safe("create_table", s -> with(s, table("tags", b -> {
                    b.columns.add(id());
                    b.columns.add(Column.of("user_id", ColumnType.of(Kind.BIGINT), false));
                    b.columns.add(Column.of("label", ColumnType.varchar(40), false));
                    b.primaryKey = new PrimaryKey("tags_pkey", List.of("id"));
                    b.foreignKeys.add(new ForeignKey("tags_user_id_fkey", List.of("user_id"), "users", List.of("id"),
                            ReferentialAction.CASCADE));
                    b.indexes.add(index("idx_tags_user_id", "user_id"));
                }))),
                safe("drop_table", s -> without(s, "orders")),
                step("rename_table", s -> renameTable(s, "notes", "memos"),
                        new Renames(Map.of("memos", "notes"), Map.of()), Safety.Settings.safe(LOCK_TIMEOUT)),
                safe("add_column", s -> alter(s, "users", b -> b.columns.add(
                        Column.of("phone", ColumnType.varchar(50), true).withComment("Mobile number")))),
                safe("drop_column_with_index", s -> alter(s, "users", b -> {
                    b.columns.removeIf(c -> c.name().equals("name"));
                    b.indexes.removeIf(i -> i.name().equals("idx_users_name"));
                })),
                step("rename_column", s -> alter(s, "orders", b -> replaceColumn(b, "status",
                        c -> c.withName("state"))), new Renames(Map.of(), Map.of("orders", Map.of("state", "status"))),
                        Safety.Settings.safe(LOCK_TIMEOUT)),
                // the renamed column keeps its key and index (renamed), and a new column takes its old name
                step("rename_column_and_reuse_its_name", s -> alter(s, "orders", b -> {
                    replaceColumn(b, "user_id", c -> c.withName("buyer_id"));
                    b.foreignKeys.replaceAll(f -> new ForeignKey("orders_buyer_id_fkey", List.of("buyer_id"), "users",
                            List.of("id"), null));
                    b.indexes.replaceAll(i -> index("idx_orders_buyer_id", "buyer_id"));
                    b.columns.add(Column.of("user_id", ColumnType.of(Kind.BIGINT), true));
                    b.foreignKeys.add(new ForeignKey("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"),
                            ReferentialAction.SET_NULL));
                    b.indexes.add(index("idx_orders_user_id", "user_id"));
                }), new Renames(Map.of(), Map.of("orders", Map.of("buyer_id", "user_id"))),
                        Safety.Settings.safe(LOCK_TIMEOUT)),
                // (a column under a CHECK would do too, but PostgreSQL re-words the check's text on the way back)
                safe("alter_column_type", s -> alter(alter(s, "orders", b -> replaceColumn(b, "total",
                        c -> c.withType(ColumnType.decimal(12, 2)))), "users", b -> {
                            replaceColumn(b, "name", c -> c.withType(ColumnType.varchar(200)));
                            replaceColumn(b, "age", c -> c.withType(ColumnType.of(Kind.BIGINT)));
                        })),
                safe("set_not_null_safe", s -> alter(s, "users", b -> replaceColumn(b, "name", c -> c.withNullable(false)))),
                step("set_not_null_plain", s -> alter(s, "users", b -> replaceColumn(b, "name", c -> c.withNullable(false))),
                        Renames.NONE, plain),
                safe("drop_not_null", s -> alter(s, "users", b -> replaceColumn(b, "email", c -> c.withNullable(true)))),
                safe("set_and_drop_default", s -> alter(s, "users", b -> {
                    replaceColumn(b, "age", c -> c.withDefault("0"));
                    replaceColumn(b, "created_at", c -> c.withDefault(null));
                })),
                safe("comments", s -> alter(s, "users", b -> {
                    b.comment = "People who can sign in";
                    replaceColumn(b, "email", c -> c.withComment("Login, lower case"));
                    b.indexes.replaceAll(i -> i.name().equals("idx_users_name")
                            ? new Index(i.name(), i.elements(), false, i.method(), i.include(), i.where(), "Search by name")
                            : i);
                })),
                safe("add_index_concurrently", s -> alter(s, "orders", b -> b.indexes.add(new Index("idx_orders_status",
                        List.of(IndexElement.column("status")), false, IndexMethod.BTREE, List.of("total"),
                        "status <> 'DONE'", "Open orders by status")))),
                step("add_index_plain", s -> alter(s, "orders", b -> b.indexes.add(index("idx_orders_status", "status"))),
                        Renames.NONE, plain),
                safe("drop_index_concurrently", s -> alter(s, "users", b -> b.indexes.clear())),
                safe("change_index", s -> alter(s, "users", b -> b.indexes.replaceAll(i -> new Index(i.name(),
                        List.of(new IndexElement("name", null, null, true, "LAST")), false, IndexMethod.BTREE, List.of(),
                        null, null)))),
                // replace, never uncover: the foreign key's index gives way to a composite one that leads with its column
                safe("replace_foreign_key_index", s -> alter(s, "orders", b -> b.indexes.replaceAll(i ->
                        new Index("idx_orders_user_id_status", List.of(IndexElement.column("user_id"),
                                IndexElement.column("status")), false, IndexMethod.BTREE, List.of(), null, null)))),
                safe("swap_unique", s -> alter(s, "users", b -> b.uniqueConstraints.replaceAll(u ->
                        new UniqueConstraint("users_email_name_unique", List.of("email", "name"))))),
                safe("change_unique_columns", s -> alter(s, "users", b -> b.uniqueConstraints.replaceAll(u ->
                        new UniqueConstraint(u.name(), List.of("email", "name"))))),
                safe("add_primary_key", s -> alter(s, "notes", b -> b.primaryKey = new PrimaryKey("notes_pkey",
                        List.of("id")))),
                safe("add_unique_using_index", s -> alter(s, "users", b -> b.uniqueConstraints.add(
                        new UniqueConstraint("users_name_unique", List.of("name"))))),
                step("add_unique_plain", s -> alter(s, "users", b -> b.uniqueConstraints.add(
                        new UniqueConstraint("users_name_unique", List.of("name")))), Renames.NONE, plain),
                safe("drop_unique", s -> alter(s, "users", b -> b.uniqueConstraints.clear())),
                safe("add_check_not_valid", s -> alter(s, "orders", b -> b.checks.add(
                        new CheckConstraint("orders_total_positive", "total > 0")))),
                safe("drop_check", s -> alter(s, "users", b -> b.checks.clear())),
                safe("enum_values_changed", s -> alter(s, "orders", b -> b.checks.replaceAll(c ->
                        new CheckConstraint(c.name(), "status IN ('NEW', 'PAID', 'SHIPPED')")))),
                safe("add_foreign_key_not_valid", s -> alter(s, "notes", b -> {
                    b.columns.add(Column.of("user_id", ColumnType.of(Kind.BIGINT), true));
                    b.foreignKeys.add(new ForeignKey("notes_user_id_fkey", List.of("user_id"), "users", List.of("id"),
                            ReferentialAction.SET_NULL));
                    b.indexes.add(index("idx_notes_user_id", "user_id"));
                })),
                step("add_foreign_key_plain", s -> alter(s, "notes", b -> {
                    b.columns.add(Column.of("user_id", ColumnType.of(Kind.BIGINT), true));
                    b.foreignKeys.add(new ForeignKey("notes_user_id_fkey", List.of("user_id"), "users", List.of("id"),
                            ReferentialAction.NO_ACTION));
                }), Renames.NONE, plain),
                safe("change_on_delete", s -> alter(s, "orders", b -> b.foreignKeys.replaceAll(f -> new ForeignKey(
                        f.name(), f.columns(), f.referencedTable(), f.referencedColumns(), ReferentialAction.CASCADE)))),
                safe("drop_foreign_key", s -> alter(s, "orders", b -> b.foreignKeys.clear())),
                safe("add_exclusion", s -> alter(s, "notes", b -> {
                    b.columns.add(Column.of("during", ColumnType.custom("TSTZRANGE"), true));
                    b.exclusions.add(new ExclusionConstraint("notes_during_excl", IndexMethod.GIST,
                            List.of(new ExclusionConstraint.Element("during", "&&")), null));
                })),
                safe("add_updated_at_trigger", s -> alter(s, "orders", b -> {
                    b.columns.add(new Column("updated_at", ColumnType.of(Kind.TIMESTAMP_TZ), false, "now()",
                            Column.Identity.NONE, null, false));
                    b.triggers.add(new Trigger("update_orders_updated_at", "updated_at"));
                })),
                safe("sequences", s -> new Schema(s.tables(), List.of(new Sequence("users_seq", 1, 1),
                        new Sequence("orders_seq", 1, 50)))),
                safe("deprecate_column_and_table", s -> {
                    Schema t = alter(s, "users", b -> replaceColumn(b, "name", c -> c.withDeprecated(true)));
                    return alter(t, "notes", b -> b.deprecated = true);
                }));
    }

    /** users ← orders, and notes without a key: every step starts here. */
    public static Schema base() {
        Table users = table("users", b -> {
            b.comment = "Accounts";
            b.columns.add(id());
            b.columns.add(Column.of("email", ColumnType.varchar(255), false));
            b.columns.add(Column.of("name", ColumnType.varchar(100), true));
            b.columns.add(Column.of("age", ColumnType.of(Kind.INTEGER), true));
            b.columns.add(new Column("created_at", ColumnType.of(Kind.TIMESTAMP_TZ), false, "now()",
                    Column.Identity.NONE, null, false));
            b.primaryKey = new PrimaryKey("users_pkey", List.of("id"));
            b.uniqueConstraints.add(new UniqueConstraint("users_email_unique", List.of("email")));
            b.checks.add(new CheckConstraint("users_age_non_negative", "age >= 0"));
            b.indexes.add(index("idx_users_name", "name"));
        });
        Table orders = table("orders", b -> {
            b.columns.add(id());
            b.columns.add(Column.of("user_id", ColumnType.of(Kind.BIGINT), false));
            b.columns.add(Column.of("total", ColumnType.decimal(10, 2), false));
            b.columns.add(Column.of("status", ColumnType.varchar(20), false));
            b.primaryKey = new PrimaryKey("orders_pkey", List.of("id"));
            b.foreignKeys.add(new ForeignKey("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"), null));
            b.checks.add(new CheckConstraint("orders_status_valid", "status IN ('NEW', 'PAID')"));
            b.indexes.add(index("idx_orders_user_id", "user_id"));
        });
        Table notes = table("notes", b -> {
            b.columns.add(Column.of("id", ColumnType.of(Kind.BIGINT), false));
            b.columns.add(Column.of("body", ColumnType.of(Kind.TEXT), true));
        });
        return new Schema(List.of(users, orders, notes), List.of(new Sequence("users_seq", 1, 50)));
    }

    private static Step safe(String name, UnaryOperator<Schema> next) {
        return step(name, next, Renames.NONE, Safety.Settings.safe(LOCK_TIMEOUT));
    }

    private static Step step(String name, UnaryOperator<Schema> next, Renames renames, Safety.Settings settings) {
        return new Step(name, next, renames, settings);
    }

    private static Column id() {
        return Column.of("id", ColumnType.of(Kind.BIGINT), false).withIdentity(Column.Identity.BY_DEFAULT);
    }

    private static Index index(String name, String column) {
        return new Index(name, List.of(IndexElement.column(column)), false, IndexMethod.BTREE, List.of(), null, null);
    }

    private static Table table(String name, Consumer<Table.Builder> body) {
        Table.Builder b = new Table.Builder(name);
        b.entity = "com.example." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        body.accept(b);
        return b.build();
    }

    private static Schema with(Schema s, Table t) {
        List<Table> tables = new ArrayList<>(s.tables());
        tables.add(t);
        return new Schema(tables, s.sequences());
    }

    private static Schema without(Schema s, String name) {
        return new Schema(s.tables().stream().filter(t -> !t.name().equals(name)).toList(), s.sequences());
    }

    private static Schema alter(Schema s, String name, Consumer<Table.Builder> change) {
        return new Schema(s.tables().stream().map(t -> {
            if (!t.name().equals(name)) {
                return t;
            }
            Table.Builder b = t.toBuilder();
            change.accept(b);
            return b.build();
        }).toList(), s.sequences());
    }

    private static Schema renameTable(Schema s, String from, String to) {
        return alter(s, from, b -> b.name = to);
    }

    private static void replaceColumn(Table.Builder b, String column, UnaryOperator<Column> change) {
        b.columns.replaceAll(c -> c.name().equals(column) ? change.apply(c) : c);
    }
}
