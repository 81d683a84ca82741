package dev.tablesmith.processor;

import dev.tablesmith.codegen.CodegenMessages;
import dev.tablesmith.codegen.MigrationCatalog;
import dev.tablesmith.codegen.SchemaDocument;
import dev.tablesmith.codegen.SourceWriter;
import dev.tablesmith.diagnostics.Reporter;
import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.migration.FileOps;
import dev.tablesmith.migration.FolderPlan;
import dev.tablesmith.migration.FolderPlanner;
import dev.tablesmith.migration.FolderState;
import dev.tablesmith.migration.MigrationMessages;
import dev.tablesmith.migration.Versions;
import dev.tablesmith.model.QualifierSupport;
import dev.tablesmith.model.Schema;
import dev.tablesmith.options.Mode;
import dev.tablesmith.options.Options;
import dev.tablesmith.options.OptionsParser;
import dev.tablesmith.reading.AllowReader;
import dev.tablesmith.reading.ElementRegistry;
import dev.tablesmith.reading.ModelReader;
import dev.tablesmith.reading.ReadResult;
import dev.tablesmith.rules.Review;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.safety.SafetyCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * One run over the entities, as a plan and a commit:
 * <ol>
 *   <li>options, and the migration folders ({@link Targets}), each read once ({@link FolderState});
 *   <li>read the model ({@link ModelReader}; entities the snapshots know but javac did not compile
 *       come from class files, {@link ClassFileEntities});
 *   <li>rules on the model ({@link Review#schema}) and {@code @Allow}s; errors stop here;
 *   <li>plan every folder ({@link FolderPlanner}: diff once, the next migration) and judge the
 *       changes once over all folders ({@link MigrationReview}); errors stop here, so no folder
 *       changes when any folder has a problem;
 *   <li>write every folder or none ({@link Commit}), then the generated sources.
 * </ol>
 * Only the first and last steps touch javac or the file system.
 */
final class Pipeline {
    private final ProcessingEnvironment env;
    private final AfterCompilation gate;
    private final FileOps fileOps;

    Pipeline(ProcessingEnvironment env, AfterCompilation gate, FileOps fileOps) {
        this.env = env;
        this.gate = gate;
        this.fileOps = fileOps;
    }

    /**
     * @param entities the entities compiled from source in this compilation
     * @param compiledFromSource qualified names of every top-level type compiled from source
     * @param queryHolders qualified names of the top-level types that declare queries
     * @return the query pass still to run in the next round (under javac), or null
     */
    QueryPass run(Set<TypeElement> entities, Set<String> compiledFromSource, Set<String> queryHolders) {
        OptionsParser.Result parsed = OptionsParser.parse(env.getOptions());
        Options options = parsed.options();
        ElementRegistry registry = new ElementRegistry();
        Reporter reporter = new Reporter(env, registry, options.rules());
        if (!parsed.problems().isEmpty()) {
            parsed.problems().forEach(reporter::error);
            return null;
        }
        Targets targets = Targets.resolve(options, OutputLocations.classOutput(env.getFiler()));
        // taken before reading: compared under the lock before writing, to see another build's writes
        List<String> fingerprints = targets.folders().stream().map(t -> FolderState.fingerprint(t.folder())).toList();
        List<FolderState> folders = targets.folders().stream()
                .map(t -> FolderState.read(t, SchemaDocument.FILE_NAME)).toList();

        Set<TypeElement> fromClassFiles = ClassFileEntities.load(entities,
                folders.stream().flatMap(f -> f.readableSnapshot().stream()).toList(), env.getElementUtils());
        Set<TypeElement> allEntities = new LinkedHashSet<>(entities);
        allEntities.addAll(fromClassFiles);
        boolean fkIndexes = RuleCatalog.generatesForeignKeyIndexes(options.rules());
        Map<String, QualifierSupport> qualifiers = new LinkedHashMap<>();
        targets.dialects().forEach(d -> qualifiers.put(d.id(), d.qualifierSupport()));
        ReadResult model = new ModelReader(env, options.naming(), registry, fkIndexes, compiledFromSource::contains,
                qualifiers, targets.dialects().stream().map(Dialect::engine).collect(Collectors.toSet()))
                .read(allEntities);

        List<Finding> findings = new ArrayList<>(model.problems());
        // names and fragments that could not be written safely: problems, not rules (nothing turns them off)
        findings.addAll(SafetyCheck.check(model.schema(), model.sources(),
                targets.dialects().stream().map(Dialect::engine).distinct().toList()));
        findings.addAll(Review.schema(model.schema(), model.sources(), options.rules(), targets.dialects()));
        // @Allow is checked on the sources compiled now; class-file entities were checked when they were compiled
        findings.addAll(AllowReader.check(AllowReader.scope(entities, registry), env.getElementUtils()));
        reporter.report(ClassFileEntities.onCompiledSourcesOnly(findings, fromClassFiles));
        if (reporter.errors() > 0 || !runtimeTypesPresent(options, reporter)) {
            return null;
        }
        // queries are checked only against a model without errors; a build without queries never loads the parser
        QueryPass queries = queryHolders.isEmpty() ? null : new QueryPass(env, model, options, targets, queryHolders);
        SourceWriter sources = new SourceWriter(env.getFiler(), env.getElementUtils(), reporter);
        if (targets.missing()) {
            reporter.error(MigrationMessages.NO_MIGRATION_FOLDER);
            return null;
        }
        if (!targets.keepsMigrations()) {
            generateSources(sources, model.schema(), model, options, targets, entities, allEntities, List.of());
            return later(queries);
        }

        // one clock reading: every dialect's folder gets the same version
        String version = options.version() != null ? options.version() : Versions.now();
        List<FolderPlan> plans = folders.stream().map(f -> FolderPlanner.plan(f, model.schema(), model.renames(),
                model.unreadComments(), options, version)).toList();
        List<String> documents = new ArrayList<>(plans.stream()
                .map(p -> SchemaDocument.render(p.model(), p.target().dialect(), model.sources())).toList());
        List<Finding> planFindings = new ArrayList<>();
        plans.forEach(p -> planFindings.addAll(p.problems()));
        planFindings.addAll(MigrationReview.findings(plans, model.sources(), options));
        if (queries == null) {
            planFindings.addAll(Commit.staleDocuments(plans, documents, options.mode()));
        } else {
            queries.documents(plans, documents); // the query pass renders them again and judges them
        }
        reporter.report(planFindings);
        if (reporter.errors() > 0) {
            return null;
        }
        if (queries != null && !gate.defers()) {
            queries.run(); // the folders are written at once: the documents must be final now
            queries = null;
        }

        List<MigrationCatalog.DialectMigrations> catalog = new Commit(env.getFiler(), reporter, fileOps)
                .prepare(plans, documents, fingerprints, options.mode(), entities,
                        state -> FolderPlanner.plan(state, model.schema(), model.renames(), model.unreadComments(),
                                options, version), gate);
        if (reporter.errors() == 0) {
            generateSources(sources, plans.get(0).model(), model, options, targets, entities, allEntities, catalog);
        }
        return reporter.errors() == 0 ? queries : null;
    }

    /** Under javac the next round runs the pass; other compilers give no later event than this round. */
    private QueryPass later(QueryPass queries) {
        if (queries != null && !gate.defers()) {
            queries.run();
            return null;
        }
        return queries;
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
        reporter.error(CodegenMessages.RUNTIME_TYPES_MISSING, String.join(" and ", missing));
        return false;
    }

    private static final List<String> RUNTIME_TYPES =
            List.of("dev.tablesmith.runtime.TableColumn", "dev.tablesmith.runtime.MigrationInfo");

    /**
     * The table classes of the entities compiled from source (those read from class files have
     * theirs from the build that compiled them), and the migration catalogue when there are
     * migrations, in the common package of all entities.
     */
    private static void generateSources(SourceWriter writer, Schema schema, ReadResult model, Options options,
            Targets targets, Set<TypeElement> entities, Set<TypeElement> allEntities,
            List<MigrationCatalog.DialectMigrations> catalog) {
        if (options.codegen().tableClasses()) {
            writer.tables(schema, model.sources(), options.codegen(), targets.primary(), entities);
        }
        if (!catalog.isEmpty()) {
            writer.catalog(catalog, options.codegen(), allEntities);
        }
    }
}
