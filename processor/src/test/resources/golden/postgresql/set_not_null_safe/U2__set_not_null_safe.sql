-- Tablesmith migration U2__set_not_null_safe (down, postgresql)
-- Undoes V2__set_not_null_safe, last change first.
-- Run it outside a transaction (autocommit), like its up file.
-- squawk-disable-assume-in-transaction
-- squawk-ignore-file ban-drop-not-null -- undoes V2__set_not_null_safe, restoring what it changed as it was

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

-- squawk-ignore prefer-robust-stmts -- re-runnable: DROP NOT NULL does nothing to a nullable column
ALTER TABLE users ALTER COLUMN name DROP NOT NULL;
