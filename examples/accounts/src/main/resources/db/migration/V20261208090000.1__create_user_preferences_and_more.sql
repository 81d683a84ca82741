-- Tablesmith migration V20261208090000.1__create_user_preferences_and_more (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY idx_users_phone ON users (phone);
COMMENT ON INDEX idx_users_phone IS 'support looks callers up by phone number';
