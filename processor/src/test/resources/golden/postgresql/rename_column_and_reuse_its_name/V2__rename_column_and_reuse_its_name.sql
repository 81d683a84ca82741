-- Tablesmith migration V2__rename_column_and_reuse_its_name (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user_id;
