/**
 * The rule engine. Every rule is one class with a stable id, a default severity, a one-line
 * summary and a longer explanation; {@link dev.tablesmith.rules.RuleCatalog} lists them all. Rules
 * are pure functions from the model (or, for migration-safety rules, from a diff) to
 * {@link dev.tablesmith.findings.Finding}s; severities, {@code @Allow} suppressions and positions are
 * applied later, at the edge.
 */
package dev.tablesmith.rules;
