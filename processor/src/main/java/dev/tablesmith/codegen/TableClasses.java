package dev.tablesmith.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.options.CodegenOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The {@code FooTable} class of an entity {@code Foo}: the table name, a constant per column, typed
 * column descriptors, {@code ALL_COLUMNS}, a select list and the names of its indexes and
 * constraints, each documented with its type, definition and comment. Join and collection tables
 * the entity owns become nested classes of the same shape. Pure: model in, JavaPoet file out.
 */
public final class TableClasses {
    static final ClassName TABLE_COLUMN = ClassName.get("dev.tablesmith.runtime", "TableColumn");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName STRING = ClassName.get("java.lang", "String");
    static final ClassName DEPRECATED = ClassName.get("java.lang", "Deprecated");
    static final ClassName SUPPRESS = ClassName.get("java.lang", "SuppressWarnings");
    /** Member names of a table class and its {@code Columns} that columns must not take. */
    private static final Set<String> RESERVED = Set.of("TABLE", "ALL_COLUMNS", "SELECT_LIST", "ALL");

    private TableClasses() {}

    /**
     * One class to generate.
     *
     * @param className the class ({@code com.shop.OrderTable})
     * @param entity the entity class ({@code com.shop.Order})
     * @param table the entity's table
     * @param owned join and collection tables the entity owns, by name
     */
    public record Input(ClassName className, ClassName entity, Table table, List<Table> owned) {
        public Input {
            owned = List.copyOf(owned);
        }
    }

    /**
     * Groups the schema's tables by entity: each entity table with the join and collection tables it
     * owns. Tables whose entity class cannot be named (not resolvable) are left out.
     *
     * @param entityClass the class of an entity by qualified name, when it can be resolved
     */
    public static List<Input> inputs(Schema schema, CodegenOptions options, Function<String, Optional<ClassName>> entityClass) {
        Map<String, List<Table>> owned = new LinkedHashMap<>();
        for (Table t : schema.tables()) {
            if (t.kind() != TableKind.ENTITY && t.entity() != null) {
                owned.computeIfAbsent(t.entity(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Input> inputs = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (t.kind() != TableKind.ENTITY || t.entity() == null) {
                continue;
            }
            Optional<ClassName> entity = entityClass.apply(t.entity());
            if (entity.isEmpty()) {
                continue;
            }
            ClassName name = ClassName.get(entity.get().packageName(),
                    options.tableClassName(entity.get().simpleName()));
            inputs.add(new Input(name, entity.get(), t, owned.getOrDefault(t.entity(), List.of())));
        }
        return inputs;
    }

    public static JavaFile spec(Input in, Schema schema, SourceMap sources, Dialect dialect, TypeResolver types,
            Optional<ClassName> generated) {
        TypeSpec.Builder type = TypeSpec.classBuilder(in.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", "Table " + Javadocs.code(in.table().name()) + comment(in.table().comment()) + "\n")
                .addJavadoc("\n<p>The names and types of the table that {@link $T} maps, as Tablesmith writes it for "
                        + "$L. Use them in SQL instead of string literals, so that a renamed or dropped column "
                        + "fails the compilation. Generated from the entity: change it, not this file.\n",
                        in.entity(), dialect.id());
        generated.ifPresent(g -> type.addAnnotation(AnnotationSpec.builder(g)
                .addMember("value", "$S", "dev.tablesmith.processor.TablesmithProcessor").build()));
        Set<String> nested = new HashSet<>(Set.of(in.className().simpleName(), "Columns", "Indexes", "Constraints"));
        body(type, in.className(), in.table(), schema, sources, dialect, types);
        for (Table t : in.owned()) {
            ClassName nestedName = in.className().nestedClass(Names.type(t.name(), nested));
            TypeSpec.Builder inner = TypeSpec.classBuilder(nestedName)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L", (t.kind() == TableKind.JOIN ? "Join table " : "Collection table ")
                            + Javadocs.code(t.name()) + comment(t.comment()) + "\n")
                    .addJavadoc("\n<p>Owned by {@link $T}.\n", in.entity());
            body(inner, nestedName, t, schema, sources, dialect, types);
            type.addType(inner.build());
        }
        return JavaFile.builder(in.className().packageName(), type.build()).indent("    ")
                .skipJavaLangImports(true).build();
    }

    /** The members of one table's class: constants, descriptors, indexes, constraints. */
    private static void body(TypeSpec.Builder type, ClassName className, Table table, Schema schema,
            SourceMap sources, Dialect dialect, TypeResolver types) {
        if (table.deprecated()) {
            type.addAnnotation(DEPRECATED).addJavadoc("\n@deprecated the table is deprecated: the first phase of "
                    + "dropping it; move its readers and writers off it\n");
        }
        type.addField(FieldSpec.builder(STRING, "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", table.name())
                .addJavadoc("$L", "The table's name, " + Javadocs.code(table.name()) + ".\n").build());

        Set<String> taken = new HashSet<>(RESERVED);
        Map<Column, String> constants = new LinkedHashMap<>();
        for (Column c : ColumnOrder.of(table)) {
            constants.put(c, Names.constant(c.name(), taken));
        }
        TypeSpec.Builder columns = TypeSpec.classBuilder(className.nestedClass("Columns"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", "Typed descriptors of the columns of " + Javadocs.code(table.name())
                        + ": name, SQL type, nullability and Java type.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> descriptors = new ArrayList<>();
        for (Map.Entry<Column, String> e : constants.entrySet()) {
            Column c = e.getKey();
            JavaType javaType = types.resolve(ColumnJavaTypes.of(schema, sources, table, c), className.packageName());
            String doc = columnDoc(table, c, dialect, javaType);
            FieldSpec.Builder name = FieldSpec.builder(STRING, e.getValue(), Modifier.PUBLIC, Modifier.STATIC,
                    Modifier.FINAL).initializer("$S", c.name()).addJavadoc("$L", doc);
            String descriptorName = e.getValue(); // the same name as the constant, so both read alike
            descriptors.add(descriptorName);
            FieldSpec.Builder descriptor = FieldSpec.builder(
                    ParameterizedTypeName.get(TABLE_COLUMN, javaType.valueType()), descriptorName,
                    Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).addJavadoc("$L", doc);
            descriptor.initializer(javaType.erased()
                    ? CodeBlock.of("$T.erased($S, $S, $L, $T.class)", TABLE_COLUMN, c.name(), dialect.type(c.type()),
                            c.nullable(), javaType.classLiteral())
                    : CodeBlock.of("new $T<>($S, $S, $L, $T.class)", TABLE_COLUMN, c.name(), dialect.type(c.type()),
                            c.nullable(), javaType.classLiteral()));
            if (javaType.deprecated()) {
                descriptor.addAnnotation(AnnotationSpec.builder(SUPPRESS)
                        .addMember("value", "{$S, $S}", "deprecation", "removal").build());
            }
            if (c.deprecated()) {
                String note = "@deprecated the column is deprecated: the first phase of dropping it; stop "
                        + "reading and writing it\n";
                name.addAnnotation(DEPRECATED).addJavadoc("\n$L", note);
                descriptor.addAnnotation(DEPRECATED).addJavadoc("\n$L", note);
            }
            type.addField(name.build());
            columns.addField(descriptor.build());
        }
        TypeName anyColumn = ParameterizedTypeName.get(TABLE_COLUMN, WildcardTypeName.subtypeOf(Object.class));
        columns.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, anyColumn), "ALL", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", LIST, wrapped(descriptors))
                .addJavadoc("Every column, in the order of {@link $T#ALL_COLUMNS}.\n", className).build());

        List<String> names = constants.keySet().stream().map(Column::name).toList();
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, STRING), "ALL_COLUMNS", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", LIST, wrapped(new ArrayList<>(constants.values())))
                .addJavadoc("The names of every column: primary key, foreign keys, other columns, timestamps "
                        + "(the order of the migration's {@code CREATE TABLE}).\n").build());
        type.addField(FieldSpec.builder(STRING, "SELECT_LIST", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", String.join(", ", names))
                .addJavadoc("Every column as a select list, in the order of {@link #ALL_COLUMNS}: {@value}.\n"
                        + "\n<p>The handbook's \"select only needed columns\": prefer naming the columns a query "
                        + "needs; this list at least never selects a column that no longer exists.\n").build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addType(columns.build());
        indexes(type, className, table);
        constraints(type, className, table);
    }

    private static void indexes(TypeSpec.Builder type, ClassName className, Table table) {
        if (table.indexes().isEmpty()) {
            return;
        }
        TypeSpec.Builder indexes = TypeSpec.classBuilder(className.nestedClass("Indexes"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", "The names of the indexes of " + Javadocs.code(table.name()) + ".\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        Set<String> taken = new HashSet<>();
        for (Index i : table.indexes()) {
            String doc = "Index " + Javadocs.code(i.name()) + ": " + Javadocs.code(Definitions.index(i)) + ".\n"
                    + (i.comment() == null ? "" : "\n<p>Why: " + sentence(Javadocs.text(i.comment())) + "\n");
            indexes.addField(FieldSpec.builder(STRING, Names.constant(i.name(), taken), Modifier.PUBLIC,
                    Modifier.STATIC, Modifier.FINAL).initializer("$S", i.name()).addJavadoc("$L", doc).build());
        }
        type.addType(indexes.build());
    }

    private static void constraints(TypeSpec.Builder type, ClassName className, Table table) {
        List<Definitions.Constraint> all = Definitions.constraints(table);
        if (all.isEmpty()) {
            return;
        }
        TypeSpec.Builder constraints = TypeSpec.classBuilder(className.nestedClass("Constraints"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", "The names of the constraints of " + Javadocs.code(table.name())
                        + ", e.g. to tell which one a database error names.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        Set<String> taken = new HashSet<>();
        for (Definitions.Constraint c : all) {
            String doc = capitalize(c.kind()) + " " + Javadocs.code(c.name()) + ": "
                    + Javadocs.code(c.definition()) + ".\n";
            constraints.addField(FieldSpec.builder(STRING, Names.constant(c.name(), taken), Modifier.PUBLIC,
                    Modifier.STATIC, Modifier.FINAL).initializer("$S", c.name()).addJavadoc("$L", doc).build());
        }
        type.addType(constraints.build());
    }

    /** Column {@code email}: {@code VARCHAR(255) NOT NULL}, Java {@code String}; then the comment. */
    static String columnDoc(Table table, Column c, Dialect dialect, JavaType javaType) {
        StringBuilder sql = new StringBuilder(dialect.type(c.type())).append(c.nullable() ? " NULL" : " NOT NULL");
        if (c.defaultValue() != null) {
            sql.append(" DEFAULT ").append(c.defaultValue());
        }
        if (c.identity() == Column.Identity.BY_DEFAULT) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        StringBuilder doc = new StringBuilder("Column ").append(Javadocs.code(c.name())).append(": ")
                .append(Javadocs.code(sql.toString())).append(", Java ")
                .append(Javadocs.code(javaType.valueType().equals(JavaType.OBJECT) ? javaType.declared()
                        : javaType.display()));
        ForeignKey fk = Definitions.foreignKeyOf(table, c);
        if (fk != null) {
            doc.append("; references ").append(Javadocs.code(fk.referencedTable() + " ("
                    + String.join(", ", fk.referencedColumns()) + ")"));
        }
        doc.append(".\n");
        if (c.comment() != null && !c.comment().isBlank()) {
            doc.append("\n<p>").append(sentence(Javadocs.text(c.comment()))).append("\n");
        }
        return doc.toString();
    }

    /** Names separated by wrapping spaces, so long lists break at the line width. */
    private static CodeBlock wrapped(List<String> names) {
        return CodeBlock.join(names.stream().map(n -> CodeBlock.of("$L", n)).toList(), ",$W");
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "." : ": " + sentence(Javadocs.text(comment));
    }

    /** Ends the text with a full stop unless it ends with punctuation already. */
    static String sentence(String text) {
        String t = text.strip();
        return t.matches("(?s).*[.!?]") ? t : t + ".";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
