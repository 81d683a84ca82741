package dev.tablesmith.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grammar check accepts what Tablesmith writes and rejects what Mermaid would not parse. */
class MermaidErGrammarTest {
    static final String SOUND = """
            erDiagram
                users {
                    bigint id PK
                    varchar(255) email UK
                    varchar(255)[] tags
                    numeric(10_2) total "deprecated"
                }
                orders {
                    bigint id PK
                    bigint user_id FK, UK
                }
                "end" {
                    bigint id PK
                }
                orders }o..|| users : "user_id"
                orders |o--o| "end" : "id"
                users }|..|{ users : self
            """;

    @Test
    void acceptsWhatTablesmithWrites() {
        assertEquals(List.of(), MermaidErGrammar.check(SOUND));
    }

    @Test
    void rejectsEachKindOfMistakeWithItsLine() {
        assertProblem("erDiagram\n    users {\n        big int id PK\n    }\n", "line 3: not an attribute");
        assertProblem("erDiagram\n    users {\n        numeric(10, 2) total\n    }\n", "line 3: not an attribute");
        assertProblem("erDiagram\n    users {\n        bigint id PK, XK\n    }\n", "line 3: not an attribute");
        assertProblem("erDiagram\n    users {\n        bigint pk\n    }\n", "line 3: PK, FK and UK are key markers");
        assertProblem("erDiagram\n    users {\n        bigint id PK, PK\n    }\n", "line 3: a key marker repeated");
        assertProblem("erDiagram\n    users {\n        bigint id\n        text id\n    }\n",
                "line 4: attribute 'id' declared twice");
        assertProblem("erDiagram\n    users {\n        bigint id \"say \"hi\"\"\n    }\n", "line 3: not an attribute");
        assertProblem("erDiagram\n    order-items {\n    }\n", "line 2: neither an entity block");
        assertProblem("erDiagram\n    end {\n        bigint id\n    }\n", "line 2: 'end' is a Mermaid keyword");
        assertProblem("erDiagram\n    a {\n        bigint id\n    }\n    a }o..x| a : \"r\"\n",
                "line 5: neither an entity block");
        assertProblem("erDiagram\n    a {\n        bigint id\n    }\n    a o|..|| a : \"r\"\n",
                "line 5: neither an entity block");
        assertProblem("erDiagram\n    a {\n        bigint id\n    }\n    a }o->|| a : \"r\"\n",
                "line 5: neither an entity block");
        assertProblem("erDiagram\n    a {\n        bigint id\n    }\n    a }o..|| b : \"r\"\n",
                "line 5: relationship names entity 'b', which has no block");
        assertProblem("erDiagram\n    a {\n        bigint id\n", "entity block 'a' is not closed");
        assertProblem("erDiagram\n    a {\n    }\n    a {\n    }\n", "line 4: entity 'a' declared twice");
        assertProblem("graph TD\n", "line 1: must be 'erDiagram'");
    }

    @Test
    void findsTheMermaidBlocksOfMarkdown() {
        String md = "# Schema\n\n```mermaid\nerDiagram\n    a {\n    }\n```\n\ntext\n\n```sql\nSELECT 1;\n```\n";
        assertEquals(List.of("erDiagram\n    a {\n    }\n"), MermaidErGrammar.mermaidBlocks(md));
    }

    private static void assertProblem(String diagram, String expected) {
        List<String> problems = MermaidErGrammar.check(diagram);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), expected + " not in " + problems);
    }
}
