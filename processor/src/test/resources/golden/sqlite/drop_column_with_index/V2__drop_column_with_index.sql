-- Tablesmith migration V2__drop_column_with_index (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

DROP INDEX IF EXISTS idx_users_name;

ALTER TABLE users DROP COLUMN name;
