-- Tablesmith migration V2__add_foreign_key_not_valid (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE notes ADD COLUMN user_id BIGINT NULL;

ALTER TABLE notes ADD CONSTRAINT notes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;

-- notes_user_id_fkey was checked against every row when it was added.

ALTER TABLE notes ADD INDEX idx_notes_user_id (user_id), DROP INDEX notes_user_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
