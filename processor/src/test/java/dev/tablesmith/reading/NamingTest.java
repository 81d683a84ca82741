package dev.tablesmith.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our Spring naming against Hibernate's own strategy, the oracle. */
class NamingTest {
    private static final CamelCaseToUnderscoresNamingStrategy HIBERNATE = new CamelCaseToUnderscoresNamingStrategy();

    @ParameterizedTest
    @ValueSource(strings = {"createdAt", "id", "URL", "URLPath", "userID", "addressLine1", "line1Address",
            "a", "aB", "aBc", "ABc", "snake_case", "already_Snake", "home.city", "OrderItem", "x2Y", "HTTPServer",
            "userId_", "_private", "ÄrgerNis", "naïveValue", "Order_SEQ", "orders_SEQ", "iPhone"})
    void springMatchesCamelCaseToUnderscores(String logical) {
        String expected = HIBERNATE.toPhysicalColumnName(Identifier.toIdentifier(logical), null).getText();
        assertEquals(expected, Naming.SPRING.physical(logical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"createdAt", "OrderItem", "Post_Tag"})
    void jpaKeepsNamesAsWritten(String logical) {
        assertEquals(logical, Naming.JPA.physical(logical));
    }
}
