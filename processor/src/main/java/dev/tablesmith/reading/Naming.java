package dev.tablesmith.reading;

import java.util.Locale;

/**
 * How Java names become SQL names, exactly as Hibernate does it for the two setups users run:
 * {@link #SPRING} is Spring Boot's default ({@code CamelCaseToUnderscoresNamingStrategy} plus
 * {@code SpringImplicitNamingStrategy}), {@link #JPA} Hibernate's JPA-compliant defaults.
 */
public enum Naming {
    SPRING,
    JPA;

    public static Naming parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "spring" -> SPRING;
            case "jpa" -> JPA;
            default -> null;
        };
    }

    /**
     * The physical name of a logical one. Spring: dots become underscores, an underscore goes
     * before an upper-case letter that sits between two lower-case ones, then all is lower-cased
     * (so {@code createdAt} is {@code created_at}, {@code URLPath} is {@code urlpath}). JPA: as is.
     */
    public String physical(String logical) {
        if (this == JPA) {
            return logical;
        }
        StringBuilder b = new StringBuilder(logical.replace('.', '_'));
        for (int i = 1; i < b.length() - 1; i++) {
            if (Character.isLowerCase(b.charAt(i - 1)) && Character.isUpperCase(b.charAt(i))
                    && Character.isLowerCase(b.charAt(i + 1))) {
                b.insert(i++, '_');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The logical name of an implicit join table: Spring {@code <owner table>_<attribute>}, JPA
     * {@code <owner table>_<target table>}.
     */
    public String joinTable(String ownerPhysicalTable, String attribute, String targetPhysicalTable) {
        return this == SPRING ? ownerPhysicalTable + "_" + attribute : ownerPhysicalTable + "_" + targetPhysicalTable;
    }
}
