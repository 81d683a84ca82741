-- Tablesmith migration U2__add_unique_using_index (down, sqlite)
-- Undoes V2__add_unique_using_index, last change first.

DROP INDEX IF EXISTS users_name_unique;
