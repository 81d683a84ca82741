-- Tablesmith migration V2__drop_not_null (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file ban-drop-not-null -- the entity lets users.email be null (a deprecated column becomes nullable too)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

-- squawk-ignore prefer-robust-stmts -- re-runnable: DROP NOT NULL does nothing to a nullable column
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
