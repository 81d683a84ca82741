/**
 * Queries checked against the schema of the build: the declared queries as plain data
 * ({@link QuerySource}), the entities' mapping for JPQL ({@link EntityMapping}), the SQL parser behind
 * {@link QueryParser} (JSqlParser, loaded only when a build declares queries), JPQL translated to SQL,
 * and which index serves which query ({@link IndexUsage}). Pure: no javac, no files.
 */
package dev.tablesmith.queries;
