-- Tablesmith migration U2.2__rename_column_and_reuse_its_name (down, postgresql)
-- Undoes V2.2__rename_column_and_reuse_its_name, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user_id;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_buyer_id;
