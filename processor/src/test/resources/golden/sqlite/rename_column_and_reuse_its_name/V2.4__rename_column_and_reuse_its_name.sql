-- Tablesmith migration V2.4__rename_column_and_reuse_its_name (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- orders_buyer_id_fkey was checked against every row when its table was rebuilt.

-- orders_user_id_fkey was checked against every row when its table was rebuilt.

CREATE INDEX idx_orders_buyer_id ON orders (buyer_id);

CREATE INDEX idx_orders_user_id ON orders (user_id);
