-- Tablesmith migration U2__drop_column_with_index (down, postgresql)
-- Undoes V2__drop_column_with_index, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY idx_users_name ON users (name);
