-- Tablesmith migration V2__drop_index_concurrently (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS idx_users_name;
