-- Tablesmith migration V2__replace_foreign_key_index (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

DROP INDEX IF EXISTS idx_orders_user_id;

CREATE INDEX idx_orders_user_id_status ON orders (user_id, status);
