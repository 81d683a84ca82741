-- Tablesmith migration U2__set_not_null_safe (down, postgresql)
-- Undoes V2__set_not_null_safe, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN name DROP NOT NULL;
