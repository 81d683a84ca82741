-- Tablesmith migration U2.2__add_foreign_key_not_valid (down, sqlite)
-- Undoes V2.2__add_foreign_key_not_valid, last change first.

DROP INDEX IF EXISTS idx_notes_user_id;
