-- Tablesmith migration V2__swap_unique (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

-- Re-runnable: drops the INVALID index a failed build of users_email_name_unique left behind.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('users_email_name_unique') AND NOT indisvalid) THEN
        DROP INDEX users_email_name_unique;
    END IF;
END
$do$;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_name_unique ON users (email, name);

-- Re-runnable: attaches the index only if users_email_name_unique is not there yet.
DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('users') AND conname = 'users_email_name_unique') THEN
        ALTER TABLE users ADD CONSTRAINT users_email_name_unique UNIQUE USING INDEX users_email_name_unique;
    END IF;
END
$do$;
