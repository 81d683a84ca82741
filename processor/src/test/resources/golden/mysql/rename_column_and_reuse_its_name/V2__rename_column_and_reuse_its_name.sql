-- Tablesmith migration V2__rename_column_and_reuse_its_name (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP INDEX idx_orders_user_id, ADD INDEX orders_user_id_fkey (user_id), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders DROP FOREIGN KEY orders_user_id_fkey, DROP INDEX orders_user_id_fkey;

ALTER TABLE orders RENAME COLUMN user_id TO buyer_id;

ALTER TABLE orders ADD COLUMN user_id BIGINT NULL;

ALTER TABLE orders ADD CONSTRAINT orders_buyer_id_fkey FOREIGN KEY (buyer_id) REFERENCES users (id);

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;

-- orders_buyer_id_fkey was checked against every row when it was added.

-- orders_user_id_fkey was checked against every row when it was added.

ALTER TABLE orders ADD INDEX idx_orders_buyer_id (buyer_id), DROP INDEX orders_buyer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders ADD INDEX idx_orders_user_id (user_id), DROP INDEX orders_user_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
