package dev.tablesmith.codegen;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ForeignKey;
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
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The {@code FooTable} class of an entity {@code Foo}: the table name, a constant per column, typed
 * column descriptors, a select list and the names of its indexes and constraints; each column is
 * documented once, on its name constant, with its type and comment. Join and collection tables
 * the entity owns become nested classes of the same shape. Pure: model in, source text out ({@link SourceText}).
 */
public final class TableClasses {
    private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.!?]");
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

    /** The source text of one table class, for the {@link javax.annotation.processing.Filer}. */
    public static String source(Input in, Schema schema, SourceMap sources, Dialect dialect, TypeResolver types,
            Optional<ClassName> generated) {
        Set<String> nested = new HashSet<>(Set.of(in.className().simpleName(), "Columns", "Indexes", "Constraints"));
        Map<Table, String> ownedNames = new LinkedHashMap<>();
        for (Table t : in.owned()) {
            ownedNames.put(t, Names.type(t.name(), nested));
        }
        SourceText out = new SourceText(in.className().packageName(), Set.copyOf(nested));
        out.javadoc(0, "Table " + Javadocs.code(in.table().name()) + comment(in.table().comment()) + "\n"
                + "\n<p>The names and types of the table that {@link " + out.name(in.entity()) + "} maps, as "
                + "Tablesmith writes it for " + dialect.id() + ": use them in SQL instead of string literals, so "
                + "that a renamed or dropped column fails the compilation. Generated from the entity: change it, "
                + "not this file." + deprecation(in.table()));
        generated.ifPresent(g -> out.append("@").append(out.name(g))
                .append("(\"dev.tablesmith.processor.TablesmithProcessor\")\n"));
        if (in.table().deprecated()) {
            out.append("@").append(out.name(DEPRECATED)).append("\n");
        }
        out.append("public final class ").append(in.className().simpleName()).append(" {\n");
        body(out, 1, in.className().simpleName(), in.table(), schema, sources, dialect, types, in.className().packageName());
        for (Map.Entry<Table, String> owned : ownedNames.entrySet()) {
            Table t = owned.getKey();
            out.append("\n").javadoc(1, (t.kind() == TableKind.JOIN ? "Join table " : "Collection table ")
                    + Javadocs.code(t.name()) + comment(t.comment()) + " Owned by {@link " + out.name(in.entity())
                    + "}." + deprecation(t));
            if (t.deprecated()) {
                out.indent(1).append("@").append(out.name(DEPRECATED)).append("\n");
            }
            out.indent(1).append("public static final class ").append(owned.getValue()).append(" {\n");
            body(out, 2, owned.getValue(), t, schema, sources, dialect, types, in.className().packageName());
            out.indent(1).append("}\n");
        }
        out.append("}\n");
        return out.file();
    }

    private static String deprecation(Table table) {
        return table.deprecated() ? "\n\n@deprecated the table is deprecated: the first phase of dropping it; move "
                + "its readers and writers off it" : "";
    }

    /**
     * The members of one table's class. Every line is for SQL written by hand: {@code TABLE} and a
     * name constant per column (documented once, there), {@code SELECT_LIST}, typed descriptors
     * for reading values ({@code Columns}), and the names of indexes and constraints (to tell which
     * one a database error names).
     */
    private static void body(SourceText out, int level, String className, Table table, Schema schema,
            SourceMap sources, Dialect dialect, TypeResolver types, String packageName) {
        String string = out.name(STRING);
        String modifiers = "public static final ";
        out.indent(level).append(modifiers).append(string).append(" TABLE = ").append(SourceText.literal(table.name()))
                .append(";\n");
        Set<String> taken = new HashSet<>(RESERVED);
        Map<Column, String> constants = new LinkedHashMap<>();
        for (Column c : ColumnOrder.of(table)) {
            constants.put(c, Names.constant(c.name(), taken));
        }
        StringBuilder descriptors = new StringBuilder();
        String tableColumn = out.name(TABLE_COLUMN);
        for (Map.Entry<Column, String> e : constants.entrySet()) {
            Column c = e.getKey();
            String constant = e.getValue(); // the descriptor has the same name, so both read alike
            JavaType javaType = types.resolve(ColumnJavaTypes.of(schema, sources, table, c), packageName);
            String doc = columnDoc(table, c, dialect, javaType);
            if (c.deprecated()) {
                doc += "\n@deprecated the column is deprecated: the first phase of dropping it; stop reading and "
                        + "writing it";
            }
            out.javadoc(level, doc);
            if (c.deprecated()) {
                out.indent(level).append("@").append(out.name(DEPRECATED)).append("\n");
            }
            out.indent(level).append(modifiers).append(string).append(" ").append(constant).append(" = ")
                    .append(SourceText.literal(c.name())).append(";\n");

            String indent = "    ".repeat(level + 1);
            if (c.deprecated()) {
                descriptors.append(indent).append('@').append(out.name(DEPRECATED)).append('\n');
            }
            if (javaType.deprecated()) {
                descriptors.append(indent).append('@').append(out.name(SUPPRESS))
                        .append("({\"deprecation\", \"removal\"})\n");
            }
            String valueType = out.name(javaType.valueType());
            String arguments = "(" + SourceText.literal(c.name()) + ", " + SourceText.literal(dialect.type(c.type()))
                    + ", " + c.nullable() + ", " + out.name(javaType.classLiteral()) + ".class);\n";
            descriptors.append(indent).append(modifiers).append(tableColumn).append('<').append(valueType).append("> ")
                    .append(constant).append(" = ")
                    // explicit type arguments: javac has no diamond to infer
                    .append(javaType.erased() ? tableColumn + ".erased" : "new " + tableColumn + "<" + valueType + ">")
                    .append(arguments);
        }
        List<String> names = constants.keySet().stream().map(Column::name).toList();
        out.javadoc(level, "Every column, in the order of the migration's {@code CREATE TABLE}: {@value}. Prefer "
                + "naming the columns a query needs; this list at least never names a dropped one.");
        out.indent(level).append(modifiers).append(string).append(" SELECT_LIST = ")
                .append(SourceText.literal(String.join(", ", names))).append(";\n\n");
        out.indent(level).append("private ").append(className).append("() {}\n\n");

        out.javadoc(level, "Typed descriptors of the columns (name, SQL type, nullability, Java type), each named "
                + "and documented like its name constant in {@link " + className + "}.");
        out.indent(level).append("public static final class Columns {\n").append(descriptors.toString());
        out.javadoc(level + 1, "Every column, in the order of {@link " + className + "#SELECT_LIST}.");
        out.indent(level + 1).append(SourceText.wrapped(modifiers + out.name(LIST) + "<" + tableColumn + "<?>> ALL = "
                + out.name(LIST) + ".of(", new java.util.ArrayList<>(constants.values()), ");", level + 1)).append("\n\n");
        out.indent(level + 1).append("private Columns() {}\n");
        out.indent(level).append("}\n");

        names(out, level, "Indexes", "The names of the indexes, each with its definition.",
                table.indexes().stream().map(i -> new Definitions.Constraint(i.name(), "index",
                        Javadocs.code(i.name()) + ": " + Javadocs.code(Definitions.index(i)) + "."
                                + (i.comment() == null ? "" : " Why: " + sentence(Javadocs.text(i.comment())))))
                        .toList());
        names(out, level, "Constraints", "The names of the constraints, each with its definition, e.g. to tell "
                + "which one a database error names.", Definitions.constraints(table).stream()
                .map(c -> new Definitions.Constraint(c.name(), c.kind(), capitalize(c.kind()) + " "
                        + Javadocs.code(c.name()) + ": " + Javadocs.code(c.definition()) + "."))
                .toList());
    }

    /** A nested class of name constants (its entries' definitions hold their Javadoc); none when empty. */
    private static void names(SourceText out, int level, String className, String doc,
            List<Definitions.Constraint> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("\n").javadoc(level, doc);
        out.indent(level).append("public static final class ").append(className).append(" {\n");
        Set<String> taken = new HashSet<>();
        for (Definitions.Constraint e : entries) {
            out.javadoc(level + 1, e.kind().equals("index") ? "Index " + e.definition() : e.definition());
            out.indent(level + 1).append("public static final ").append(out.name(STRING)).append(" ")
                    .append(Names.constant(e.name(), taken)).append(" = ").append(SourceText.literal(e.name()))
                    .append(";\n");
        }
        out.append("\n").indent(level + 1).append("private ").append(className).append("() {}\n");
        out.indent(level).append("}\n");
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
                .append(Javadocs.code(javaType.isObject() ? javaType.declared()
                        : javaType.display()));
        ForeignKey fk = Definitions.foreignKeyOf(table, c);
        if (fk != null) {
            doc.append("; references ").append(Javadocs.code(fk.referencedTable() + " ("
                    + String.join(", ", fk.referencedColumns()) + ")"));
        }
        doc.append('.');
        if (c.comment() != null && !c.comment().isBlank()) {
            doc.append(' ').append(sentence(Javadocs.text(c.comment())));
        }
        return doc.toString();
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "." : ": " + sentence(Javadocs.text(comment));
    }

    /** Ends the text with a full stop unless it ends with punctuation already. */
    static String sentence(String text) {
        String t = text.strip();
        return ENDS_SENTENCE.matcher(t).matches() ? t : t + ".";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
