package dev.tablesmith.migration;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.options.Options;
import dev.tablesmith.snapshot.Snapshot;

/**
 * What a run says about the migration folders: their history (edited, missing or unknown files, an
 * unreadable snapshot), pending changes in check mode, and files that cannot be read or written.
 * None is on an element: they are about the folder, not an entity.
 */
public enum MigrationMessages implements Message {
    SNAPSHOT_MERGE_CONFLICT(ProblemIds.MIGRATION_HISTORY, "%s cannot be read: it holds git merge conflict markers: "
            + "two branches both changed the schema and wrote a migration. Do not merge it by hand: "
            + Advice.MERGE),
    /** Arguments: the snapshot file, the first line of the parser's complaint. */
    SNAPSHOT_UNREADABLE(ProblemIds.MIGRATION_HISTORY, "%s cannot be read (%s): restore it from version control "
            + "(git checkout -- " + Snapshot.FILE_NAME + "); it is written by Tablesmith, not by hand"),
    /** Arguments: the file, the folder. */
    FILE_MISSING(ProblemIds.MIGRATION_HISTORY, "migration file %1$s is listed in " + Snapshot.FILE_NAME
            + " but missing from %2$s: restore it from version control (git checkout -- %1$s); a migration that "
            + "may have run must stay, and Tablesmith never writes one again"),
    /** Arguments: the file, the folder. */
    FILE_EDITED(ProblemIds.MIGRATION_HISTORY, "migration file %1$s in %2$s was edited after Tablesmith wrote it "
            + "(its SHA-256 differs from the one in " + Snapshot.FILE_NAME + "): revert the edit (git checkout -- "
            + "%1$s) and change the entities instead, so the next migration carries the change; a migration that "
            + "has run must not change"),
    /** Arguments: the folder, its migration files. */
    NO_SNAPSHOT(ProblemIds.MIGRATION_HISTORY, "%s holds migrations (%s) but no " + Snapshot.FILE_NAME + ": restore "
            + "it from version control; Tablesmith does not rebuild it from SQL, and writing a first migration over "
            + "existing ones would create every table again"),
    /** Arguments: the folder, the files. */
    UNKNOWN_FILES(ProblemIds.MIGRATION_HISTORY, "migration files in %s are not recorded in " + Snapshot.FILE_NAME
            + ": %s. Most likely two branches each wrote a migration from the same snapshot and were merged (or a "
            + "file was written by hand), so the history has two heads and no migration is written on top of it. "
            + Advice.MERGE),
    /** Arguments: the new version, the newest recorded one. */
    VERSION_NOT_AFTER(ProblemIds.MIGRATION_HISTORY, "the next migration's version %s is not after the newest one, "
            + "%s: Flyway would skip it; give a later -A" + Options.VERSION + " (or check the clock)"),
    /** Arguments: the snapshot file, the dialect, the changes and files it would write ({@link PendingPreview}). */
    PENDING_CHANGES(ProblemIds.PENDING_CHANGES, "the entities differ from %s (%s); run the build without -A"
            + Options.MODE + "=check to write the migration, then commit it. %s"),
    SCHEMA_DOCUMENT_STALE(ProblemIds.PENDING_CHANGES, "%s is missing or out of date; run the build without -A"
            + Options.MODE + "=check to rewrite it, then commit it"),
    NO_MIGRATION_FOLDER(ProblemIds.IO, "cannot tell where the migration folder is (the class output is not a "
            + "directory below a pom.xml or build.gradle): set -A" + Options.MIGRATIONS + "=<folder>"),
    /** Arguments: the folder, the cause. */
    CANNOT_READ(ProblemIds.IO, "cannot read %s: %s"),
    /** Arguments: the folders, the cause. */
    CANNOT_WRITE(ProblemIds.IO, "cannot write the migrations to %s: %s; every folder was left as it was"),
    /** Another build wrote a folder after this one read it. */
    CHANGED_MEANWHILE(ProblemIds.MIGRATION_HISTORY, "%s was changed by another build while this one ran; nothing "
            + "was written to any folder: build again"),
    /** Arguments: the folder, the first problem it has now. */
    CHANGED_MEANWHILE_INTO_PROBLEM(ProblemIds.MIGRATION_HISTORY, "%s was changed by another build while this one "
            + "ran (%s); nothing was written to any folder: build again"),
    /** A warning: the other build's migration is the same as this one's. Argument: the folders. */
    SAME_CHANGE_WRITTEN_MEANWHILE(ProblemIds.MIGRATION_HISTORY, Severity.WARNING, "another build wrote the same "
            + "change to %s while this one ran: nothing more was written there, and this build's migration catalogue "
            + "names a migration that is not in the folder; build again to bring it up to date"),
    /** Arguments: the file, the cause. */
    CANNOT_COPY(ProblemIds.IO, "cannot copy %s to the class output: %s"),
    /** Tablesmith itself failed; the argument is the stack trace. */
    INTERNAL(ProblemIds.INTERNAL, "Tablesmith failed unexpectedly; no migration was written. Please report this "
            + "with the trace:\n%s");

    private final String id;
    private final Severity defaultSeverity;
    private final String template;

    MigrationMessages(String id, String template) {
        this(id, null, template);
    }

    MigrationMessages(String id, Severity defaultSeverity, String template) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public String template() {
        return template;
    }

    /** Text two messages end with (a holder class: an enum constant cannot use the enum's own static fields). */
    private static final class Advice {
        /** How to resolve two branches' migrations on one snapshot. */
        static final String MERGE = "To resolve: keep the snapshot and migrations of the branch that was merged "
                + "first (usually main: git checkout main -- " + Snapshot.FILE_NAME + "), delete your branch's own "
                + "migration files that were never applied to a shared database, and build again: Tablesmith "
                + "regenerates your change as one new migration after the merged ones. A migration written by hand "
                + "belongs in another Flyway location, not in this folder.";
    }
}
