package dev.tablesmith.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.EnumValues;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Row;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Snapshot to JSON text and back, through Jackson's tree model so the layout is ours: keys in a
 * fixed order, absent values and defaults left out, two-space indentation, {@code \n} line
 * endings, a final newline. Same snapshot, same bytes.
 */
public final class SnapshotCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnapshotCodec() {}

    /** Thrown when a snapshot file cannot be read; the message says what is wrong. */
    public static final class SnapshotFormatException extends Exception {
        public SnapshotFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static String write(Snapshot snapshot) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Snapshot.FORMAT);
        root.put("generatedBy", "Tablesmith; edit the entities, not this file");
        ArrayNode migrations = root.putArray("migrations");
        for (Snapshot.MigrationRecord m : snapshot.migrations()) {
            ObjectNode node = migrations.addObject();
            node.put("version", m.version());
            node.put("name", m.name());
            ArrayNode files = node.putArray("files");
            for (Snapshot.FileChecksum f : m.files()) {
                ObjectNode file = files.addObject();
                file.put("file", f.file());
                file.put("sha256", f.sha256());
            }
        }
        root.set("schema", schema(snapshot.schema()));
        try {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""));
            printer.indentObjectsWith(indenter);
            printer.indentArraysWith(indenter);
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write snapshot", e);
        }
    }

    public static Snapshot read(String json) throws SnapshotFormatException {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new SnapshotFormatException("not a JSON object", null);
            }
            int format = root.path("format").asInt(-1);
            if (format != Snapshot.FORMAT) {
                throw new SnapshotFormatException("format " + format + " is not " + Snapshot.FORMAT
                        + " (written by another Tablesmith version?)", null);
            }
            List<Snapshot.MigrationRecord> migrations = new ArrayList<>();
            for (JsonNode m : root.path("migrations")) {
                List<Snapshot.FileChecksum> files = new ArrayList<>();
                for (JsonNode f : m.path("files")) {
                    files.add(new Snapshot.FileChecksum(text(f, "file"), text(f, "sha256")));
                }
                migrations.add(new Snapshot.MigrationRecord(text(m, "version"), text(m, "name"), files));
            }
            return new Snapshot(migrations, readSchema(root.path("schema")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new SnapshotFormatException(e.getMessage(), e);
        }
    }

    private static ObjectNode schema(Schema schema) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode sequences = node.putArray("sequences");
        for (Sequence s : schema.sequences()) {
            ObjectNode seq = sequences.addObject();
            seq.put("name", s.name());
            seq.put("start", s.start());
            seq.put("increment", s.increment());
        }
        ArrayNode tables = node.putArray("tables");
        schema.tables().forEach(t -> tables.add(table(t)));
        // optional, so that a schema without enums is written as before this section existed
        if (!schema.enums().isEmpty()) {
            ArrayNode enums = node.putArray("enums");
            for (EnumValues e : schema.enums()) {
                ObjectNode n = enums.addObject();
                n.put("table", e.table());
                n.put("column", e.column());
                n.put("storage", e.storage().name().toLowerCase(Locale.ROOT));
                strings(n.putArray("constants"), e.constants());
            }
        }
        return node;
    }

    private static ObjectNode table(Table t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", t.name());
        node.put("entity", t.entity());
        node.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
        putIfNotNull(node, "comment", t.comment());
        if (t.deprecated()) {
            node.put("deprecated", true);
        }
        ArrayNode columns = node.putArray("columns");
        for (Column c : t.columns()) {
            ObjectNode col = columns.addObject();
            col.put("name", c.name());
            col.put("type", ColumnTypes.format(c.type()));
            col.put("nullable", c.nullable());
            putIfNotNull(col, "default", c.defaultValue());
            if (c.identity() != Column.Identity.NONE) {
                col.put("identity", c.identity().name().toLowerCase(Locale.ROOT));
            }
            putIfNotNull(col, "comment", c.comment());
            if (c.deprecated()) {
                col.put("deprecated", true);
            }
        }
        if (t.primaryKey() != null) {
            ObjectNode pk = node.putObject("primaryKey");
            pk.put("name", t.primaryKey().name());
            strings(pk.putArray("columns"), t.primaryKey().columns());
        }
        putArray(node, "foreignKeys", t.foreignKeys(), fk -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("name", fk.name());
            strings(n.putArray("columns"), fk.columns());
            n.put("references", fk.referencedTable());
            strings(n.putArray("referencedColumns"), fk.referencedColumns());
            n.put("onDelete", fk.onDelete().name().toLowerCase(Locale.ROOT));
            return n;
        });
        putArray(node, "uniqueConstraints", t.uniqueConstraints(), u -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("name", u.name());
            strings(n.putArray("columns"), u.columns());
            return n;
        });
        putArray(node, "checks", t.checks(), c -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("name", c.name());
            n.put("expression", c.expression());
            return n;
        });
        putArray(node, "exclusions", t.exclusions(), e -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("name", e.name());
            n.put("using", e.method().sql());
            ArrayNode elements = n.putArray("elements");
            e.elements().forEach(el -> elements.add(el.expression() + " WITH " + el.operator()));
            putIfNotNull(n, "where", e.where());
            return n;
        });
        putArray(node, "indexes", t.indexes(), i -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("name", i.name());
            ArrayNode elements = n.putArray("elements");
            for (IndexElement e : i.elements()) {
                ObjectNode el = elements.addObject();
                putIfNotNull(el, "column", e.column());
                putIfNotNull(el, "expression", e.expression());
                putIfNotNull(el, "opclass", e.opclass());
                if (e.descending()) {
                    el.put("descending", true);
                }
                putIfNotNull(el, "nulls", e.nulls());
            }
            if (i.unique()) {
                n.put("unique", true);
            }
            if (i.method() != IndexMethod.BTREE) {
                n.put("using", i.method().sql());
            }
            if (!i.include().isEmpty()) {
                strings(n.putArray("include"), i.include());
            }
            putIfNotNull(n, "where", i.where());
            putIfNotNull(n, "comment", i.comment());
            return n;
        });
        putArray(node, "triggers", t.triggers(), tr -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("name", tr.name());
            n.put("column", tr.column());
            return n;
        });
        // later additions: written only when present, so older snapshots keep their bytes
        putArray(node, "rows", t.rows(), r -> {
            ObjectNode n = MAPPER.createObjectNode();
            r.values().forEach(n::put);
            return n;
        });
        if (!t.subclasses().isEmpty()) {
            strings(node.putArray("subclasses"), t.subclasses());
        }
        return node;
    }

    private static Schema readSchema(JsonNode node) {
        List<Sequence> sequences = new ArrayList<>();
        for (JsonNode s : node.path("sequences")) {
            sequences.add(new Sequence(text(s, "name"), s.path("start").asLong(1), s.path("increment").asLong(1)));
        }
        List<Table> tables = new ArrayList<>();
        for (JsonNode t : node.path("tables")) {
            tables.add(readTable(t));
        }
        List<EnumValues> enums = new ArrayList<>();
        for (JsonNode e : node.path("enums")) { // absent in snapshots written before it was recorded
            List<String> constants = new ArrayList<>();
            e.path("constants").forEach(c -> constants.add(c.asText()));
            enums.add(new EnumValues(text(e, "table"), text(e, "column"),
                    ColumnFacts.EnumStorage.valueOf(text(e, "storage").toUpperCase(Locale.ROOT)), constants));
        }
        return new Schema(tables, sequences, enums);
    }

    private static Table readTable(JsonNode t) {
        Table.Builder b = new Table.Builder(text(t, "name"));
        b.entity = optional(t, "entity");
        b.kind = TableKind.valueOf(text(t, "kind").toUpperCase(Locale.ROOT));
        b.comment = optional(t, "comment");
        b.deprecated = t.path("deprecated").asBoolean(false);
        for (JsonNode c : t.path("columns")) {
            String identity = optional(c, "identity");
            b.columns.add(new Column(text(c, "name"), ColumnTypes.parse(text(c, "type")), c.path("nullable").asBoolean(),
                    optional(c, "default"),
                    identity == null ? Column.Identity.NONE : Column.Identity.valueOf(identity.toUpperCase(Locale.ROOT)),
                    optional(c, "comment"), c.path("deprecated").asBoolean(false)));
        }
        if (t.has("primaryKey")) {
            b.primaryKey = new PrimaryKey(text(t.get("primaryKey"), "name"), strings(t.get("primaryKey").path("columns")));
        }
        for (JsonNode f : t.path("foreignKeys")) {
            b.foreignKeys.add(new ForeignKey(text(f, "name"), strings(f.path("columns")), text(f, "references"),
                    strings(f.path("referencedColumns")),
                    ReferentialAction.valueOf(text(f, "onDelete").toUpperCase(Locale.ROOT))));
        }
        for (JsonNode u : t.path("uniqueConstraints")) {
            b.uniqueConstraints.add(new UniqueConstraint(text(u, "name"), strings(u.path("columns"))));
        }
        for (JsonNode c : t.path("checks")) {
            b.checks.add(new CheckConstraint(text(c, "name"), text(c, "expression")));
        }
        for (JsonNode e : t.path("exclusions")) {
            List<ExclusionConstraint.Element> elements = new ArrayList<>();
            for (JsonNode el : e.path("elements")) {
                String s = el.asText();
                int with = s.lastIndexOf(" WITH ");
                elements.add(new ExclusionConstraint.Element(s.substring(0, with), s.substring(with + 6)));
            }
            b.exclusions.add(new ExclusionConstraint(text(e, "name"),
                    IndexMethod.valueOf(text(e, "using").toUpperCase(Locale.ROOT)), elements, optional(e, "where")));
        }
        for (JsonNode i : t.path("indexes")) {
            List<IndexElement> elements = new ArrayList<>();
            for (JsonNode el : i.path("elements")) {
                elements.add(new IndexElement(optional(el, "column"), optional(el, "expression"), optional(el, "opclass"),
                        el.path("descending").asBoolean(false), optional(el, "nulls")));
            }
            String using = optional(i, "using");
            b.indexes.add(new Index(text(i, "name"), elements, i.path("unique").asBoolean(false),
                    using == null ? IndexMethod.BTREE : IndexMethod.valueOf(using.toUpperCase(Locale.ROOT)),
                    strings(i.path("include")), optional(i, "where"), optional(i, "comment")));
        }
        for (JsonNode tr : t.path("triggers")) {
            b.triggers.add(new Trigger(text(tr, "name"), text(tr, "column")));
        }
        for (JsonNode r : t.path("rows")) {
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            r.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            b.rows.add(new Row(values));
        }
        b.subclasses.addAll(strings(t.path("subclasses")));
        return b.build();
    }

    private static <T> void putArray(ObjectNode node, String field, List<T> items, Function<T, ObjectNode> f) {
        if (!items.isEmpty()) {
            ArrayNode array = node.putArray(field);
            items.forEach(i -> array.add(f.apply(i)));
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void putIfNotNull(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\" in " + node);
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
