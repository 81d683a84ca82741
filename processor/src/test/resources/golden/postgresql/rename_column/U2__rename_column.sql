-- Tablesmith migration U2__rename_column (down, postgresql)
-- Undoes V2__rename_column, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders RENAME COLUMN state TO status;
