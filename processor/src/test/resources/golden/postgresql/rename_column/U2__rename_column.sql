-- Tablesmith migration U2__rename_column (down, postgresql)
-- Undoes V2__rename_column, last change first.
-- squawk-ignore-file renaming-column -- undoes V2__rename_column, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders RENAME COLUMN state TO status;
