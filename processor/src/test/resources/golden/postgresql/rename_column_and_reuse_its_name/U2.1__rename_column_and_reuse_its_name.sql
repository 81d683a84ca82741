-- Tablesmith migration U2.1__rename_column_and_reuse_its_name (down, postgresql)
-- Undoes V2.1__rename_column_and_reuse_its_name, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_buyer_id_fkey;

ALTER TABLE orders DROP COLUMN user_id;

ALTER TABLE orders RENAME COLUMN buyer_id TO user_id;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
