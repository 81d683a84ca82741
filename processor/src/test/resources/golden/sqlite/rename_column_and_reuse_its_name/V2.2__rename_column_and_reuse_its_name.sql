-- Tablesmith migration V2.2__rename_column_and_reuse_its_name (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE orders RENAME COLUMN user_id TO buyer_id;

ALTER TABLE orders ADD COLUMN user_id BIGINT;
