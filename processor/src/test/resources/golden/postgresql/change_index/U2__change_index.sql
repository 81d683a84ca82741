-- Tablesmith migration U2__change_index (down, postgresql)
-- Undoes V2__change_index, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_users_name;

CREATE INDEX CONCURRENTLY idx_users_name ON users (name);
