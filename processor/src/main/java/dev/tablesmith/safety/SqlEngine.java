package dev.tablesmith.safety;

import java.util.Locale;

/**
 * The database engines Tablesmith writes SQL for, with what decides how they read a piece of SQL
 * text: their quotes and comments ({@link SqlLexer}), their reserved words ({@link ReservedWords})
 * and how many columns a table may have.
 */
public enum SqlEngine {
    POSTGRESQL("PostgreSQL", 1600),
    /** InnoDB's limit is 1,017 columns (MySQL's own is 4,096): the tables are InnoDB tables. */
    MYSQL("MySQL/MariaDB", 1017),
    /** SQLITE_MAX_COLUMN as SQLite is built by default. */
    SQLITE("SQLite", 2000);

    private final String title;
    private final int maxColumns;

    SqlEngine(String title, int maxColumns) {
        this.title = title;
        this.maxColumns = maxColumns;
    }

    public String title() {
        return title;
    }

    /** The most columns a table may have on this engine. */
    public int maxColumns() {
        return maxColumns;
    }

    /** Whether this engine refuses the word as an unquoted name. */
    public boolean reserves(String word) {
        return ReservedWords.reservedIn(word.toLowerCase(Locale.ROOT)).contains(this);
    }
}
