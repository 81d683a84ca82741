package dev.tablesmith.testkit;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import javax.sql.DataSource;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Boots Hibernate ORM 6.6 programmatically (no Spring, no persistence.xml) for a list of entity
 * classes against a DataSource, to use Hibernate as a reference for what a schema should look like.
 *
 * <p>The dialect is detected from the connection: PostgreSQL and MariaDB from Hibernate core, SQLite
 * from hibernate-community-dialects, as {@link SqliteRowidDialect} (the stock SQLiteDialect
 * rejects the {@code integer} identity keys it creates itself; see there). Bean Validation constraints ({@code @NotNull}, {@code @Size}, ...) are applied
 * to the DDL ({@code hibernate.validator.apply_to_ddl}), as in a Spring Boot application with
 * hibernate-validator on the classpath; JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)}) work
 * because Jackson is on the classpath. Hibernate's logging goes to SLF4J at WARN.
 *
 * <p>Known Hibernate 6.6 quirk: on MariaDB a JSON attribute is created as {@code json} (an alias of
 * {@code longtext} with a {@code json_valid} check) and {@link #validate} then rejects that very
 * column ("found [longtext ...], but expecting [json ...]").
 */
public final class HibernateSchema {

    private static final List<Logger> QUIET_JUL_LOGGERS = new ArrayList<>();

    static {
        // jboss-logging only picks SLF4J by itself when Logback is present; otherwise it uses JUL at INFO.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        for (String name : List.of("org.hibernate", "org.hibernate.validator")) {
            Logger l = Logger.getLogger(name);
            l.setLevel(Level.WARNING);
            QUIET_JUL_LOGGERS.add(l);
        }
    }

    private HibernateSchema() {
    }

    /**
     * Boots Hibernate with {@code hibernate.hbm2ddl.auto=validate} (what Spring's
     * {@code ddl-auto=validate} does). Note that this validator only checks that tables, columns and
     * sequences exist, the broad column type and sequence increments.
     *
     * @throws org.hibernate.tool.schema.spi.SchemaManagementException with Hibernate's message
     *         (e.g. {@code Schema-validation: missing column [x] in table [t]}) on mismatch
     */
    public static void validate(DataSource dataSource, List<Class<?>> entities, Naming naming) {
        validate(dataSource, entities, naming, Map.of());
    }

    /**
     * {@link #validate(DataSource, List, Naming)} with extra Hibernate settings, e.g.
     * {@code hibernate.dialect} to validate with a stock dialect.
     */
    public static void validate(DataSource dataSource, List<Class<?>> entities, Naming naming,
            Map<String, Object> extraSettings) {
        Map<String, Object> settings = new HashMap<>(extraSettings);
        settings.put(AvailableSettings.HBM2DDL_AUTO, "validate");
        boot(dataSource, entities, naming, settings);
    }

    /**
     * Lets Hibernate create its schema in the database ({@code hbm2ddl.auto=create-only}, no drops;
     * meant for a fresh, empty database). Any DDL error fails the call.
     */
    public static void create(DataSource dataSource, List<Class<?>> entities, Naming naming) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.HBM2DDL_AUTO, "create-only");
        settings.put(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true");
        // the schemas of @Table(schema = ...) too, as a migration creates them
        settings.put(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, "true");
        boot(dataSource, entities, naming, settings);
    }

    /**
     * Returns the DDL Hibernate would run to create the schema (statements end with {@code ;}),
     * without touching the database (which is only used to detect the dialect).
     */
    public static String createScript(DataSource dataSource, List<Class<?>> entities, Naming naming) {
        StringWriter out = new StringWriter();
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, out);
        settings.put(AvailableSettings.HBM2DDL_DELIMITER, ";");
        settings.put(AvailableSettings.FORMAT_SQL, "true");
        boot(dataSource, entities, naming, settings);
        return out.toString();
    }

    private static void boot(DataSource dataSource, List<Class<?>> entities, Naming naming, Map<String, Object> extra) {
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("no entity classes given");
        }
        StandardServiceRegistryBuilder registryBuilder = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, naming.physical())
                .applySetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, naming.implicit())
                .applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "ddl")
                .applySetting("hibernate.validator.apply_to_ddl", "true")
                .applySetting(AvailableSettings.SHOW_SQL, "false");
        if (!extra.containsKey(AvailableSettings.DIALECT) && Engine.of(dataSource) == Engine.SQLITE) {
            registryBuilder.applySetting(AvailableSettings.DIALECT, SqliteRowidDialect.class.getName());
        }
        extra.forEach(registryBuilder::applySetting);
        StandardServiceRegistry registry = registryBuilder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            SessionFactory sessionFactory = metadata.buildSessionFactory(); // schema tooling runs here
            sessionFactory.close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
