-- Tablesmith migration U2__drop_column_with_index (down, postgresql)
-- Undoes V2__drop_column_with_index, last change first.
-- Run it outside a transaction (autocommit), like its up file.
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

-- Re-runnable: drops the INVALID index a failed build of idx_users_name left behind.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('idx_users_name') AND NOT indisvalid) THEN
        DROP INDEX idx_users_name;
    END IF;
END
$do$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_name ON users (name);
