-- Tablesmith migration U2__rename_column (down, sqlite)
-- Undoes V2__rename_column, last change first.

ALTER TABLE orders RENAME COLUMN state TO status;
