-- Tablesmith migration U2__swap_unique (down, postgresql)
-- Undoes V2__swap_unique, last change first.
-- Run it outside a transaction (autocommit), like its up file.
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_name_unique;

DROP INDEX CONCURRENTLY IF EXISTS users_email_name_unique;
