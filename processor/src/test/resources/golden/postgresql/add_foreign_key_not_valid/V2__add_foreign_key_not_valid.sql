-- Tablesmith migration V2__add_foreign_key_not_valid (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE notes ADD COLUMN user_id BIGINT;
