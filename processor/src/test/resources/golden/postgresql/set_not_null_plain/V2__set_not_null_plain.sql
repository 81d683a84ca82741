-- Tablesmith migration V2__set_not_null_plain (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE users ALTER COLUMN name SET NOT NULL;
