-- Tablesmith migration U2__add_foreign_key_plain (down, postgresql)
-- Undoes V2__add_foreign_key_plain, last change first.

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_user_id_fkey;

ALTER TABLE notes DROP COLUMN user_id;
