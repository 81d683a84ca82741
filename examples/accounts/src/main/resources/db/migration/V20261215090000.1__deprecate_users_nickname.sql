-- Tablesmith migration V20261215090000.1__deprecate_users_nickname (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users ADD CONSTRAINT users_verified_not_null CHECK (verified IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_verified_not_null;
ALTER TABLE users ALTER COLUMN verified SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_verified_not_null;
