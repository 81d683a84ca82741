-- Tablesmith migration V2__add_foreign_key_plain (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE notes ADD COLUMN user_id BIGINT;
