-- Tablesmith migration V2__add_unique_using_index (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

CREATE UNIQUE INDEX CONCURRENTLY users_name_unique ON users (name);

ALTER TABLE users ADD CONSTRAINT users_name_unique UNIQUE USING INDEX users_name_unique;
