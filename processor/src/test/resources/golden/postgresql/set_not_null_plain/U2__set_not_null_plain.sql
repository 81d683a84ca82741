-- Tablesmith migration U2__set_not_null_plain (down, postgresql)
-- Undoes V2__set_not_null_plain, last change first.

ALTER TABLE users ALTER COLUMN name DROP NOT NULL;
