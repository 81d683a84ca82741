package dev.tablesmith.processor;

import dev.tablesmith.codegen.CodegenMessages;
import dev.tablesmith.codegen.QueryCatalog;
import dev.tablesmith.codegen.SchemaDocument;
import dev.tablesmith.diagnostics.Reporter;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.migration.FolderPlan;
import dev.tablesmith.options.Options;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.Queries;
import dev.tablesmith.queries.QueryParser;
import dev.tablesmith.queries.QuerySource;
import dev.tablesmith.queries.QueryUse;
import dev.tablesmith.reading.ElementRegistry;
import dev.tablesmith.reading.QueryReader;
import dev.tablesmith.reading.ReadResult;
import dev.tablesmith.rules.QueryContext;
import dev.tablesmith.rules.Review;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The queries of a build, checked against its model. Under javac it runs in the round after the
 * pipeline, because a query constant built from the generated table constants ({@code "FROM " +
 * OrderTable.TABLE}) has a value only once those classes exist; the folders are written after the
 * compilation anyway, so an error here still leaves every folder as it was, and the {@code schema.md}
 * text written then includes the index advice. Steps: read the declared queries ({@link QueryReader});
 * when there are none, stop (the SQL parser is never loaded); parse and resolve them ({@link
 * Queries}); run the query rules and report; give each folder's {@code schema.md} the queries; write
 * {@link QueryCatalog#RESOURCE}.
 */
final class QueryPass {
    private final ProcessingEnvironment env;
    private final ReadResult model;
    private final Options options;
    private final Targets targets;
    private final Set<String> holders;
    private List<FolderPlan> plans = List.of();
    private List<String> documents = List.of();

    QueryPass(ProcessingEnvironment env, ReadResult model, Options options, Targets targets, Set<String> holders) {
        this.env = env;
        this.model = model;
        this.options = options;
        this.targets = targets;
        this.holders = holders;
    }

    /** The plans whose {@code schema.md} (in {@code documents}, replaced in place) lists the queries. */
    void documents(List<FolderPlan> plans, List<String> documents) {
        this.plans = plans;
        this.documents = documents;
    }

    void run() {
        ElementRegistry registry = new ElementRegistry();
        Reporter reporter = new Reporter(env, registry, options.rules());
        List<TypeElement> types = new ArrayList<>();
        for (String name : holders) {
            TypeElement type = env.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        // findings about the schema (an unused index) point into the entities, this round's elements
        for (var entity : model.entities()) {
            TypeElement type = env.getElementUtils().getTypeElement(entity.className());
            if (type != null) {
                registry.register(type);
                type.getEnclosedElements().forEach(registry::register);
            }
        }
        List<QuerySource> sources = new QueryReader(env.getElementUtils(), env.getTypeUtils(), registry)
                .read(types, model.entities());
        if (sources.isEmpty()) {
            return;
        }
        List<String> engines = targets.dialects().stream().map(d -> d.id()).distinct().toList();
        List<AnalyzedQuery> analyzed = Queries.analyze(sources, model.schema(), model.entities(), engines,
                QueryParser.load());
        List<Finding> findings = new ArrayList<>(Review.queries(new QueryContext(model.schema(), model.sources(),
                model.renames(), model.entities(), analyzed), options.rules()));
        List<QueryUse> uses = QueryUse.of(analyzed);
        for (int i = 0; i < plans.size(); i++) {
            documents.set(i, SchemaDocument.render(plans.get(i).model(), plans.get(i).target().dialect(), model.sources(), uses));
        }
        findings.addAll(Commit.staleDocuments(plans, documents, options.mode()));
        reporter.report(findings);
        write(QueryCatalog.render(analyzed, targets.primary().id()), types, reporter);
    }

    private void write(String json, List<TypeElement> origins, Reporter reporter) {
        try {
            FileObject out = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", QueryCatalog.RESOURCE,
                    origins.toArray(new Element[0]));
            try (Writer w = out.openWriter()) {
                w.write(json);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            reporter.error(CodegenMessages.CANNOT_WRITE_QUERY_CATALOGUE, String.valueOf(e.getMessage()));
        }
    }
}
