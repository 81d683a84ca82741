-- Tablesmith migration V2__drop_check (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users DROP CONSTRAINT IF EXISTS users_age_non_negative;
