package dev.tablesmith.processor;

import com.google.auto.service.AutoService;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.migration.MigrationMessages;
import dev.tablesmith.options.OptionsParser;
import dev.tablesmith.reading.MissingTypes;
import dev.tablesmith.reading.QueryReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.tablesmith.migration.FileOps;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Tablesmith's annotation processor. Per compilation it collects the {@code @Entity} classes,
 * waits while any of them mentions a type javac has not resolved yet, then runs the
 * {@link Pipeline} once: read the model, check the rules, and (when no error was reported) diff
 * against the snapshot and write the next migration.
 *
 * <p>It claims no annotations, so other processors see the same elements.
 */
@AutoService(Processor.class)
public final class TablesmithProcessor extends AbstractProcessor {
    static final String ENTITY = "jakarta.persistence.Entity";

    private final Set<String> pending = new LinkedHashSet<>();
    /** Top-level types compiled from source, over all rounds; other types come from class files. */
    private final Set<String> compiledFromSource = new LinkedHashSet<>();
    private boolean done;
    /** Top-level types that declare queries, over all rounds. */
    private final Set<String> queryHolders = new LinkedHashSet<>();
    /** The queries, checked in the round after the pipeline (see {@link QueryPass}). */
    private QueryPass queries;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return OptionsParser.supported();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** Tests put a failing file system here (see {@code FileOps}). */
    private final FileOps fileOps;
    private AfterCompilation gate;

    public TablesmithProcessor() {
        this(FileOps.SYSTEM);
    }

    /** A processor that changes migration folders through {@code fileOps} (fault-injection tests). */
    public TablesmithProcessor(FileOps fileOps) {
        this.fileOps = fileOps;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        gate = AfterCompilation.of(env);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        // every round's sources, also after the pipeline ran: the gate waits for all of them to compile
        gate.roundStarted(new LinkedHashSet<>(ElementFilter.typesIn(round.getRootElements())), round.errorRaised());
        try {
            if (queries != null) {
                QueryPass pass = queries;
                queries = null;
                pass.run();
            }
            if (done) {
                return false;
            }
            processRound(round);
        } catch (RuntimeException | LinkageError e) {
            // A processor exception would abort javac with a stack trace; report it as one error instead.
            done = true;
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Finding.withoutElement(MigrationMessages.INTERNAL, trace).text());
        }
        return false;
    }

    private void processRound(RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                compiledFromSource.add(type.getQualifiedName().toString());
            }
        }
        for (String annotation : QueryReader.ANNOTATIONS) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            if (type != null) {
                for (Element e : round.getElementsAnnotatedWith(type)) {
                    queryHolders.add(topLevel(e));
                }
            }
        }
        TypeElement entityAnnotation = processingEnv.getElementUtils().getTypeElement(ENTITY);
        if (entityAnnotation != null) {
            for (Element e : round.getElementsAnnotatedWith(entityAnnotation)) {
                // records, enums, interfaces too: the reader reports them, instead of leaving them out silently
                if (e instanceof TypeElement) {
                    pending.add(((TypeElement) e).getQualifiedName().toString());
                }
            }
        }
        Set<TypeElement> entities = new LinkedHashSet<>();
        boolean missing = false;
        MissingTypes missingTypes = new MissingTypes(processingEnv);
        for (String name : pending) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                entities.add(type);
                missing |= missingTypes.in(type);
            }
        }
        if (missing && !round.processingOver()) {
            return; // another round may generate the missing types
        }
        if (missing) {
            // Last round and still unresolved: javac reports the missing type right after
            // processing (errorRaised() is still false here). Reading a partial model would only
            // add bogus findings, or worse, a migration that drops the unresolved entity's table.
            done = true;
            return;
        }
        if (entities.isEmpty()) {
            if (round.processingOver()) {
                done = true;
            }
            return;
        }
        done = true;
        queries = new Pipeline(processingEnv, gate, fileOps).run(entities, Set.copyOf(compiledFromSource),
                new LinkedHashSet<>(queryHolders));
    }

    private static String topLevel(Element e) {
        Element top = e;
        for (Element x = e; x != null && !(x instanceof javax.lang.model.element.PackageElement); x = x.getEnclosingElement()) {
            top = x;
        }
        return top instanceof TypeElement t ? t.getQualifiedName().toString() : "";
    }
}
