-- Tablesmith migration V2__rename_column_and_reuse_its_name (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

DROP INDEX IF EXISTS idx_orders_user_id;
