-- Tablesmith migration U20261201090000__create_users (down, postgresql)
-- Undoes V20261201090000__create_users, last change first.
-- squawk-ignore-file ban-drop-table -- undoes V20261201090000__create_users, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TABLE IF EXISTS users;

DROP FUNCTION IF EXISTS update_updated_at_column();
