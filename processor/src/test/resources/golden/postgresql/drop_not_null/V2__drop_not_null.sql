-- Tablesmith migration V2__drop_not_null (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
