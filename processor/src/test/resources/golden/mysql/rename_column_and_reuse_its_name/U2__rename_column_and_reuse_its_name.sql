-- Tablesmith migration U2__rename_column_and_reuse_its_name (down, mysql)
-- Undoes V2__rename_column_and_reuse_its_name, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP INDEX idx_orders_user_id, ADD INDEX orders_user_id_fkey (user_id), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders DROP INDEX idx_orders_buyer_id, ADD INDEX orders_buyer_id_fkey (buyer_id), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders DROP FOREIGN KEY orders_user_id_fkey, DROP INDEX orders_user_id_fkey;

ALTER TABLE orders DROP FOREIGN KEY orders_buyer_id_fkey, DROP INDEX orders_buyer_id_fkey;

ALTER TABLE orders DROP COLUMN user_id;

ALTER TABLE orders RENAME COLUMN buyer_id TO user_id;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);

ALTER TABLE orders ADD INDEX idx_orders_user_id (user_id), DROP INDEX orders_user_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
