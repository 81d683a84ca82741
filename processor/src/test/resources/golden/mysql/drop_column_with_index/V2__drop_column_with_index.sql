-- Tablesmith migration V2__drop_column_with_index (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users DROP INDEX idx_users_name, ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE users DROP COLUMN name;
