package dev.tablesmith.testkit;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/** The naming conventions Hibernate is booted with by {@link HibernateSchema}. */
public enum Naming {
    /**
     * Spring Boot's defaults: physical {@link CamelCaseToUnderscoresNamingStrategy}
     * ({@code createdAt} → {@code created_at}) and {@link SpringImplicitNamingStrategy}.
     */
    SPRING,
    /**
     * Plain Hibernate/JPA: {@link PhysicalNamingStrategyStandardImpl} (names as written) and
     * {@link ImplicitNamingStrategyJpaCompliantImpl}.
     */
    JPA;

    /** A new physical naming strategy instance for this convention. */
    public PhysicalNamingStrategy physical() {
        return this == SPRING ? new CamelCaseToUnderscoresNamingStrategy() : PhysicalNamingStrategyStandardImpl.INSTANCE;
    }

    /** A new implicit naming strategy instance for this convention. */
    public ImplicitNamingStrategy implicit() {
        return this == SPRING ? new SpringImplicitNamingStrategy() : new ImplicitNamingStrategyJpaCompliantImpl();
    }
}
