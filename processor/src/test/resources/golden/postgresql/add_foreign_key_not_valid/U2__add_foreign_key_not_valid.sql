-- Tablesmith migration U2__add_foreign_key_not_valid (down, postgresql)
-- Undoes V2__add_foreign_key_not_valid, last change first.

SET lock_timeout = '5s';

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_user_id_fkey;

ALTER TABLE notes DROP COLUMN user_id;
