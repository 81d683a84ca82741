package dev.tablesmith.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real renderer draws a sound diagram and reports a broken one, so a test that relies on it
 * can fail; and what the grammar check accepts, Mermaid parses.
 */
class MermaidRendererTest {
    @Test
    void drawsWhatTheGrammarAcceptsAndReportsParseErrors() throws Exception {
        String broken = "erDiagram\n    users {\n        bigint id PK\n    }\n    users }o..|x users : \"r\"\n";
        String spaced = "erDiagram\n    users {\n        big int id PK\n    }\n";
        List<MermaidRenderer.Result> results = MermaidRenderer.render(
                List.of(MermaidErGrammarTest.SOUND, broken, spaced));
        assertEquals(3, results.size());

        MermaidRenderer.Result sound = results.get(0);
        assertTrue(sound.ok(), sound.error());
        for (String word : List.of("users", "orders", "end", "user_id", "varchar(255)[]", "numeric(10_2)", "self")) {
            assertTrue(sound.svgText().contains(word), word + " not drawn: " + sound.svgText());
        }
        for (MermaidRenderer.Result bad : results.subList(1, 3)) {
            assertFalse(bad.ok(), "a broken diagram rendered: " + bad.svgText());
            assertTrue(bad.error().contains("Parse error"), bad.error());
        }
        assertFalse(MermaidErGrammar.check(broken).isEmpty());
        assertFalse(MermaidErGrammar.check(spaced).isEmpty());
    }
}
