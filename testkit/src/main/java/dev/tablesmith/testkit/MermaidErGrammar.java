package dev.tablesmith.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checker for the part of Mermaid's {@code erDiagram} grammar that Tablesmith writes, held to
 * what old and new Mermaid versions both accept (the lexer rules of Mermaid's
 * {@code erDiagram.jison}): entity names, attribute types and names, key markers, comments,
 * relationship cardinalities and labels; then the diagram's sense: relationships join declared
 * entities, no entity or attribute is declared twice.
 */
public final class MermaidErGrammar {
    private static final String IDENT = "[A-Za-z_][A-Za-z0-9_]*";
    /** A bare or quoted entity name; the quoted form excludes what Mermaid's ENTITY_NAME rule does. */
    private static final String ENTITY = "(" + IDENT + "|\"[^\"%\\r\\n\\\\]+\")";
    /** Attribute words: the older grammar's {@code [A-Za-z_][A-Za-z0-9\-_\[\]\(\)]*} without '-'. */
    private static final String WORD = "[A-Za-z_][A-Za-z0-9_\\[\\]()]*";
    private static final Pattern BLOCK_START = Pattern.compile("^" + ENTITY + " \\{$");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "^(" + WORD + ") (" + WORD + ")((?: (?:PK|FK|UK)(?:, (?:PK|FK|UK))*)?)( \"[^\"]*\")?$");
    private static final Pattern RELATIONSHIP = Pattern.compile(
            "^" + ENTITY + " (\\|o|\\|\\||\\}o|\\}\\|)(--|\\.\\.)(o\\||\\|\\||o\\{|\\|\\{) " + ENTITY
                    + " : (\"[^\"]*\"|" + IDENT + ")$");
    /** Words Mermaid's lexer takes for keywords before names (case-insensitive): quote such entities. */
    private static final Set<String> KEYWORDS = Set.of("erdiagram", "end", "subgraph", "class", "classdef", "style",
            "direction", "one", "many", "only", "zero", "to", "optionally", "u", "title", "acctitle", "accdescr");
    private static final Set<String> KEY_WORDS = Set.of("pk", "fk", "uk");

    private MermaidErGrammar() {}

    /** The problems of a diagram (its text without the fence), each with its line; empty when it is sound. */
    public static List<String> check(String diagram) {
        List<String> problems = new ArrayList<>();
        String[] lines = diagram.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("erDiagram")) {
            problems.add("line 1: must be 'erDiagram'");
            return problems;
        }
        Set<String> entities = new HashSet<>();
        Map<Integer, List<String>> relationships = new HashMap<>();
        String block = null;
        Set<String> attributes = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            int n = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (block != null) {
                if (line.equals("}")) {
                    block = null;
                    continue;
                }
                Matcher a = ATTRIBUTE.matcher(line);
                if (!a.matches()) {
                    problems.add("line " + n + ": not an attribute 'type name [PK|FK|UK, ...] [\"comment\"]': " + line);
                    continue;
                }
                if (KEY_WORDS.contains(a.group(1).toLowerCase(Locale.ROOT))
                        || KEY_WORDS.contains(a.group(2).toLowerCase(Locale.ROOT))) {
                    problems.add("line " + n + ": PK, FK and UK are key markers, not names: " + line);
                }
                if (!attributes.add(a.group(2))) {
                    problems.add("line " + n + ": attribute '" + a.group(2) + "' declared twice in " + block);
                }
                String keys = a.group(3).strip();
                if (!keys.isEmpty() && new HashSet<>(List.of(keys.split(", "))).size() != keys.split(", ").length) {
                    problems.add("line " + n + ": a key marker repeated: " + line);
                }
                continue;
            }
            Matcher b = BLOCK_START.matcher(line);
            if (b.matches()) {
                block = name(b.group(1), n, problems);
                attributes = new HashSet<>();
                if (!entities.add(block)) {
                    problems.add("line " + n + ": entity '" + block + "' declared twice");
                }
                continue;
            }
            Matcher r = RELATIONSHIP.matcher(line);
            if (r.matches()) {
                relationships.put(n, List.of(name(r.group(1), n, problems), name(r.group(5), n, problems)));
                continue;
            }
            problems.add("line " + n + ": neither an entity block, nor '}', nor a relationship "
                    + "'a }o..|| b : \"label\"': " + line);
        }
        if (block != null) {
            problems.add("entity block '" + block + "' is not closed");
        }
        relationships.forEach((line, ends) -> ends.stream().filter(e -> !entities.contains(e)).forEach(e ->
                problems.add("line " + line + ": relationship names entity '" + e + "', which has no block")));
        return problems;
    }

    /** The entity name without quotes; a bare keyword is a problem (the lexer would not read it as a name). */
    private static String name(String written, int line, List<String> problems) {
        if (written.startsWith("\"")) {
            return written.substring(1, written.length() - 1);
        }
        if (KEYWORDS.contains(written.toLowerCase(Locale.ROOT))) {
            problems.add("line " + line + ": '" + written + "' is a Mermaid keyword: quote it");
        }
        return written;
    }

    /** The contents of every {@code ```mermaid} block of a Markdown text. */
    public static List<String> mermaidBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^```mermaid\\n(.*?)^```\\s*$").matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
