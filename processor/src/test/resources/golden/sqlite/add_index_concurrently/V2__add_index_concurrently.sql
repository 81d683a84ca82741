-- Tablesmith migration V2__add_index_concurrently (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- idx_orders_status: Open orders by status
CREATE INDEX idx_orders_status ON orders (status) WHERE status <> 'DONE';
