-- Tablesmith migration U2__add_index_concurrently (down, postgresql)
-- Undoes V2__add_index_concurrently, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status;
