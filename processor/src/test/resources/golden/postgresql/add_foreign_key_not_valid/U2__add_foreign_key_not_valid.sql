-- Tablesmith migration U2__add_foreign_key_not_valid (down, postgresql)
-- Undoes V2__add_foreign_key_not_valid, last change first.
-- squawk-ignore-file ban-drop-column -- undoes V2__add_foreign_key_not_valid, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE notes DROP COLUMN user_id;
