-- Tablesmith migration U2__add_index_concurrently (down, postgresql)
-- Undoes V2__add_index_concurrently, last change first.
-- Run it outside a transaction (autocommit), like its up file.
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status;
