package dev.tablesmith.processor;

import dev.tablesmith.codegen.MigrationCatalog;
import dev.tablesmith.codegen.SchemaDocument;
import dev.tablesmith.codegen.SourceWriter;
import dev.tablesmith.diagnostics.Reporter;
import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.Dialects;
import dev.tablesmith.diff.Change;
import dev.tablesmith.migration.MigrationFolder;
import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.PendingPreview;
import dev.tablesmith.migration.Safety;
import dev.tablesmith.migration.Script;
import dev.tablesmith.migration.Versions;
import dev.tablesmith.options.Mode;
import dev.tablesmith.options.Options;
import dev.tablesmith.options.OptionsParser;
import dev.tablesmith.reading.AllowReader;
import dev.tablesmith.reading.ElementRegistry;
import dev.tablesmith.reading.ModelReader;
import dev.tablesmith.reading.ReadResult;
import dev.tablesmith.reading.UnreadComments;
import dev.tablesmith.rules.Finding;
import dev.tablesmith.rules.MigrationContext;
import dev.tablesmith.rules.MigrationRule;
import dev.tablesmith.rules.ProblemIds;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import dev.tablesmith.rules.Severity;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * One run over the entities: options → model → rules → (no errors?) → per dialect: snapshot,
 * history check, diff, scripts → files. Data flows one way; only the first and last steps touch
 * javac or the file system. Nothing is written once an error has been reported.
 */
final class Pipeline {
    private final ProcessingEnvironment env;

    Pipeline(ProcessingEnvironment env) {
        this.env = env;
    }

    /**
     * @param entities the entities compiled from source in this compilation
     * @param compiledFromSource qualified names of every top-level type compiled from source
     */
    void run(Set<TypeElement> entities, Set<String> compiledFromSource) {
        OptionsParser.Result parsed = OptionsParser.parse(env.getOptions());
        Options options = parsed.options();
        ElementRegistry registry = new ElementRegistry();
        Reporter reporter = new Reporter(env, registry, options.rules());
        if (!parsed.problems().isEmpty()) {
            parsed.problems().forEach(p -> reporter.error(ProblemIds.OPTIONS, p));
            return;
        }

        boolean fkIndexes = RuleCatalog.byId("fk-index").map(r -> options.rules().severityOf(r) != Severity.OFF)
                .orElse(true);
        // Incremental compilation: entities the snapshots know but javac did not compile are read from class files.
        Map<Path, Snapshot> snapshots = readableSnapshots(options);
        Set<TypeElement> fromClassFiles = ClassFileEntities.load(entities, snapshots.values(), env.getElementUtils());
        Set<TypeElement> allEntities = new LinkedHashSet<>(entities);
        allEntities.addAll(fromClassFiles);

        ModelReader reader = new ModelReader(env, options.naming(), registry, fkIndexes, compiledFromSource::contains);
        ReadResult model = reader.read(allEntities);
        List<Finding> findings = new ArrayList<>(model.problems());
        SchemaContext context = new SchemaContext(model.schema(), model.sources(), options.dialects());
        for (SchemaRule rule : RuleCatalog.schemaRules()) {
            if (options.rules().severityOf(rule) != Severity.OFF) {
                rule.check(context, findings::add);
            }
        }
        for (String dialectId : options.dialects()) {
            Dialects.byId(dialectId).orElseThrow().checkSupport(context, findings::add);
        }
        // @Allow is checked on the sources compiled now; class-file entities were checked when they were compiled
        findings.addAll(AllowReader.check(AllowReader.scope(entities, registry), env.getElementUtils()));
        reporter.report(ClassFileEntities.onCompiledSourcesOnly(findings, fromClassFiles));
        if (reporter.errors() > 0 || !runtimeTypesPresent(options, reporter)) {
            return;
        }
        if (options.mode() == Mode.VALIDATE) {
            generateSources(model, options, entities, allEntities, List.of(), reporter); // user code compiles against them
            return;
        }

        Optional<Path> classOutput = OutputLocations.classOutput(env.getFiler());
        if (options.migrations() == null && classOutput.map(OutputLocations::isTestOutput).orElse(false)) {
            // a test compilation: its entities are test fixtures, not the application's schema
            generateSources(model, options, entities, allEntities, List.of(), reporter);
            return;
        }
        Optional<Path> base = OutputLocations.migrations(options, classOutput);
        if (base.isEmpty()) {
            reporter.error(ProblemIds.IO, "cannot tell where the migration folder is (the class output is not a "
                    + "directory below a pom.xml or build.gradle): set -A" + Options.MIGRATIONS + "=<folder>");
            return;
        }
        List<MigrationCatalog.DialectMigrations> catalog = new ArrayList<>();
        Map<MigrationFolder, String> documents = new LinkedHashMap<>();
        ReadResult primaryModel = null;
        // one clock reading: every dialect's folder gets the same version
        String version = options.version() != null ? options.version() : Versions.now();
        for (String dialectId : options.dialects()) {
            Dialect dialect = Dialects.byId(dialectId).orElseThrow();
            Path folder = folderFor(base.get(), dialectId, options);
            MigrationFolder migrations = new MigrationFolder(folder);
            // Javadoc comments of classes read from class files are unknown: the snapshot's stay (UnreadComments)
            ReadResult folderModel = model.withSchema(UnreadComments.keep(model.schema(),
                    snapshots.getOrDefault(folder, Snapshot.EMPTY).schema(), model.unreadComments()));
            primaryModel = primaryModel == null ? folderModel : primaryModel;
            Optional<Snapshot> written = migrate(folderModel, options, version, dialect, migrations, entities, reporter);
            written.ifPresent(s -> catalog.add(new MigrationCatalog.DialectMigrations(dialectId,
                    classpathFolder(folder, options), s.migrations())));
            documents.put(migrations, SchemaDocument.render(folderModel.schema(), dialect));
        }
        if (reporter.errors() == 0) {
            writeDocuments(documents, options.mode(), reporter);
        }
        if (reporter.errors() == 0) {
            for (MigrationFolder folder : documents.keySet()) {
                publish(folder, classpathFolder(folder.dir(), options), entities, reporter);
            }
        }
        generateSources(primaryModel, options, entities, allEntities, catalog, reporter);
    }

    /**
     * The generated table classes and catalogue use {@code dev.tablesmith.runtime} from
     * {@code tablesmith-annotations}. A project that put only the processor on the processor path
     * would otherwise get a "cannot find symbol" for every use in every generated class; it gets one
     * error naming the dependency instead, before anything is written.
     */
    private boolean runtimeTypesPresent(Options options, Reporter reporter) {
        boolean generates = options.codegen().tableClasses() || options.mode() != Mode.VALIDATE;
        List<String> missing = RUNTIME_TYPES.stream()
                .filter(t -> env.getElementUtils().getTypeElement(t) == null).toList();
        if (!generates || missing.isEmpty()) {
            return true;
        }
        reporter.error(ProblemIds.CLASS_PATH, "the code Tablesmith generates needs " + String.join(" and ", missing)
                + " from tablesmith-annotations, which is not on the compile class path (the annotation "
                + "processor path is not part of it): add the dependency dev.tablesmith:tablesmith-annotations, "
                + "of the same version as tablesmith-processor; nothing was generated or written");
        return false;
    }

    private static final List<String> RUNTIME_TYPES =
            List.of("dev.tablesmith.runtime.TableColumn", "dev.tablesmith.runtime.MigrationInfo");

    /**
     * A dialect's folder on the class path: with several dialects, the base folder's place plus the
     * dialect's sub-folder, so two dialects never write the same resource (also when the base is
     * outside {@code src/main/resources} and falls back to {@code db/migration}).
     */
    private static String classpathFolder(Path folder, Options options) {
        return options.dialects().size() == 1 ? OutputLocations.classpathFolder(folder)
                : OutputLocations.classpathFolder(folder.getParent()) + "/" + folder.getFileName();
    }

    private static Path folderFor(Path base, String dialectId, Options options) {
        return options.dialects().size() == 1 ? base : base.resolve(dialectId);
    }

    /**
     * The snapshot of each dialect's migration folder that exists and can be read, when this
     * compilation writes or checks migrations; {@link #migrate} reports the ones that cannot be read.
     */
    private Map<Path, Snapshot> readableSnapshots(Options options) {
        Map<Path, Snapshot> snapshots = new LinkedHashMap<>();
        if (options.mode() == Mode.VALIDATE) {
            return snapshots;
        }
        Optional<Path> classOutput = OutputLocations.classOutput(env.getFiler());
        if (options.migrations() == null && classOutput.map(OutputLocations::isTestOutput).orElse(false)) {
            return snapshots;
        }
        Optional<Path> base = OutputLocations.migrations(options, classOutput);
        for (String dialectId : base.isPresent() ? options.dialects() : List.<String>of()) {
            Path folder = folderFor(base.get(), dialectId, options);
            try {
                snapshots.put(folder, new MigrationFolder(folder).readSnapshot());
            } catch (IOException | SnapshotCodec.SnapshotFormatException e) {
                // reported by migrate(), which stops before writing
            }
        }
        return snapshots;
    }

    /**
     * {@code schema.md} beside each dialect's migrations, rewritten only when its bytes change; in
     * check mode a stale one is an error instead.
     */
    private static void writeDocuments(Map<MigrationFolder, String> documents, Mode mode, Reporter reporter) {
        for (Map.Entry<MigrationFolder, String> doc : documents.entrySet()) {
            MigrationFolder folder = doc.getKey();
            try {
                if (mode == Mode.CHECK) {
                    if (!folder.hasContent(SchemaDocument.FILE_NAME, doc.getValue())) {
                        reporter.error(ProblemIds.PENDING_CHANGES, folder.dir().resolve(SchemaDocument.FILE_NAME)
                                + " is missing or out of date; run the build without -A" + Options.MODE
                                + "=check to rewrite it, then commit it");
                    }
                } else if (folder.replaceIfChanged(SchemaDocument.FILE_NAME, doc.getValue())) {
                    reporter.note("Tablesmith wrote " + SchemaDocument.FILE_NAME + " to " + folder.dir());
                }
            } catch (IOException e) {
                reporter.error(ProblemIds.IO, "cannot write " + folder.dir().resolve(SchemaDocument.FILE_NAME)
                        + ": " + e);
            }
        }
    }

    /**
     * The table classes of the entities compiled from source (those read from class files have
     * theirs from the build that compiled them), and the migration catalogue when there are
     * migrations, in the common package of all entities; nothing after an error.
     */
    private void generateSources(ReadResult model, Options options, Set<TypeElement> entities,
            Set<TypeElement> allEntities, List<MigrationCatalog.DialectMigrations> catalog, Reporter reporter) {
        if (reporter.errors() > 0) {
            return;
        }
        SourceWriter writer = new SourceWriter(env.getFiler(), env.getElementUtils(), reporter);
        Dialect primary = Dialects.byId(options.dialects().get(0)).orElseThrow();
        if (options.codegen().tableClasses()) {
            writer.tables(model.schema(), model.sources(), options.codegen(), primary, entities);
        }
        if (!catalog.isEmpty()) {
            writer.catalog(catalog, options.codegen(), allEntities);
        }
    }

    /** Writes the next migration when the model changed; returns the snapshot as it stands afterwards. */
    private Optional<Snapshot> migrate(ReadResult model, Options options, String version, Dialect dialect,
            MigrationFolder folder, Set<TypeElement> entities, Reporter reporter) {
        Snapshot snapshot;
        try {
            snapshot = folder.readSnapshot();
            List<String> history = folder.verify(snapshot);
            if (!history.isEmpty()) {
                history.forEach(h -> reporter.error(ProblemIds.MIGRATION_HISTORY, h));
                return Optional.empty();
            }
        } catch (IOException e) {
            reporter.error(ProblemIds.IO, "cannot read " + folder.dir() + ": " + e.getMessage());
            return Optional.empty();
        } catch (SnapshotCodec.SnapshotFormatException e) {
            reporter.error(ProblemIds.MIGRATION_HISTORY, folder.unreadable(e));
            return Optional.empty();
        }

        if (!migrationIsSafe(snapshot, model, options, reporter)) {
            return Optional.empty(); // nothing is written after a migration-safety error
        }

        if (options.mode() == Mode.CHECK) {
            List<Change> pending = MigrationPlanner.changes(snapshot, model.schema(), model.renames());
            if (!pending.isEmpty()) {
                reporter.error(ProblemIds.PENDING_CHANGES, "the entities differ from " + folder.snapshotFile()
                        + " (" + dialect.id() + "); run the build without -A" + Options.MODE + "=check to write "
                        + "the migration, then commit it. " + PendingPreview.describe(pending,
                                MigrationPlanner.plan(snapshot, model.schema(), model.renames(), dialect,
                                        PendingPreview.PLACEHOLDER_VERSION, options.name(),
                                        Safety.Settings.from(options.rules(), options.lockTimeout())).orElseThrow()));
            }
            return pending.isEmpty() ? Optional.of(snapshot) : Optional.empty();
        }

        if (snapshot.latestVersion() != null && Versions.compare(version, snapshot.latestVersion()) <= 0
                && !MigrationPlanner.changes(snapshot, model.schema(), model.renames()).isEmpty()) {
            reporter.error(ProblemIds.MIGRATION_HISTORY, "the next migration's version " + version
                    + " is not after the newest one, " + snapshot.latestVersion() + ": Flyway would skip it; "
                    + "give a later -A" + Options.VERSION + " (or check the clock)");
            return Optional.empty();
        }
        Optional<MigrationPlanner.Plan> plan = MigrationPlanner.plan(snapshot, model.schema(), model.renames(),
                dialect, version, options.name(), Safety.Settings.from(options.rules(), options.lockTimeout()));
        if (plan.isEmpty()) {
            return Optional.of(snapshot); // same model, same files: nothing is touched
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Script s : plan.get().scripts()) {
            files.put(s.upFile(), s.up());
            files.put(s.downFile(), s.down());
            if (!s.transactional()) {
                files.put(s.confFile(), Script.NON_TRANSACTIONAL_CONF);
            }
        }
        try {
            folder.write(files, SnapshotCodec.write(plan.get().next()));
        } catch (IOException e) {
            reporter.error(ProblemIds.IO, "cannot write the migration to " + folder.dir() + ": " + e
                    + "; the folder was left as it was");
            return Optional.empty();
        }
        reporter.note("Tablesmith wrote " + String.join(", ", files.keySet()) + " to " + folder.dir());
        return Optional.of(plan.get().next());
    }

    /**
     * The migration-safety rules on the diff from the snapshot to the model: errors stop the write,
     * warnings are printed. Returns whether no error was reported.
     */
    private static boolean migrationIsSafe(Snapshot snapshot, ReadResult model, Options options, Reporter reporter) {
        List<Change> changes = MigrationPlanner.changes(snapshot, model.schema(), model.renames());
        if (changes.isEmpty()) {
            return true;
        }
        MigrationContext context = new MigrationContext(snapshot.schema(), model.schema(), changes, model.sources(),
                options.allowDrop());
        List<Finding> findings = new ArrayList<>();
        for (MigrationRule rule : RuleCatalog.migrationRules()) {
            if (options.rules().severityOf(rule) != Severity.OFF) {
                rule.check(context, findings::add);
            }
        }
        int errorsBefore = reporter.errors();
        reporter.report(findings);
        return reporter.errors() == errorsBefore;
    }

    /**
     * Copies every file of the migration folder (migrations, snapshot, {@code schema.md}) to the
     * class output, so Flyway at runtime sees a migration generated in this very build, and the class
     * output holds the same files after the first build as after later ones (where the resources
     * plugin copies the folder before compiling, and maven-compiler-plugin's incremental build
     * deletes what the previous compilation wrote through the Filer).
     */
    private void publish(MigrationFolder folder, String classpathFolder, Set<TypeElement> entities,
            Reporter reporter) {
        Element[] origins = entities.toArray(new Element[0]);
        List<String> names;
        try {
            names = folder.publishedFiles(List.of(SchemaDocument.FILE_NAME));
        } catch (IOException e) {
            reporter.error(ProblemIds.IO, "cannot list " + folder.dir() + ": " + e.getMessage());
            return;
        }
        for (String name : names) {
            try {
                byte[] bytes = Files.readAllBytes(folder.dir().resolve(name));
                FileObject out = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                        classpathFolder + "/" + name, origins);
                try (OutputStream o = out.openOutputStream()) {
                    o.write(bytes);
                }
            } catch (IOException | IllegalArgumentException e) {
                reporter.error(ProblemIds.IO, "cannot copy " + name + " to the class output: " + e.getMessage());
            }
        }
    }
}
