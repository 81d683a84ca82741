-- Tablesmith migration U2.2__add_foreign_key_not_valid (down, postgresql)
-- Undoes V2.2__add_foreign_key_not_valid, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_user_id_fkey;
