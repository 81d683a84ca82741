-- Tablesmith migration V2.2__rename_column_and_reuse_its_name (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders VALIDATE CONSTRAINT orders_buyer_id_fkey;

ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;

CREATE INDEX CONCURRENTLY idx_orders_buyer_id ON orders (buyer_id);

CREATE INDEX CONCURRENTLY idx_orders_user_id ON orders (user_id);
