-- Tablesmith migration V2__comments (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

COMMENT ON TABLE users IS 'People who can sign in';

COMMENT ON COLUMN users.email IS 'Login, lower case';

COMMENT ON INDEX idx_users_name IS 'Search by name';
