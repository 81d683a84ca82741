-- Tablesmith migration V2__set_not_null_safe (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

ALTER TABLE users DROP CONSTRAINT IF EXISTS users_name_not_null;
ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_name_not_null;
-- squawk-ignore prefer-robust-stmts -- re-runnable: SET NOT NULL does nothing to a NOT NULL column
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_name_not_null;
