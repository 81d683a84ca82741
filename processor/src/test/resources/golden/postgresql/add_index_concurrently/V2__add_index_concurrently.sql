-- Tablesmith migration V2__add_index_concurrently (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

-- Re-runnable: drops the INVALID index a failed build of idx_orders_status left behind.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('idx_orders_status') AND NOT indisvalid) THEN
        DROP INDEX idx_orders_status;
    END IF;
END
$do$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_status ON orders (status) INCLUDE (total) WHERE status <> 'DONE';
COMMENT ON INDEX idx_orders_status IS 'Open orders by status';
