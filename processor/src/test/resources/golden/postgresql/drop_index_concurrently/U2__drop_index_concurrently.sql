-- Tablesmith migration U2__drop_index_concurrently (down, postgresql)
-- Undoes V2__drop_index_concurrently, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY idx_users_name ON users (name);
