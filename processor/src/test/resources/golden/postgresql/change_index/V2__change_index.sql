-- Tablesmith migration V2__change_index (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER INDEX idx_users_name RENAME TO idx_users_name_old;
