-- Tablesmith migration V2__set_and_drop_default (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ALTER COLUMN created_at DROP DEFAULT;

ALTER TABLE users ALTER COLUMN age SET DEFAULT 0;
