/**
 * What Tablesmith generates besides migrations: a {@code FooTable} class of name constants and
 * typed column descriptors per entity, the {@code TablesmithMigrations} catalogue, and the
 * {@code schema.md} document with its Mermaid ER diagram.
 *
 * <p>The specs and the document are pure functions of the model ({@link TableClasses},
 * {@link MigrationCatalog}, {@link SchemaDocument}, {@link ErDiagram}); only {@link SourceWriter}
 * (the {@code Filer}) and {@link ElementTypeResolver} (javac's elements) touch the compiler.
 */
package dev.tablesmith.codegen;
