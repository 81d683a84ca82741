package dev.tablesmith.model;

/**
 * A sequence feeding ids, as Hibernate's {@code SEQUENCE} generation expects it (its increment is
 * the allocation size, which Hibernate's validator checks).
 */
public record Sequence(String name, long start, long increment) {}
