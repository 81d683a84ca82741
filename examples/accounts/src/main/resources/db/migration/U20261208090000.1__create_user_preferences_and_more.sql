-- Tablesmith migration U20261208090000.1__create_user_preferences_and_more (down, postgresql)
-- Undoes V20261208090000.1__create_user_preferences_and_more, last change first.
-- Run it outside a transaction (autocommit), like its up file.
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS idx_users_phone;
