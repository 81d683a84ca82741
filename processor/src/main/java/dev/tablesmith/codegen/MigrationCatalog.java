package dev.tablesmith.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tablesmith.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code TablesmithMigrations}: every migration of the module (version, description, up file and
 * its SHA-256) and the latest version, so an application can check at start-up that its database
 * is current. Built from the snapshot as it stands after this compilation wrote its migration, and
 * the same class when nothing changed. Pure.
 */
public final class MigrationCatalog {
    public static final String CLASS_NAME = "TablesmithMigrations";
    static final ClassName MIGRATION_INFO = ClassName.get("dev.tablesmith.runtime", "MigrationInfo");

    private MigrationCatalog() {}

    /**
     * The migrations of one dialect.
     *
     * @param location the class-path folder Flyway reads them from ({@code db/migration})
     */
    public record DialectMigrations(String dialect, String location, List<Snapshot.MigrationRecord> migrations) {
        public DialectMigrations {
            migrations = List.copyOf(migrations);
        }
    }

    /**
     * The longest package every entity shares ({@code com.shop} for {@code com.shop.users} and
     * {@code com.shop.orders}); empty when they share none but do not all sit in the unnamed package.
     */
    public static Optional<String> commonPackage(List<String> packages) {
        if (packages.isEmpty()) {
            return Optional.empty();
        }
        List<String> common = null;
        for (String p : packages) {
            List<String> parts = p.isEmpty() ? List.of() : List.of(p.split("\\."));
            if (common == null) {
                common = parts;
            } else {
                int n = 0;
                while (n < common.size() && n < parts.size() && common.get(n).equals(parts.get(n))) {
                    n++;
                }
                common = common.subList(0, n);
            }
        }
        boolean allUnnamed = packages.stream().allMatch(String::isEmpty);
        return common.isEmpty() && !allUnnamed ? Optional.empty() : Optional.of(String.join(".", common));
    }

    /** @param dialects the first is the primary one, whose migrations the top-level constants list */
    public static JavaFile spec(String packageName, List<DialectMigrations> dialects, Optional<ClassName> generated) {
        ClassName name = ClassName.get(packageName, CLASS_NAME);
        DialectMigrations primary = dialects.get(0);
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The migrations Tablesmith wrote for this module, oldest first, and the newest version.\n"
                        + "\n<p>An application can check at start-up that its database is current: the newest "
                        + "version Flyway applied (in {@code flyway_schema_history}) must be {@link #LATEST_VERSION}. "
                        + "Generated from {@code tablesmith-snapshot.json}: do not edit.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        generated.ifPresent(g -> type.addAnnotation(AnnotationSpec.builder(g)
                .addMember("value", "$S", "dev.tablesmith.processor.TablesmithProcessor").build()));
        if (dialects.size() > 1) {
            type.addJavadoc("\n<p>Tablesmith writes for several dialects; the constants here are those of the "
                    + "first, $L, and each dialect has a nested class of its own.\n", primary.dialect());
        }
        members(type, primary);
        if (dialects.size() > 1) {
            Set<String> taken = new HashSet<>(Set.of(CLASS_NAME));
            for (DialectMigrations d : dialects) {
                TypeSpec.Builder nested = TypeSpec.classBuilder(name.nestedClass(Names.type(d.dialect(), taken)))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The migrations for $L.\n", d.dialect())
                        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
                members(nested, d);
                type.addType(nested.build());
            }
        }
        return JavaFile.builder(packageName, type.build()).indent("    ").skipJavaLangImports(true).build();
    }

    private static void members(TypeSpec.Builder type, DialectMigrations d) {
        String latest = d.migrations().isEmpty() ? null : d.migrations().get(d.migrations().size() - 1).version();
        type.addField(FieldSpec.builder(TableClasses.STRING, "DIALECT", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL).initializer("$S", d.dialect()).addJavadoc("The dialect the migrations are written in.\n")
                .build());
        type.addField(FieldSpec.builder(TableClasses.STRING, "LOCATION", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL).initializer("$S", d.location())
                .addJavadoc("The class-path folder holding them, for Flyway's {@code locations} "
                        + "({@code classpath:} + this).\n").build());
        type.addField(FieldSpec.builder(TableClasses.STRING, "LATEST_VERSION", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL).initializer("$S", latest)
                .addJavadoc("The newest migration's version" + (latest == null ? ", null while there is none" : "")
                        + ".\n").build());
        List<CodeBlock> entries = new ArrayList<>();
        for (Snapshot.MigrationRecord m : d.migrations()) {
            Snapshot.FileChecksum up = m.files().stream().filter(f -> f.file().startsWith("V")).findFirst()
                    .orElse(m.files().get(0));
            entries.add(CodeBlock.of("new $T($S, $S, $S, $S)", MIGRATION_INFO, m.version(), m.name(), up.file(),
                    up.sha256()));
        }
        CodeBlock list = entries.isEmpty() ? CodeBlock.of("$T.of()", TableClasses.LIST)
                : CodeBlock.builder().add("$T.of(\n", TableClasses.LIST).indent()
                        .add(CodeBlock.join(entries, ",\n")).unindent().add(")").build();
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(TableClasses.LIST, MIGRATION_INFO), "MIGRATIONS",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer(list)
                .addJavadoc("Every migration, oldest first, with the SHA-256 of its up file.\n").build());
    }
}
