-- Tablesmith migration V20261207204555.1__drop_product_categories_pkey_and_more (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

-- Re-runnable: drops the INVALID index a failed build of idx_product_categories_product_id left behind.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('idx_product_categories_product_id') AND NOT indisvalid) THEN
        DROP INDEX idx_product_categories_product_id;
    END IF;
END
$do$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_product_categories_product_id ON product_categories (product_id);
COMMENT ON INDEX idx_product_categories_product_id IS 'supports foreign key product_categories_product_id_fkey';

DROP INDEX CONCURRENTLY IF EXISTS idx_product_categories_category_id;
