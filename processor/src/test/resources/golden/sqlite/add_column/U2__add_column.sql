-- Tablesmith migration U2__add_column (down, sqlite)
-- Undoes V2__add_column, last change first.

ALTER TABLE users DROP COLUMN phone;
