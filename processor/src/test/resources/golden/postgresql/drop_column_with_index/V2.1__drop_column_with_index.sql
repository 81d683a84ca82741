-- Tablesmith migration V2.1__drop_column_with_index (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN name;
