package dev.tablesmith.safety;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.ProblemIds;

/** What the identifier and fragment checks say. Every one is an error that no option or {@code @Allow} turns off. */
public enum SafetyMessages implements Message {
    IDENTIFIER(ProblemIds.SQL_IDENTIFIER, "%s '%s' is not a plain SQL identifier: %s. A name holds letters, digits "
            + "and _ and starts with a letter or _; Tablesmith writes no other text into SQL as a name"),
    CASE_CLASH(ProblemIds.SQL_IDENTIFIER, "%s '%s' and '%s' differ only in case: PostgreSQL folds unquoted names to "
            + "lower case (and MySQL on case-insensitive file systems), so they would name one object; rename one"),
    FRAGMENT(ProblemIds.SQL_FRAGMENT, "%s \"%s\" cannot be written into the migration: %s"),
    OPERATOR(ProblemIds.SQL_FRAGMENT, "exclusion operator '%s' of %s cannot be written into the migration: %s"),
    TEXT(ProblemIds.SQL_TEXT, "%s holds a NUL character (U+0000), which no database stores in text: remove it"),
    /** Arguments: the snapshot file, what the check found, the file's name. */
    SNAPSHOT(ProblemIds.MIGRATION_HISTORY, "%s holds what Tablesmith never writes (%s): it was not written by "
            + "Tablesmith (or was edited); "
            + "restore it from version control (git checkout -- %s)"),
    TOO_MANY_COLUMNS(ProblemIds.DIALECT_SUPPORT, "table '%s' has %s columns; %s allows at most %s in a table: split "
            + "it (a one-to-one table, or an @ElementCollection)");

    private final String id;
    private final String template;

    SafetyMessages(String id, String template) {
        this.id = id;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String template() {
        return template;
    }
}
