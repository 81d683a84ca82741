-- Tablesmith migration U20261207204555.1__drop_product_categories_pkey_and_more (down, postgresql)
-- Undoes V20261207204555.1__drop_product_categories_pkey_and_more, last change first.
-- Run it outside a transaction (autocommit), like its up file.
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

-- Re-runnable: drops the INVALID index a failed build of idx_product_categories_category_id left behind.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('idx_product_categories_category_id') AND NOT indisvalid) THEN
        DROP INDEX idx_product_categories_category_id;
    END IF;
END
$do$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_product_categories_category_id ON product_categories (category_id);
COMMENT ON INDEX idx_product_categories_category_id IS 'supports foreign key product_categories_category_id_fkey';

DROP INDEX CONCURRENTLY IF EXISTS idx_product_categories_product_id;
