/**
 * {@code javax.lang.model} elements to model records. Annotations are read by qualified name
 * through {@link javax.lang.model.element.AnnotationMirror}s, so neither Jakarta Persistence,
 * Hibernate nor Bean Validation need be on the processor path. This is the only layer besides
 * the processor and diagnostics that sees elements.
 */
package dev.tablesmith.reading;
