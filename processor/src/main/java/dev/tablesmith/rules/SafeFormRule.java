package dev.tablesmith.rules;

/**
 * A migration-safety rule that reports nothing: it decides how a change is written. Any severity
 * but {@code off} writes the lock-light form; {@code off} writes the plain statement.
 */
public interface SafeFormRule extends Rule {}
