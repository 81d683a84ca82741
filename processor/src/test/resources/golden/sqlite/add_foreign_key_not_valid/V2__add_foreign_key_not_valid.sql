-- Tablesmith migration V2__add_foreign_key_not_valid (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE notes ADD COLUMN user_id BIGINT;
