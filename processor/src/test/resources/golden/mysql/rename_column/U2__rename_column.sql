-- Tablesmith migration U2__rename_column (down, mysql)
-- Undoes V2__rename_column, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders RENAME COLUMN state TO status;
