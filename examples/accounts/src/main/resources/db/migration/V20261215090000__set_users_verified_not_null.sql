-- Tablesmith migration V20261215090000__set_users_verified_not_null (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE users ALTER COLUMN verified SET NOT NULL;
