-- Tablesmith migration V2__add_column (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users ADD COLUMN phone VARCHAR(50) NULL COMMENT 'Mobile number';
