package dev.tablesmith.migration;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * What this build does to one migration folder, decided before anything is written.
 *
 * @param model the schema for this folder (the entities' schema, with the snapshot's comments where
 *     the entities' Javadoc could not be read)
 * @param changes the ordered changes from the snapshot to the model, in their plain forms (what the
 *     migration-safety rules judge); empty when they agree or the folder has problems
 * @param migration the migration to write, empty when there is nothing to write
 * @param problems errors that stop this build (history, version, pending changes in check mode)
 */
public record FolderPlan(FolderState state, Schema model, List<Change> changes,
        Optional<MigrationPlanner.Plan> migration, List<Finding> problems) {
    public FolderPlan {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public Target target() {
        return state.target();
    }

    /** The snapshot as it stands once this plan is carried out. */
    public Snapshot snapshotAfter() {
        return migration.map(MigrationPlanner.Plan::next).orElse(state.snapshot());
    }
}
