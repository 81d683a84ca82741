-- Tablesmith migration V2__add_index_plain (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

CREATE INDEX idx_orders_status ON orders (status);
