package com.acme.store;

import dev.tablesmith.runtime.MigrationInfo;
import jakarta.annotation.Generated;
import java.util.List;

/**
 * The migrations Tablesmith wrote for this module, oldest first, and the newest version.
 *
 * <p>An application can check at start-up that its database is current: the newest version Flyway applied (in {@code flyway_schema_history}) must be {@link #LATEST_VERSION}. Generated from {@code tablesmith-snapshot.json}: do not edit.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class TablesmithMigrations {
    /**
     * The dialect the migrations are written in.
     */
    public static final String DIALECT = "postgresql";

    /**
     * The class-path folder holding them, for Flyway's {@code locations} ({@code classpath:} + this).
     */
    public static final String LOCATION = "db/migration";

    /**
     * The newest migration's version.
     */
    public static final String LATEST_VERSION = "20260101000000";

    /**
     * Every migration, oldest first, with the SHA-256 of its up file.
     */
    public static final List<MigrationInfo> MIGRATIONS = List.of(
        new MigrationInfo("20260101000000", "initial_schema", "V20260101000000__initial_schema.sql", "5c0d951d99e01467f42dced5b3c11ef6aef9ad6738941835c447524cdde28c03"));

    private TablesmithMigrations() {
    }
}
