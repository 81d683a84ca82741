package dev.tablesmith.reading;

import dev.tablesmith.model.ConventionalNames;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;

/**
 * Table-level declarations: JPA's {@code @Table(indexes, uniqueConstraints)}, Tablesmith's
 * {@code @TableIndex}, {@code @Check} and {@code @Exclusion} (and Hibernate's {@code @Check}).
 * Columns are named by column or attribute name; an unknown one is reported on the exact string.
 */
final class IndexReader {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ReadContext ctx;
    private final ColumnReader columns;

    IndexReader(ReadContext ctx, ColumnReader columns) {
        this.ctx = ctx;
        this.columns = columns;
    }

    /** Everything declared on the entity class itself. */
    void readTypeLevel(TableAssembly t, Element type) {
        readTypeLevel(t, type, true);
    }

    /**
     * @param withTable whether to read {@code @Table}'s indexes and unique constraints (not for a
     *     SINGLE_TABLE subclass, whose {@code @Table} Hibernate ignores)
     */
    void readTypeLevel(TableAssembly t, Element type, boolean withTable) {
        ctx.find(type, Names.TABLE).filter(table -> withTable).ifPresent(table -> {
            for (Ann unique : table.annotations("uniqueConstraints")) {
                readUnique(t, unique);
            }
            for (Ann index : table.annotations("indexes")) {
                readJpaIndex(t, index);
            }
        });
        for (Ann index : ctx.findAll(type, Names.TABLE_INDEX, Names.TABLE_INDEX_LIST)) {
            readTableIndex(t, index, null);
        }
        for (Ann check : ctx.findAll(type, Names.CHECK, Names.CHECK_LIST)) {
            String name = check.string("name").isBlank() ? ConventionalNames.generated(t.localName() + "_check", "_check")
                    : check.string("name").trim();
            columns.addCheck(t, uniqueCheckName(t, name, check.has("name")), check.string("value").trim(),
                    check.has("name") ? check.origin("name") : check.origin());
        }
        for (Ann check : ctx.findAll(type, Names.H_CHECK, Names.H_CHECKS)) {
            String name = check.string("name").isBlank() ? ConventionalNames.generated(t.localName() + "_check", "_check")
                    : check.string("name").trim();
            columns.addCheck(t, uniqueCheckName(t, name, check.has("name")), check.string("constraints").trim(),
                    check.has("name") ? check.origin("name") : check.origin());
        }
        for (Ann exclusion : ctx.findAll(type, Names.EXCLUSION, Names.EXCLUSION_LIST)) {
            readExclusion(t, exclusion);
        }
    }

    /**
     * Hibernate's {@code @NaturalId}: one unique constraint over every natural-id attribute's
     * columns, in attribute-name order as Hibernate writes it ({@code unique (author_id, isbn)}).
     */
    void readNaturalId(TableAssembly t, List<Attribute> attributes) {
        List<Attribute> natural = attributes.stream().filter(a -> Ann.has(a.field(), Names.H_NATURAL_ID))
                .sorted(java.util.Comparator.comparing(Attribute::name)).toList();
        if (natural.isEmpty()) {
            return;
        }
        List<String> cols = new ArrayList<>();
        for (Attribute a : natural) {
            String fk = t.foreignKeysByAttribute.get(a.path());
            Optional<List<String>> fkColumns = t.table.foreignKeys.stream().filter(k -> k.name().equals(fk))
                    .findFirst().map(k -> k.columns());
            if (fkColumns.isPresent()) {
                cols.addAll(fkColumns.get());
            } else {
                Optional<String> col = t.resolveColumn(a.path());
                if (col.isEmpty()) {
                    return; // its mapping failed and was reported
                }
                cols.add(col.get());
            }
        }
        Origin origin = ctx.find(natural.get(0).field(), Names.H_NATURAL_ID).map(Ann::origin)
                .orElse(ctx.origin(natural.get(0).field()));
        columns.addUnique(t, new UniqueConstraint(ConventionalNames.unique(t.name(), cols), cols), origin);
    }

    /** {@code @TableIndex} on a field: without columns, the field's own column. */
    void readFieldLevel(TableAssembly t, Element field, String fieldColumn) {
        for (Ann index : ctx.findAll(field, Names.TABLE_INDEX, Names.TABLE_INDEX_LIST)) {
            readTableIndex(t, index, fieldColumn);
        }
    }

    /** Unnamed entity-level checks are numbered so several can coexist. */
    private String uniqueCheckName(TableAssembly t, String name, boolean explicit) {
        String candidate = name;
        for (int i = 2; !explicit && isCheckName(t, candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    private static boolean isCheckName(TableAssembly t, String name) {
        return t.table.checks.stream().anyMatch(c -> c.name().equals(name));
    }

    private void readUnique(TableAssembly t, Ann unique) {
        List<String> cols = new ArrayList<>();
        List<String> names = unique.strings("columnNames");
        for (int i = 0; i < names.size(); i++) {
            Optional<String> col = resolve(t, names.get(i), unique.origin("columnNames", i), "@UniqueConstraint");
            if (col.isEmpty()) {
                return;
            }
            cols.add(col.get());
        }
        if (cols.isEmpty()) {
            ctx.problem(MappingMessages.UNIQUE_NO_COLUMNS, unique.origin(), t.entity);
            return;
        }
        String explicit = unique.string("name").trim();
        String name = explicit.isEmpty() ? ConventionalNames.unique(t.localName(), cols) : explicit;
        t.table.uniqueConstraints.add(new UniqueConstraint(name, cols));
        t.source(Ref.object(t.name(), name), unique.origin(), explicit.isEmpty() ? null : unique.origin("name"));
    }

    private void readJpaIndex(TableAssembly t, Ann index) {
        String columnList = index.string("columnList");
        List<IndexElement> elements = new ArrayList<>();
        for (String part : columnList.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<IndexElement> element = parseElement(t, part, index.origin("columnList"), "@Index");
            if (element.isEmpty()) {
                return;
            }
            elements.add(element.get());
        }
        if (elements.isEmpty()) {
            ctx.problem(MappingMessages.INDEX_NO_COLUMNS, index.origin(), t.entity);
            return;
        }
        String explicit = index.string("name").trim();
        addIndex(t, new Index(explicit.isEmpty() ? ConventionalNames.index(t.localName(), elements, null) : explicit, elements,
                index.bool("unique"), IndexMethod.BTREE, List.of(), null, null), index.origin(),
                explicit.isEmpty() ? null : index.origin("name"));
    }

    private void readTableIndex(TableAssembly t, Ann index, String fieldColumn) {
        List<IndexElement> elements = new ArrayList<>();
        List<String> cols = index.strings("columns");
        for (int i = 0; i < cols.size(); i++) {
            Optional<IndexElement> element = parseElement(t, cols.get(i), index.origin("columns", i), "@TableIndex");
            if (element.isEmpty()) {
                return;
            }
            elements.add(element.get());
        }
        String expression = index.string("expression").trim();
        if (!expression.isEmpty()) {
            elements.add(IndexElement.expression(expression));
        }
        if (elements.isEmpty() && fieldColumn != null) {
            elements.add(IndexElement.column(fieldColumn));
        }
        if (elements.isEmpty()) {
            ctx.problem(MappingMessages.TABLE_INDEX_EMPTY, index.origin(), t.entity);
            return;
        }
        List<String> include = new ArrayList<>();
        List<String> includeNames = index.strings("include");
        for (int i = 0; i < includeNames.size(); i++) {
            Optional<String> col = resolve(t, includeNames.get(i), index.origin("include", i), "@TableIndex include");
            if (col.isEmpty()) {
                return;
            }
            include.add(col.get());
        }
        IndexMethod method = IndexMethod.valueOf(Optional.of(index.enumName("using")).filter(s -> !s.isEmpty()).orElse("BTREE"));
        String where = index.string("where").trim();
        String reason = index.string("reason").trim();
        String explicit = index.string("name").trim();
        String name = explicit.isEmpty() ? ConventionalNames.index(t.localName(), elements, expression) : explicit;
        addIndex(t, new Index(name, elements, index.bool("unique"), method, include,
                where.isEmpty() ? null : where, reason.isEmpty() ? null : reason),
                index.origin(), explicit.isEmpty() ? null : index.origin("name"));
    }

    private void addIndex(TableAssembly t, Index index, Origin origin, Origin nameOrigin) {
        if (t.table.indexes.stream().anyMatch(i -> i.name().equals(index.name()))) {
            ctx.problem(MappingMessages.INDEX_NAME_TWICE, nameOrigin != null ? nameOrigin : origin, t.entity,
                    index.name(), t.name());
            return;
        }
        t.table.indexes.add(index);
        t.source(Ref.object(t.name(), index.name()), origin, nameOrigin);
    }

    private void readExclusion(TableAssembly t, Ann exclusion) {
        List<ExclusionConstraint.Element> elements = new ArrayList<>();
        List<String> parts = exclusion.strings("elements");
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).trim();
            Matcher m = Pattern.compile("(?i)^(.+)\\s+WITH\\s+(\\S+)$").matcher(part);
            if (!m.matches()) {
                ctx.problem(MappingMessages.EXCLUSION_ELEMENT, exclusion.origin("elements", i), t.entity, part);
                return;
            }
            String expression = m.group(1).trim();
            if (IDENTIFIER.matcher(expression).matches()) {
                Optional<String> col = resolve(t, expression, exclusion.origin("elements", i), "@Exclusion");
                if (col.isEmpty()) {
                    return;
                }
                expression = col.get();
            }
            elements.add(new ExclusionConstraint.Element(expression, m.group(2)));
        }
        if (elements.isEmpty()) {
            ctx.problem(MappingMessages.EXCLUSION_EMPTY, exclusion.origin(), t.entity);
            return;
        }
        IndexMethod method = IndexMethod.valueOf(Optional.of(exclusion.enumName("using")).filter(s -> !s.isEmpty()).orElse("GIST"));
        String name = exclusion.string("name").trim();
        String where = exclusion.string("where").trim();
        t.table.exclusions.add(new ExclusionConstraint(name, method, elements, where.isEmpty() ? null : where));
        t.source(Ref.object(t.name(), name), exclusion.origin(), exclusion.origin("name"));
    }

    /** {@code column [opclass] [ASC|DESC] [NULLS FIRST|LAST]}. */
    private Optional<IndexElement> parseElement(TableAssembly t, String text, Origin origin, String where) {
        String[] tokens = text.trim().split("\\s+");
        Optional<String> column = resolve(t, tokens[0], origin, where);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        boolean descending = false;
        String nulls = null;
        String opclass = null;
        for (int i = 1; i < tokens.length; i++) {
            String token = tokens[i].toUpperCase(Locale.ROOT);
            if (token.equals("DESC")) {
                descending = true;
            } else if (token.equals("ASC")) {
                descending = false;
            } else if (token.equals("NULLS") && i + 1 < tokens.length) {
                nulls = tokens[++i].toUpperCase(Locale.ROOT);
                if (!nulls.equals("FIRST") && !nulls.equals("LAST")) {
                    ctx.problem(MappingMessages.INDEX_NULLS, origin, t.entity, text.trim());
                    return Optional.empty();
                }
            } else if (opclass == null && IDENTIFIER.matcher(tokens[i]).matches()) {
                opclass = tokens[i];
            } else {
                ctx.problem(MappingMessages.INDEX_ELEMENT, origin, t.entity, text.trim());
                return Optional.empty();
            }
        }
        return Optional.of(new IndexElement(column.get(), null, opclass, descending, nulls));
    }

    private Optional<String> resolve(TableAssembly t, String reference, Origin origin, String where) {
        Optional<String> col = t.resolveColumn(reference);
        if (col.isEmpty()) {
            ctx.problem(MappingMessages.UNKNOWN_COLUMN, origin, t.entity, where, reference.trim(), t.name(),
                    t.columnList());
        }
        return col;
    }

}
