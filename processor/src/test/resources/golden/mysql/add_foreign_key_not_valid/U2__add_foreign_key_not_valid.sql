-- Tablesmith migration U2__add_foreign_key_not_valid (down, mysql)
-- Undoes V2__add_foreign_key_not_valid, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE notes DROP INDEX idx_notes_user_id, ADD INDEX notes_user_id_fkey (user_id), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE notes DROP FOREIGN KEY notes_user_id_fkey, DROP INDEX notes_user_id_fkey;

ALTER TABLE notes DROP COLUMN user_id;
