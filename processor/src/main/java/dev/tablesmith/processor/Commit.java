package dev.tablesmith.processor;

import dev.tablesmith.codegen.MigrationCatalog;
import dev.tablesmith.codegen.SchemaDocument;
import dev.tablesmith.diagnostics.Reporter;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.migration.FileOps;
import dev.tablesmith.migration.FolderLock;
import dev.tablesmith.migration.FolderPlan;
import dev.tablesmith.migration.FolderState;
import dev.tablesmith.migration.FolderWrites;
import dev.tablesmith.migration.MigrationFolder;
import dev.tablesmith.migration.MigrationMessages;
import dev.tablesmith.migration.Script;
import dev.tablesmith.options.Mode;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.snapshot.SnapshotCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Carries out the plans of every folder, all or nothing ({@link FolderWrites}): the new migration
 * files, the snapshot, and {@code schema.md} where its text changed.
 *
 * <p>During processing it copies the folder as it will be to the class output (the Filer allows it
 * only then), so Flyway at runtime sees a migration generated in this very build. The folders are
 * written when the compilation has succeeded ({@link AfterCompilation}); if it fails, the copies are
 * deleted again, so no class output holds a migration the folder does not.
 *
 * <p>Writing holds each folder's {@link FolderLock} and first reads the folder again: when another
 * build wrote it since this one read it, the plan is made again from what is there now. A folder
 * that then needs nothing (the other build wrote the same change) is left alone; one that needs
 * another migration is an error, so two builds never write two migrations for one change, and
 * the snapshot always describes the files beside it.
 */
final class Commit {
    private final Filer filer;
    private final Reporter reporter;
    private final FileOps ops;

    Commit(Filer filer, Reporter reporter, FileOps ops) {
        this.filer = filer;
        this.reporter = reporter;
        this.ops = ops;
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
     * Copies the new files to the class output now and has the folders written when the
     * compilation succeeds.
     *
     * @param documents each plan's {@code schema.md}, read again when the folders are written (a
     *     later round's {@link QueryPass} adds the queries to them)
     * @param fingerprints each folder's {@link FolderState#fingerprint} taken before it was read
     * @param replan the plan for a folder as it is now, made as the first plan was
     * @return the migrations of each folder afterwards, for the catalogue
     */
    List<MigrationCatalog.DialectMigrations> prepare(List<FolderPlan> plans, List<String> documents,
            List<String> fingerprints, Mode mode, Set<TypeElement> entities, Function<FolderState, FolderPlan> replan,
            AfterCompilation gate) {
        List<FolderWrites.Write> writes = new ArrayList<>();
        List<List<FileObject>> copies = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            FolderWrites.Write w = write(plans.get(i), documents.get(i), mode);
            writes.add(w);
            copies.add(publish(plans.get(i), w, entities));
        }
        gate.whenDone(new AfterCompilation.Outcome() {
            @Override
            public void succeeded() {
                // the documents as they are now: the query pass may have added the index advice since
                List<FolderWrites.Write> now = new ArrayList<>();
                for (int i = 0; i < plans.size(); i++) {
                    now.add(write(plans.get(i), documents.get(i), mode));
                }
                for (int i : commit(plans, documents, fingerprints, now, mode, replan)) {
                    delete(copies.get(i));
                }
            }

            @Override
            public void failed() {
                copies.forEach(Commit::delete);
            }
        });
        List<MigrationCatalog.DialectMigrations> catalog = new ArrayList<>();
        for (FolderPlan plan : plans) {
            catalog.add(new MigrationCatalog.DialectMigrations(plan.target().dialect().id(),
                    plan.target().classpathFolder(), plan.snapshotAfter().migrations()));
        }
        return catalog;
    }

    /** The files one plan writes: new migration files, and the snapshot and document it replaces. */
    private static FolderWrites.Write write(FolderPlan plan, String document, Mode mode) {
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
        if (mode != Mode.CHECK && !Objects.equals(document, plan.state().document())) {
            replaced.put(SchemaDocument.FILE_NAME, document);
        }
        return new FolderWrites.Write(plan.target().folder(), files, replaced);
    }

    /**
     * Writes every folder or none, under their locks.
     *
     * @return the folders (indexes) whose planned migration is not in the folder afterwards
     */
    private List<Integer> commit(List<FolderPlan> plans, List<String> documents, List<String> fingerprints,
            List<FolderWrites.Write> planned, Mode mode, Function<FolderState, FolderPlan> replan) {
        List<java.nio.file.Path> folders = planned.stream().filter(w -> !w.isEmpty()).map(FolderWrites.Write::dir).toList();
        List<Integer> all = java.util.stream.IntStream.range(0, plans.size()).boxed().toList();
        if (folders.isEmpty()) {
            return List.of();
        }
        String where = plans.stream().map(p -> p.target().folder().toString()).collect(Collectors.joining(", "));
        try (FolderLock lock = FolderLock.acquire(folders)) {
            List<FolderWrites.Write> writes = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            List<Integer> notWritten = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                FolderPlan plan = plans.get(i);
                FolderWrites.Write w = planned.get(i);
                if (w.isEmpty() || FolderState.fingerprint(plan.target().folder()).equals(fingerprints.get(i))) {
                    writes.add(w);
                    continue;
                }
                // another build wrote this folder since it was read
                FolderPlan now = replan.apply(FolderState.read(plan.target(), SchemaDocument.FILE_NAME));
                if (!now.problems().isEmpty() || now.migration().isPresent()) {
                    reporter.error(now.problems().isEmpty()
                            ? Finding.withoutElement(MigrationMessages.CHANGED_MEANWHILE, plan.target().folder())
                            : Finding.withoutElement(MigrationMessages.CHANGED_MEANWHILE_INTO_PROBLEM,
                                    plan.target().folder(), now.problems().get(0).message()));
                    return all;
                }
                FolderWrites.Write rest = write(now, documents.get(i), mode);
                writes.add(rest);
                skipped.add(plan.target().folder().toString());
                notWritten.add(i);
            }
            FolderWrites.commit(writes, ops);
            for (FolderWrites.Write w : writes) {
                if (!w.newFiles().isEmpty()) {
                    reporter.note("Tablesmith wrote " + String.join(", ", w.newFiles().keySet().stream().sorted().toList())
                            + " to " + w.dir());
                } else if (w.replaced().containsKey(SchemaDocument.FILE_NAME)) {
                    reporter.note("Tablesmith wrote " + SchemaDocument.FILE_NAME + " to " + w.dir());
                }
            }
            if (!skipped.isEmpty()) {
                reporter.warning(MigrationMessages.SAME_CHANGE_WRITTEN_MEANWHILE, String.join(", ", skipped));
            }
            return notWritten;
        } catch (IOException | RuntimeException e) {
            reporter.error(MigrationMessages.CANNOT_WRITE, where, e);
            return all;
        }
    }

    /**
     * Copies the folder as it will be after this build (its migrations, the snapshot and
     * {@code schema.md}: the files on disk, with this build's new and replaced ones) to the class
     * output, so Flyway at runtime sees a migration generated in this very build, and the class
     * output holds the same files after the first build as after later ones (the resources plugin
     * copies the folder before compiling; maven-compiler-plugin's incremental recompile deletes what
     * the previous compilation wrote through the Filer). Returns the copies of this build's own
     * files, which are taken back if the folder is not written.
     */
    private List<FileObject> publish(FolderPlan plan, FolderWrites.Write write, Set<TypeElement> entities) {
        Map<String, byte[]> content = new java.util.TreeMap<>();
        try {
            for (String name : new MigrationFolder(plan.target().folder()).publishedFiles(
                    List.of(SchemaDocument.FILE_NAME))) {
                content.put(name, java.nio.file.Files.readAllBytes(plan.target().folder().resolve(name)));
            }
        } catch (IOException e) {
            reporter.error(MigrationMessages.CANNOT_READ, plan.target().folder(), e.getMessage());
            return List.of();
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Map<String, String> files : List.of(write.newFiles(), write.replaced())) {
            files.forEach((name, text) -> {
                content.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                own.add(name);
            });
        }
        Element[] origins = entities.toArray(new Element[0]);
        List<FileObject> copies = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : content.entrySet()) {
            try {
                FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
                        plan.target().classpathFolder() + "/" + file.getKey(), origins);
                if (own.contains(file.getKey())) {
                    copies.add(out);
                }
                try (java.io.OutputStream o = out.openOutputStream()) {
                    o.write(file.getValue());
                }
            } catch (IOException | IllegalArgumentException e) {
                reporter.error(MigrationMessages.CANNOT_COPY, file.getKey(), e.getMessage());
            }
        }
        return copies;
    }

    private static void delete(List<FileObject> copies) {
        for (FileObject f : copies) {
            try {
                if (!f.delete() && "file".equals(f.toUri().getScheme())) {
                    java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(f.toUri()));
                }
            } catch (RuntimeException | IOException ignored) {
                // an in-memory or read-only output: nothing on disk to take back
            }
        }
    }
}
