-- Tablesmith migration U2__add_unique_using_index (down, postgresql)
-- Undoes V2__add_unique_using_index, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

ALTER TABLE users DROP CONSTRAINT IF EXISTS users_name_unique;

DROP INDEX CONCURRENTLY IF EXISTS users_name_unique;
