-- Tablesmith migration V2.2__rename_column_and_reuse_its_name (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL NOT VALID;
