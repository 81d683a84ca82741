package dev.tablesmith.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JPQL to SQL through the mapping: names, relation joins, entity selects, and what is not translated. */
class JpqlTranslationTest {
    static final EntityMapping USER = new EntityMapping("User", "app.User", "users",
            Map.of("id", "id", "email", "email", "isActive", "is_active"), List.of("id"),
            List.of("id", "email", "is_active"), List.of(new EntityMapping.Relation("orders", "app.Order", true, false,
                    "user", List.of())));
    static final EntityMapping ORDER = new EntityMapping("Order", "app.Order", "orders",
            Map.of("id", "id", "user", "user_id", "total", "total", "createdAt", "created_at",
                    "shippingAddress.city", "shipping_city", "city", "shipping_city"),
            List.of("id"), List.of("id", "user_id", "total", "created_at", "shipping_city"),
            List.of(new EntityMapping.Relation("user", "app.User", false, true, "", List.of("user_id"))));
    static final List<EntityMapping> ENTITIES = List.of(USER, ORDER);
    static final QueryParser PARSER = QueryParser.load();

    static JpqlTranslation translate(String jpql) {
        return PARSER.translate(jpql, ENTITIES, null);
    }

    @Test
    void entityNamesAttributesAndTheForeignKeyPath() {
        JpqlTranslation t = translate("SELECT o FROM Order o WHERE o.user.id = :userId AND o.shippingAddress.city = ?1 "
                + "ORDER BY o.createdAt DESC");
        assertEquals("SELECT o.id, o.user_id, o.total, o.created_at, o.shipping_city FROM orders o WHERE "
                + "o.user_id = :userId AND o.shipping_city = ?1 ORDER BY o.created_at DESC", t.sql());
        assertTrue(t.selectsEntity());
        assertEquals("app.Order", t.rootEntity());
    }

    @Test
    void relationJoinsGetTheirForeignKeyAndFetchJoinsAreRemembered() {
        JpqlTranslation t = translate("SELECT u FROM User u JOIN u.orders o WHERE o.total > 100");
        assertEquals("SELECT u.id, u.email, u.is_active FROM users u INNER JOIN orders o ON o.user_id = u.id WHERE "
                + "o.total > 100", t.sql());
        JpqlTranslation fetch = translate("SELECT o FROM Order o JOIN FETCH o.user WHERE o.total > 1");
        assertEquals(List.of("user"), fetch.fetched());
        assertTrue(fetch.sql().contains("JOIN users o_user ON o_user.id = o.user_id"), fetch.sql());
    }

    @Test
    void countOfAnAliasIsItsKeyAndUpdatesTranslateToo() {
        assertEquals("SELECT count(o.id) FROM orders o WHERE o.total > 0",
                translate("SELECT count(o) FROM Order o WHERE o.total > 0").sql());
        assertEquals("UPDATE users u SET is_active = false WHERE u.email = :email",
                translate("UPDATE User u SET u.isActive = false WHERE u.email = :email").sql());
    }

    @Test
    void unknownEntitiesAndAttributesAreNamedWithWhatExists() {
        JpqlTranslation t = translate("SELECT o FROM Ordr o");
        assertNull(t.sql());
        assertEquals("Ordr", t.unknownEntities().get(0).name());
        JpqlTranslation a = translate("SELECT o.totl FROM Order o");
        assertEquals("totl", a.unknownAttributes().get(0).name());
        assertEquals("Order", a.unknownAttributes().get(0).entity());
    }

    @Test
    void implicitJoinsAndConstructorsAreNotTranslatedButSaySo() {
        JpqlTranslation implicit = translate("SELECT o FROM Order o WHERE o.user.email = ?1");
        assertNull(implicit.sql());
        assertTrue(implicit.problem().contains("implicit join o.user.email"), implicit.problem());
        assertTrue(translate("SELECT new app.Dto(o.id) FROM Order o").problem().contains("constructor"));
    }
}
