-- Tablesmith migration U20261208090000.1__create_user_preferences_and_more (down, postgresql)
-- Undoes V20261208090000.1__create_user_preferences_and_more, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_users_phone;
