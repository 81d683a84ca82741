package dev.tablesmith.processor;

import dev.tablesmith.codegen.MigrationCatalog;
import dev.tablesmith.codegen.SchemaDocument;
import dev.tablesmith.diagnostics.Reporter;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.migration.FolderPlan;
import dev.tablesmith.migration.FolderWrites;
import dev.tablesmith.migration.MigrationMessages;
import dev.tablesmith.migration.Script;
import dev.tablesmith.options.Mode;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Carries out the plans of every folder, all or nothing ({@link FolderWrites}): the new migration
 * files, the snapshot, and {@code schema.md} where its text changed. Then copies the new files to
 * the class output, so Flyway at runtime sees a migration generated in this very build.
 */
final class Commit {
    private final Filer filer;
    private final Reporter reporter;

    Commit(Filer filer, Reporter reporter) {
        this.filer = filer;
        this.reporter = reporter;
    }

    /**
     * In check mode, a {@code schema.md} that is missing or differs from the schema is pending too;
     * said only for a folder without pending changes, whose message already says to build.
     */
    static List<Finding> staleDocuments(List<FolderPlan> plans, List<String> documents, Mode mode) {
        List<Finding> stale = new ArrayList<>();
        for (int i = 0; mode == Mode.CHECK && i < plans.size(); i++) {
            if (plans.get(i).problems().isEmpty() && !documents.get(i).equals(plans.get(i).state().document())) {
                stale.add(Finding.withoutElement(MigrationMessages.SCHEMA_DOCUMENT_STALE,
                        plans.get(i).target().folder().resolve(SchemaDocument.FILE_NAME)));
            }
        }
        return stale;
    }

    /**
     * Writes every folder's files, or none.
     *
     * @param documents each plan's {@code schema.md}
     * @return the migrations of each folder afterwards, for the catalogue; empty after an I/O error
     */
    Optional<List<MigrationCatalog.DialectMigrations>> write(List<FolderPlan> plans, List<String> documents,
            Mode mode, Set<TypeElement> entities) {
        List<FolderWrites.Write> writes = new ArrayList<>();
        List<Map<String, String>> newFiles = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            FolderPlan plan = plans.get(i);
            Map<String, String> files = new LinkedHashMap<>();
            Map<String, String> replaced = new LinkedHashMap<>();
            plan.migration().ifPresent(m -> {
                for (Script s : m.scripts()) {
                    files.put(s.upFile(), s.up());
                    files.put(s.downFile(), s.down());
                    if (!s.transactional()) {
                        files.put(s.confFile(), Script.NON_TRANSACTIONAL_CONF);
                    }
                }
                replaced.put(Snapshot.FILE_NAME, SnapshotCodec.write(m.next()));
            });
            if (mode != Mode.CHECK) {
                replaced.put(SchemaDocument.FILE_NAME, documents.get(i));
            }
            newFiles.add(files);
            writes.add(new FolderWrites.Write(plan.target().folder(), files, replaced));
        }
        try {
            FolderWrites.commit(writes);
        } catch (IOException | RuntimeException e) {
            reporter.error(MigrationMessages.CANNOT_WRITE, plans.stream()
                    .map(p -> p.target().folder().toString()).collect(Collectors.joining(", ")), e);
            return Optional.empty();
        }
        List<MigrationCatalog.DialectMigrations> catalog = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            FolderPlan plan = plans.get(i);
            Map<String, String> files = newFiles.get(i);
            if (!files.isEmpty()) {
                copyToClassOutput(plan.target().classpathFolder(), files, entities);
                reporter.note("Tablesmith wrote " + String.join(", ", files.keySet()) + " to " + plan.target().folder());
            }
            if (mode != Mode.CHECK && !Objects.equals(documents.get(i), plan.state().document())) {
                reporter.note("Tablesmith wrote " + SchemaDocument.FILE_NAME + " to " + plan.target().folder());
            }
            catalog.add(new MigrationCatalog.DialectMigrations(plan.target().dialect().id(),
                    plan.target().classpathFolder(), plan.snapshotAfter().migrations()));
        }
        return reporter.errors() > 0 ? Optional.empty() : Optional.of(catalog);
    }

    private void copyToClassOutput(String classpathFolder, Map<String, String> files, Set<TypeElement> entities) {
        Element[] origins = entities.toArray(new Element[0]);
        for (Map.Entry<String, String> file : files.entrySet()) {
            try {
                FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
                        classpathFolder + "/" + file.getKey(), origins);
                try (Writer w = out.openWriter()) {
                    w.write(file.getValue());
                }
            } catch (IOException | IllegalArgumentException e) {
                reporter.error(MigrationMessages.CANNOT_COPY, file.getKey(), e.getMessage());
            }
        }
    }
}
