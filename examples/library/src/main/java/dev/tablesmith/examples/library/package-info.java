/**
 * A lending library whose one set of entities is migrated on three databases: the processor runs
 * with {@code -Atablesmith.dialect=postgresql,mysql,sqlite} and writes one migration folder per
 * database under {@code src/main/resources/db/migration}. It keeps to what all three can enforce
 * (keys, foreign keys with ON DELETE, unique and check constraints, enum checks, composite and
 * descending indexes, {@code updated_at} kept current), so every folder holds the same guarantees.
 */
package dev.tablesmith.examples.library;
