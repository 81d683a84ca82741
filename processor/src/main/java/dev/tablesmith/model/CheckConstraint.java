package dev.tablesmith.model;

/** {@code CONSTRAINT <name> CHECK (expression)}. */
public record CheckConstraint(String name, String expression) {}
