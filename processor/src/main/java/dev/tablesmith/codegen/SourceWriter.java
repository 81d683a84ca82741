package dev.tablesmith.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.tablesmith.diagnostics.Reporter;
import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.options.CodegenOptions;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * The edge of code generation: resolves entity classes and types against javac's elements, builds
 * the specs and writes each source once through the {@link Filer}, naming the elements it comes
 * from (the entity and every class declaring one of its columns) so incremental builds track it.
 */
public final class SourceWriter {
    static final String JAKARTA_GENERATED = "jakarta.annotation.Generated";
    static final String JAVAX_GENERATED = "javax.annotation.processing.Generated";

    private final Filer filer;
    private final Elements elements;
    private final Reporter reporter;

    public SourceWriter(Filer filer, Elements elements, Reporter reporter) {
        this.filer = filer;
        this.elements = elements;
        this.reporter = reporter;
    }

    /** The {@code @Generated} the user's class path has: Jakarta's if present, else the JDK's; else none. */
    public static Optional<ClassName> generatedAnnotation(Elements elements) {
        for (String name : List.of(JAKARTA_GENERATED, JAVAX_GENERATED)) {
            if (elements.getTypeElement(name) != null) {
                return Optional.of(ClassName.bestGuess(name));
            }
        }
        return Optional.empty();
    }

    /** One {@code FooTable} per entity. */
    public void tables(Schema schema, SourceMap sources, CodegenOptions options, Dialect dialect,
            Collection<TypeElement> entities) {
        Map<String, TypeElement> byName = new TreeMap<>();
        entities.forEach(e -> byName.put(e.getQualifiedName().toString(), e));
        Optional<ClassName> generated = generatedAnnotation(elements);
        TypeResolver types = new ElementTypeResolver(elements);
        for (TableClasses.Input in : TableClasses.inputs(schema, options,
                name -> Optional.ofNullable(byName.get(name)).map(ClassName::get))) {
            String name = in.className().packageName().isEmpty() ? in.className().simpleName()
                    : in.className().packageName() + "." + in.className().simpleName();
            write(name, TableClasses.source(in, schema, sources, dialect, types, generated),
                    origins(in, sources, byName), CodegenMessages.CANNOT_WRITE_TABLE_CLASS);
        }
    }

    /** {@code TablesmithMigrations}, listing the migrations of each dialect (the first is the primary). */
    public void catalog(List<MigrationCatalog.DialectMigrations> dialects, CodegenOptions options,
            Collection<TypeElement> entities) {
        String pkg = options.catalogPackage();
        if (pkg == null) {
            List<String> packages = entities.stream()
                    .map(e -> elements.getPackageOf(e).getQualifiedName().toString()).sorted().toList();
            Optional<String> common = MigrationCatalog.commonPackage(packages);
            if (common.isEmpty()) {
                reporter.error(CodegenMessages.NO_COMMON_PACKAGE);
                return;
            }
            pkg = common.get();
        }
        JavaFile file = MigrationCatalog.spec(pkg, dialects, generatedAnnotation(elements));
        List<Element> origins = entities.stream()
                .sorted((a, b) -> a.getQualifiedName().toString().compareTo(b.getQualifiedName().toString()))
                .map(e -> (Element) e).toList();
        String name = file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        write(name, file.toString(), origins, CodegenMessages.CANNOT_WRITE_CATALOG);
    }

    /** The entity, then every other class that declares one of the tables' columns, sorted. */
    private List<Element> origins(TableClasses.Input in, SourceMap sources, Map<String, TypeElement> entities) {
        Map<String, Element> origins = new TreeMap<>();
        List<Table> tables = new ArrayList<>(List.of(in.table()));
        tables.addAll(in.owned());
        for (Table t : tables) {
            for (Column c : t.columns()) {
                Optional<Source> s = sources.get(Ref.column(t.name(), c.name()));
                String type = s.map(src -> src.origin().typeName()).orElse("");
                if (!type.isEmpty() && !origins.containsKey(type)) {
                    TypeElement e = entities.containsKey(type) ? entities.get(type) : elements.getTypeElement(type);
                    if (e != null) {
                        origins.put(type, e);
                    }
                }
            }
        }
        List<Element> list = new ArrayList<>();
        list.add(entities.get(in.table().entity()));
        origins.forEach((name, e) -> {
            if (!name.equals(in.table().entity())) {
                list.add(e);
            }
        });
        return list;
    }

    private void write(String name, String text, List<Element> origins, CodegenMessages cannotWrite) {
        try {
            JavaFileObject source = filer.createSourceFile(name, origins.toArray(new Element[0]));
            try (Writer w = source.openWriter()) { // one write of the whole text
                w.write(text);
            }
        } catch (IOException e) {
            reporter.error(cannotWrite, name, e.getMessage());
        }
    }
}
