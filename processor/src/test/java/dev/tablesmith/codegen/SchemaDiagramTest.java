package dev.tablesmith.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.testkit.MermaidErGrammar;
import dev.tablesmith.testkit.MermaidRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ER diagram of every example's committed {@code schema.md}, of a freshly generated one, and
 * of a schema full of awkward names follows the {@code erDiagram} grammar (identifiers, attribute
 * types, cardinalities) and is drawn by the real Mermaid in headless Chromium with every entity and
 * relationship label in the picture.
 */
class SchemaDiagramTest {
    static final Path EXAMPLES = Path.of("../examples");
    private static final Pattern ENTITY = Pattern.compile("^    (\\S+|\"[^\"]+\") \\{$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile(" : \"([^\"]*)\"$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void everyDiagramFollowsTheGrammarAndRendersInChromium() throws Exception {
        Map<String, String> diagrams = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path p : files.filter(p -> p.getFileName().toString().equals("schema.md"))
                    .filter(p -> !p.toString().contains("/target/")).sorted().toList()) {
                List<String> blocks = MermaidErGrammar.mermaidBlocks(Files.readString(p));
                assertEquals(1, blocks.size(), p + " should hold one mermaid block");
                diagrams.put(p.toString(), blocks.get(0));
            }
        }
        assertTrue(diagrams.keySet().stream().anyMatch(p -> p.contains("shop")), "no example schema.md found: "
                + diagrams.keySet());

        Compilation c = CodegenTest.compiler(dir).compile(Fixtures.all().toArray(new JavaFileObject[0]));
        assertThat(c).succeeded();
        diagrams.put("generated from the fixtures",
                MermaidErGrammar.mermaidBlocks(Files.readString(dir.resolve("schema.md"))).get(0));
        diagrams.put("awkward names", ErDiagram.render(awkward(), new PostgresDialect()));

        for (Map.Entry<String, String> d : diagrams.entrySet()) {
            assertEquals(List.of(), MermaidErGrammar.check(d.getValue()), d.getKey());
        }
        List<MermaidRenderer.Result> results = MermaidRenderer.render(new ArrayList<>(diagrams.values()));
        int i = 0;
        for (Map.Entry<String, String> d : diagrams.entrySet()) {
            MermaidRenderer.Result r = results.get(i++);
            assertTrue(r.ok(), d.getKey() + ": Mermaid failed: " + r.error() + "\n" + d.getValue());
            for (String expected : drawnWords(d.getValue())) {
                assertTrue(r.svgText().contains(expected), d.getKey() + ": '" + expected + "' is not in the picture");
            }
        }
    }

    @Test
    void awkwardNamesAreQuotedOrMadeWordsAndCardinalitiesFollowTheKeys() {
        String diagram = ErDiagram.render(awkward(), new PostgresDialect());
        assertTrue(diagram.contains("    \"end\" {\n"), diagram);
        assertTrue(diagram.contains("        bigint pk_ PK\n"), diagram);
        assertTrue(diagram.contains("    \"class\" {\n        my_type_x(1_2) id PK\n"), diagram);
        assertTrue(diagram.contains("        my_type_x(1_2) class_id FK, UK\n"), diagram);
        assertTrue(diagram.contains("    \"end\" |o..o| \"class\" : \"class_id\"\n"), diagram);
        assertTrue(diagram.contains("    \"end\" }o..|| \"end\" : \"parent_pk\"\n"), diagram);
    }

    /** Tables named like Mermaid keywords, a column named like a key marker, a custom type with a comma. */
    static Schema awkward() {
        Table.Builder cls = new Table.Builder("class");
        cls.columns.add(Column.of("id", ColumnType.custom("my type, x(1, 2)"), false));
        cls.primaryKey = new PrimaryKey("class_pkey", List.of("id"));
        Table.Builder end = new Table.Builder("end");
        end.columns.add(Column.of("pk", ColumnType.of(ColumnType.Kind.BIGINT), false));
        end.columns.add(Column.of("class_id", ColumnType.custom("my type, x(1, 2)"), true));
        end.columns.add(Column.of("parent_pk", ColumnType.of(ColumnType.Kind.BIGINT), false));
        end.primaryKey = new PrimaryKey("end_pkey", List.of("pk"));
        end.foreignKeys.add(new ForeignKey("end_class_id_fkey", List.of("class_id"), "class", List.of("id"),
                ReferentialAction.SET_NULL));
        end.foreignKeys.add(new ForeignKey("end_parent_pk_fkey", List.of("parent_pk"), "end", List.of("pk"), null));
        end.uniqueConstraints.add(new UniqueConstraint("end_class_id_unique", List.of("class_id")));
        return new Schema(List.of(cls.build(), end.build()), List.of());
    }

    /** Entity names (unquoted) and relationship labels: what the picture must show. */
    private static List<String> drawnWords(String diagram) {
        List<String> words = new ArrayList<>();
        Matcher e = ENTITY.matcher(diagram);
        while (e.find()) {
            words.add(e.group(1).replace("\"", ""));
        }
        Matcher l = LABEL.matcher(diagram);
        while (l.find()) {
            words.add(l.group(1));
        }
        assertTrue(words.size() > 1, "nothing to look for in " + diagram);
        return words;
    }
}
