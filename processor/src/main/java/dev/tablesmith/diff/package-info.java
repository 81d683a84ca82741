/**
 * Old schema × new schema → an ordered list of {@link dev.tablesmith.diff.Change}s. Every change is
 * a small record that knows its reverse, so the down migration is the reversed list of reversed
 * changes, rendered by the same dialect. Pure functions only.
 */
package dev.tablesmith.diff;
