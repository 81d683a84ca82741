/**
 * Changes to SQL text, one sub-package per database. A dialect is a pure function from a
 * {@link dev.tablesmith.diff.Change} to statements; it never sees elements or files.
 */
package dev.tablesmith.dialect;
