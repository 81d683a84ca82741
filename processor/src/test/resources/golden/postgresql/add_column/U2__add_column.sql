-- Tablesmith migration U2__add_column (down, postgresql)
-- Undoes V2__add_column, last change first.
-- squawk-ignore-file ban-drop-column -- undoes V2__add_column, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users DROP COLUMN phone;
