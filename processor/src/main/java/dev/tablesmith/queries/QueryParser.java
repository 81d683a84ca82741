package dev.tablesmith.queries;

import java.util.List;

/**
 * Parses SQL for one target engine into a {@link ParsedQuery}, and JPQL into SQL. The only
 * implementation is {@link JSqlQueryParser}; the rest of Tablesmith sees this interface, so the
 * parser's classes are loaded only by a build that declares queries ({@link #load}).
 */
public interface QueryParser {
    /** The outcome of parsing: the query, or why the parser could not read it. */
    record Parse(ParsedQuery query, String problem) {
        public boolean ok() {
            return query != null;
        }
    }

    /**
     * @param engine {@code postgresql}, {@code mysql} or {@code sqlite}: how strings, quotes and
     *     comments are read
     */
    Parse parse(String sql, String engine);

    /**
     * JPQL translated to SQL through the entities' mapping.
     *
     * @param domainEntity the class a repository's {@code #{#entityName}} stands for, or null
     */
    JpqlTranslation translate(String jpql, List<EntityMapping> entities, String domainEntity);

    /** The parser, its classes loaded now. */
    static QueryParser load() {
        return new JSqlQueryParser();
    }
}
