-- Tablesmith migration U2__rename_column_and_reuse_its_name (down, postgresql)
-- Undoes V2__rename_column_and_reuse_its_name, last change first.
-- squawk-ignore-file ban-drop-column -- undoes V2__rename_column_and_reuse_its_name, restoring what it changed as it was
-- squawk-ignore-file renaming-column -- undoes V2__rename_column_and_reuse_its_name, restoring what it changed as it was
-- squawk-ignore-file adding-foreign-key-constraint -- undoes V2__rename_column_and_reuse_its_name, restoring what it changed as it was
-- squawk-ignore-file constraint-missing-not-valid -- undoes V2__rename_column_and_reuse_its_name, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_buyer_id_fkey;

ALTER TABLE orders DROP COLUMN user_id;

ALTER TABLE orders RENAME COLUMN buyer_id TO user_id;

ALTER INDEX idx_orders_user_id_old RENAME TO idx_orders_user_id;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
