-- Tablesmith migration U2__add_foreign_key_not_valid (down, sqlite)
-- Undoes V2__add_foreign_key_not_valid, last change first.

ALTER TABLE notes DROP COLUMN user_id;
