/**
 * The schema as plain immutable data. Equality of these records is schema equality: two schemas
 * that would produce the same database are equal. Where a model object came from in the source
 * lives elsewhere ({@link dev.tablesmith.model.SourceMap}), so the snapshot, the diff and the
 * dialects never see {@code javax.lang.model}.
 */
package dev.tablesmith.model;
