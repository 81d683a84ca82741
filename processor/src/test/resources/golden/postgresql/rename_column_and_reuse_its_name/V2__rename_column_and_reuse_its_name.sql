-- Tablesmith migration V2__rename_column_and_reuse_its_name (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file renaming-column -- @RenamedFrom("user_id") on the entity asks for it (rename-breaks-readers warns)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;

ALTER INDEX idx_orders_user_id RENAME TO idx_orders_user_id_old;

ALTER TABLE orders RENAME COLUMN user_id TO buyer_id;

ALTER TABLE orders ADD COLUMN user_id BIGINT;

ALTER TABLE orders ADD CONSTRAINT orders_buyer_id_fkey FOREIGN KEY (buyer_id) REFERENCES users (id) NOT VALID;
