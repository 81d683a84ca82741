-- Tablesmith migration U2.1__change_index (down, postgresql)
-- Undoes V2.1__change_index, last change first.
-- Run it outside a transaction (autocommit), like its up file.
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

-- Re-runnable: drops the INVALID index a failed build of idx_users_name_old left behind.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('idx_users_name_old') AND NOT indisvalid) THEN
        DROP INDEX idx_users_name_old;
    END IF;
END
$do$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_name_old ON users (name);

DROP INDEX CONCURRENTLY IF EXISTS idx_users_name;
