package dev.tablesmith.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.snapshot.Snapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure pieces of code generation, table-driven. */
class CodegenPartsTest {
    @Test
    void constantNamesAreUpperSnakeAndNeverClash() {
        Set<String> taken = new HashSet<>(Set.of("TABLE", "ALL_COLUMNS", "SELECT_LIST", "ALL"));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("created_at", "CREATED_AT");
        expected.put("createdAt", "CREATED_AT_2");
        expected.put("URLPath", "URL_PATH");
        expected.put("table", "TABLE_2");
        expected.put("all", "ALL_2");
        expected.put("2fa", "_2FA");
        expected.put("e-mail", "E_MAIL");
        expected.put("_", "COLUMN_");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), Names.constant(e.getKey(), taken), e.getKey());
        }
        Set<String> types = new HashSet<>(Set.of("UserTable", "Columns"));
        assertEquals("UserRoles", Names.type("user_roles", types));
        assertEquals("Columns2", Names.type("columns", types));
        assertEquals("T2fa", Names.type("2fa", types));
    }

    @Test
    void theCataloguePackageIsTheEntitiesCommonPackage() {
        assertEquals(Optional.of("com.shop"), MigrationCatalog.commonPackage(List.of("com.shop.a", "com.shop.b.c", "com.shop")));
        assertEquals(Optional.of("com.shop.a"), MigrationCatalog.commonPackage(List.of("com.shop.a", "com.shop.a")));
        assertEquals(Optional.empty(), MigrationCatalog.commonPackage(List.of("com.shop", "org.shop")));
        assertEquals(Optional.empty(), MigrationCatalog.commonPackage(List.of("com.shop", "")));
        assertEquals(Optional.of(""), MigrationCatalog.commonPackage(List.of("", "")));
        // by segments, not characters
        assertEquals(Optional.of("com"), MigrationCatalog.commonPackage(List.of("com.shop", "com.shopping")));
    }

    @Test
    void aForeignKeyColumnHasTheTypeOfTheKeyItReferences() {
        Table users = table("users", List.of(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false)), List.of());
        Table orders = table("orders", List.of(Column.of("id", ColumnType.of(ColumnType.Kind.UUID), false),
                Column.of("user_id", ColumnType.of(ColumnType.Kind.BIGINT), false),
                Column.of("position", ColumnType.of(ColumnType.Kind.INTEGER), false)),
                List.of(new ForeignKey("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"), null)));
        Schema schema = new Schema(List.of(users, orders), List.of());
        SourceMap sources = new SourceMap(Map.of(
                Ref.column("users", "id"), source("long"),
                Ref.column("orders", "id"), source("java.util.UUID"),
                Ref.column("orders", "user_id"), source("com.shop.User")), List.of());
        assertEquals("long", ColumnJavaTypes.of(schema, sources, orders, orders.columns().get(1)));
        assertEquals("java.util.UUID", ColumnJavaTypes.of(schema, sources, orders, orders.columns().get(0)));
        // no declaration (an order column): the JDBC type of its SQL type
        assertEquals("java.lang.Integer", ColumnJavaTypes.of(schema, sources, orders, orders.columns().get(2)));
        assertEquals("java.lang.String[]", ColumnJavaTypes.byType(ColumnType.arrayOf(ColumnType.varchar(10))));
    }

    @Test
    void severalDialectsGiveANestedClassEachAndThePrimaryAtTheTop() {
        Snapshot.MigrationRecord v1 = new Snapshot.MigrationRecord("1", "init",
                List.of(new Snapshot.FileChecksum("V1__init.sql", "aa"), new Snapshot.FileChecksum("U1__init.sql", "bb")));
        Snapshot.MigrationRecord v2 = new Snapshot.MigrationRecord("2.1", "idx",
                List.of(new Snapshot.FileChecksum("U2.1__idx.sql", "cc"), new Snapshot.FileChecksum("V2.1__idx.sql", "dd")));
        String text = MigrationCatalog.spec("com.shop", List.of(
                new MigrationCatalog.DialectMigrations("postgresql", "db/migration/postgresql", List.of(v1, v2)),
                new MigrationCatalog.DialectMigrations("mysql", "db/migration/mysql", List.of(v1))),
                Optional.of(ClassName.get("javax.annotation.processing", "Generated"))).toString();
        assertTrue(text.contains("public static final String LATEST_VERSION = \"2.1\";"), text);
        assertTrue(text.contains("new MigrationInfo(\"2.1\", \"idx\", \"V2.1__idx.sql\", \"dd\")"), text);
        assertTrue(text.contains("public static final class Postgresql {"), text);
        assertTrue(text.contains("public static final class Mysql {"), text);
        assertTrue(text.contains("public static final String LATEST_VERSION = \"1\";"), text);
        String none = MigrationCatalog.spec("com.shop", List.of(
                new MigrationCatalog.DialectMigrations("postgresql", "db/migration", List.of())), Optional.empty())
                .toString();
        assertTrue(none.contains("LATEST_VERSION = null;") && none.contains("MIGRATIONS = List.of();"), none);
    }

    @Test
    void definitionsAndMarkdownCellsEscapeWhatWouldBreakThem() {
        assertEquals("`a \\| b`", SchemaDocument.code("a | b"));
        assertEquals("`` x `y` ``", SchemaDocument.code("x `y`"));
        assertEquals("user_roles", SchemaDocument.anchor("user_roles"));
        assertEquals("Unit price", SchemaDocument.commentWithoutDecision("Unit price. Denormalized: copied at checkout",
                "copied at checkout"));
        assertEquals(null, SchemaDocument.commentWithoutDecision("Denormalized: why", "why"));
        assertEquals("Not Denormalized: really", SchemaDocument.commentWithoutDecision("Not Denormalized: really", null));
        assertEquals("&lt;b&gt; &amp; *&#47; &#92;u0041 &#64;see &#123;x&#125;", Javadocs.text("<b> & */ \\u0041 @see {x}"));
    }

    private static Source source(String javaType) {
        return new Source(Origin.NONE, null, "com.shop.X", new ColumnFacts(javaType, true, true, null, null, false));
    }

    private static Table table(String name, List<Column> columns, List<ForeignKey> fks) {
        Table.Builder b = new Table.Builder(name);
        b.entity = "com.shop." + name;
        b.columns.addAll(columns);
        b.primaryKey = new PrimaryKey(name + "_pkey", List.of("id"));
        b.foreignKeys.addAll(fks);
        return b.build();
    }
}
