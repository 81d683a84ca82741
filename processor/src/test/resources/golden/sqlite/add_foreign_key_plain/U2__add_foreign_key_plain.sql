-- Tablesmith migration U2__add_foreign_key_plain (down, sqlite)
-- Undoes V2__add_foreign_key_plain, last change first.

ALTER TABLE notes DROP COLUMN user_id;
