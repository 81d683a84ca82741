-- Tablesmith migration U2__rename_column_and_reuse_its_name (down, postgresql)
-- Undoes V2__rename_column_and_reuse_its_name, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY idx_orders_user_id ON orders (user_id);
