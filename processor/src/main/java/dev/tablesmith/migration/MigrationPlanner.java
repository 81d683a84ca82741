package dev.tablesmith.migration;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.diff.ChangeOrder;
import dev.tablesmith.diff.SchemaDiff;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Snapshot × model → the next migration: the ordered changes, the scripts for one dialect and the
 * snapshot to write with them. Pure: the version is given, not read from a clock.
 */
public final class MigrationPlanner {
    private MigrationPlanner() {}

    /** The next migration, ready to write. */
    public record Plan(List<Change> changes, List<Script> scripts, Snapshot next) {}

    /** The ordered changes from the snapshot's schema to the model (empty when they agree). */
    public static List<Change> changes(Snapshot current, Schema model, Renames renames) {
        return ChangeOrder.order(SchemaDiff.diff(current.schema(), model, renames));
    }

    /**
     * @param name the description, or null to derive one from the changes
     * @return empty when the model equals the snapshot's schema
     */
    public static Optional<Plan> plan(Snapshot current, Schema model, Renames renames, Dialect dialect,
            String version, String name) {
        return plan(current, model, renames, dialect, version, name, Safety.Settings.PLAIN);
    }

    /**
     * The next migration with the safe forms {@code safety} asks for (see {@link Safety}); the plan's
     * changes are the safe ones, in file order.
     */
    public static Optional<Plan> plan(Snapshot current, Schema model, Renames renames, Dialect dialect,
            String version, String name, Safety.Settings safety) {
        return plan(current, model, changes(current, model, renames), dialect, version, name, safety);
    }

    /** The next migration made of {@code ordered}, the {@link #changes} from the snapshot to the model. */
    public static Optional<Plan> plan(Snapshot current, Schema model, List<Change> ordered, Dialect dialect,
            String version, String name, Safety.Settings safety) {
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        List<Change> changes = Safety.apply(current.schema(), ordered, safety, dialect.buildsIndexesConcurrently());
        String description = name != null ? MigrationNames.sanitize(name)
                : MigrationNames.derive(changes, current.schema().isEmpty());
        List<Script> scripts = ScriptWriter.write(changes, dialect, version, description, safety,
                Safety.existingTables(current.schema(), ordered), current.schema());
        List<Snapshot.MigrationRecord> records = new ArrayList<>(current.migrations());
        for (Script s : scripts) {
            List<Snapshot.FileChecksum> files = new ArrayList<>();
            files.add(new Snapshot.FileChecksum(s.upFile(), Checksums.sha256(s.up())));
            files.add(new Snapshot.FileChecksum(s.downFile(), Checksums.sha256(s.down())));
            if (!s.transactional()) {
                files.add(new Snapshot.FileChecksum(s.confFile(), Checksums.sha256(Script.NON_TRANSACTIONAL_CONF)));
            }
            records.add(new Snapshot.MigrationRecord(s.version(), s.name(), files));
        }
        return Optional.of(new Plan(changes, scripts, new Snapshot(records, model)));
    }
}
