-- Tablesmith migration V2__change_index (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

DROP INDEX IF EXISTS idx_users_name;

CREATE INDEX idx_users_name ON users (name DESC);
