-- Tablesmith migration V2__add_index_concurrently (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status) INCLUDE (total) WHERE status <> 'DONE';
COMMENT ON INDEX idx_orders_status IS 'Open orders by status';
