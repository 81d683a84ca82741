-- Tablesmith migration U2__add_unique_plain (down, postgresql)
-- Undoes V2__add_unique_plain, last change first.

ALTER TABLE users DROP CONSTRAINT IF EXISTS users_name_unique;
