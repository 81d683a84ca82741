package dev.tablesmith.migration;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.options.Mode;
import dev.tablesmith.options.Options;
import dev.tablesmith.reading.UnreadComments;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A folder's state × the entities' schema → its {@link FolderPlan}: the changes, and in write mode
 * the next migration; in check mode the pending changes are the problem, with the first SQL lines
 * of the files it would write ({@link PendingPreview}). Pure: the version is
 * given, read from the clock once for all folders.
 */
public final class FolderPlanner {
    private FolderPlanner() {}

    /**
     * @param unreadComments tables and columns whose Javadoc comment was not read (classes read from
     *     class files): they keep the snapshot's comment
     */
    public static FolderPlan plan(FolderState state, Schema entities, Renames renames, Set<Ref> unreadComments,
            Options options, String version) {
        Snapshot snapshot = state.snapshot();
        boolean fkIndexes = RuleCatalog.generatesForeignKeyIndexes(options.rules());
        Schema model = RecordedKeyOrder.keep(UnreadComments.keep(entities, snapshot.schema(), unreadComments),
                snapshot.schema(), fkIndexes);
        if (!state.problems().isEmpty()) {
            return new FolderPlan(state, model, List.of(), Optional.empty(), state.problems());
        }
        List<Change> changes = MigrationPlanner.changes(snapshot, model, renames);
        List<Finding> problems = new ArrayList<>();
        if (options.mode() == Mode.CHECK) {
            if (!changes.isEmpty()) {
                problems.add(Finding.withoutElement(MigrationMessages.PENDING_CHANGES,
                        state.target().folder().resolve(Snapshot.FILE_NAME), state.target().dialect().id(),
                        PendingPreview.describe(changes, MigrationPlanner.plan(snapshot, model, changes,
                                state.target().dialect(), PendingPreview.PLACEHOLDER_VERSION, options.name(),
                                Safety.Settings.from(options.rules(), options.lockTimeout(),
                                        options.statementTimeout())).orElseThrow())));
            }
            return new FolderPlan(state, model, changes, Optional.empty(), problems);
        }
        if (!changes.isEmpty() && snapshot.latestVersion() != null
                && Versions.compare(version, snapshot.latestVersion()) <= 0) {
            problems.add(Finding.withoutElement(MigrationMessages.VERSION_NOT_AFTER, version, snapshot.latestVersion()));
            return new FolderPlan(state, model, changes, Optional.empty(), problems);
        }
        Optional<MigrationPlanner.Plan> migration = changes.isEmpty() ? Optional.empty()
                : MigrationPlanner.plan(snapshot, model, changes, state.target().dialect(), version, options.name(),
                        Safety.Settings.from(options.rules(), options.lockTimeout(),
                                options.statementTimeout()));
        return new FolderPlan(state, model, changes, migration, problems);
    }
}
