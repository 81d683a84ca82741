package dev.tablesmith.test.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code tablesmith-snapshot.json} (Jackson's tree model, like the processor that writes it). */
public final class SnapshotReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnapshotReader() {
    }

    /**
     * The snapshot in this JSON text.
     *
     * @throws IllegalArgumentException saying what is wrong: not JSON, another format, a missing field
     */
    public static Snapshot read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Tablesmith snapshot (invalid JSON): " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a Tablesmith snapshot: not a JSON object");
        }
        int format = root.path("format").asInt(-1);
        if (format != Snapshot.FORMAT) {
            throw new IllegalArgumentException("snapshot format " + format + " is not " + Snapshot.FORMAT
                    + " (written by another Tablesmith version?)");
        }
        List<Snapshot.Migration> migrations = new ArrayList<>();
        for (JsonNode m : root.path("migrations")) {
            List<Snapshot.FileChecksum> files = new ArrayList<>();
            for (JsonNode f : m.path("files")) {
                files.add(new Snapshot.FileChecksum(text(f, "file"), text(f, "sha256")));
            }
            migrations.add(new Snapshot.Migration(text(m, "version"), text(m, "name"), files));
        }
        JsonNode schema = root.path("schema");
        List<Snapshot.Sequence> sequences = new ArrayList<>();
        for (JsonNode s : schema.path("sequences")) {
            sequences.add(new Snapshot.Sequence(text(s, "name"), s.path("start").asLong(1), s.path("increment").asLong(1)));
        }
        List<Snapshot.Table> tables = new ArrayList<>();
        for (JsonNode t : schema.path("tables")) {
            tables.add(table(t));
        }
        return new Snapshot(migrations, tables, sequences);
    }

    private static Snapshot.Table table(JsonNode t) {
        List<Snapshot.Column> columns = new ArrayList<>();
        for (JsonNode c : t.path("columns")) {
            columns.add(new Snapshot.Column(text(c, "name"), text(c, "type"), c.path("nullable").asBoolean(),
                    optional(c, "default"), optional(c, "identity"), optional(c, "comment"),
                    c.path("deprecated").asBoolean(false)));
        }
        Snapshot.PrimaryKey primaryKey = t.has("primaryKey")
                ? new Snapshot.PrimaryKey(text(t.get("primaryKey"), "name"), strings(t.get("primaryKey").path("columns")))
                : null;
        List<Snapshot.ForeignKey> foreignKeys = new ArrayList<>();
        for (JsonNode f : t.path("foreignKeys")) {
            foreignKeys.add(new Snapshot.ForeignKey(text(f, "name"), strings(f.path("columns")), text(f, "references"),
                    strings(f.path("referencedColumns")), text(f, "onDelete")));
        }
        List<Snapshot.UniqueConstraint> uniques = new ArrayList<>();
        for (JsonNode u : t.path("uniqueConstraints")) {
            uniques.add(new Snapshot.UniqueConstraint(text(u, "name"), strings(u.path("columns"))));
        }
        List<Snapshot.CheckConstraint> checks = new ArrayList<>();
        for (JsonNode c : t.path("checks")) {
            checks.add(new Snapshot.CheckConstraint(text(c, "name"), text(c, "expression")));
        }
        List<Snapshot.ExclusionConstraint> exclusions = new ArrayList<>();
        for (JsonNode e : t.path("exclusions")) {
            List<Snapshot.ExclusionElement> elements = new ArrayList<>();
            for (JsonNode el : e.path("elements")) {
                String s = el.asText();
                int with = s.lastIndexOf(" WITH ");
                if (with < 0) {
                    throw new IllegalArgumentException("exclusion element without WITH: " + s);
                }
                elements.add(new Snapshot.ExclusionElement(s.substring(0, with), s.substring(with + 6)));
            }
            exclusions.add(new Snapshot.ExclusionConstraint(text(e, "name"), text(e, "using"), elements, optional(e, "where")));
        }
        List<Snapshot.Index> indexes = new ArrayList<>();
        for (JsonNode i : t.path("indexes")) {
            List<Snapshot.IndexElement> elements = new ArrayList<>();
            for (JsonNode el : i.path("elements")) {
                elements.add(new Snapshot.IndexElement(optional(el, "column"), optional(el, "expression"),
                        optional(el, "opclass"), el.path("descending").asBoolean(false), optional(el, "nulls")));
            }
            String using = optional(i, "using");
            indexes.add(new Snapshot.Index(text(i, "name"), elements, i.path("unique").asBoolean(false),
                    using == null ? "btree" : using, strings(i.path("include")), optional(i, "where"), optional(i, "comment")));
        }
        List<Snapshot.Trigger> triggers = new ArrayList<>();
        for (JsonNode tr : t.path("triggers")) {
            triggers.add(new Snapshot.Trigger(text(tr, "name"), text(tr, "column")));
        }
        return new Snapshot.Table(text(t, "name"), text(t, "kind"), optional(t, "comment"),
                t.path("deprecated").asBoolean(false), columns, primaryKey, foreignKeys, uniques, checks, exclusions,
                indexes, triggers);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("not a Tablesmith snapshot: missing \"" + field + "\" in " + node);
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
